/**
 * A paragraph's indents and alignment as Word.Paragraph reports them (leftIndent, firstLineIndent, alignment,
 * WordApi 1.1): the values in force, each attribute from the nearest layer that sets it — the paragraph's own
 * w:pPr, then its list level's w:pPr (numbering.xml), then its style and the styles it is based on, then
 * w:docDefaults/w:pPrDefault. Written as direct formatting (w:ind, w:jc) in the schema's w:pPr order.
 */
import { childElements, createW, setWAttr, wAttr, wChild, W_NS, type XElement } from './xml';

export type Alignment = 'Mixed' | 'Unknown' | 'Left' | 'Centered' | 'Right' | 'Justified';

export interface ParagraphFormat {
  /** Points. */
  leftIndent: number;
  /** Points; negative: a hanging indent. */
  firstLineIndent: number;
  alignment: Alignment;
}

const JC: Record<string, Alignment> = {
  left: 'Left',
  start: 'Left',
  center: 'Centered',
  right: 'Right',
  end: 'Right',
  both: 'Justified',
  distribute: 'Justified',
  lowKashida: 'Justified',
  mediumKashida: 'Justified',
  highKashida: 'Justified',
  thaiDistribute: 'Justified',
};

const TO_JC: Record<string, string> = { Left: 'left', Centered: 'center', Right: 'right', Justified: 'both' };

/** Twips in an attribute (w:left="1134"), or null when absent or not a number. */
function twips(el: XElement | null, name: string): number | null {
  const value = wAttr(el, name);
  if (value === null) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * The format in force, from `layers`: w:pPr elements, nearest first (null entries are skipped). A layer's
 * w:hanging wins over its w:firstLine, as the schema says; w:start is w:left in a left-to-right paragraph.
 */
export function effectiveFormat(layers: (XElement | null)[]): ParagraphFormat {
  let left: number | null = null;
  let firstLine: number | null = null;
  let alignment: Alignment | null = null;
  for (const pPr of layers) {
    if (!pPr) continue;
    const ind = wChild(pPr, 'ind');
    if (ind && left === null) left = twips(ind, 'left') ?? twips(ind, 'start');
    if (ind && firstLine === null) {
      const hanging = twips(ind, 'hanging');
      firstLine = hanging !== null ? -hanging : twips(ind, 'firstLine');
    }
    const jc = wAttr(wChild(pPr, 'jc'));
    if (jc !== null && alignment === null) alignment = JC[jc] ?? 'Unknown';
  }
  return { leftIndent: (left ?? 0) / 20, firstLineIndent: (firstLine ?? 0) / 20, alignment: alignment ?? 'Left' };
}

/** Children of w:pPr in the schema's order (CT_PPrBase, then CT_PPr's own). */
const PPR_ORDER = [
  'pStyle',
  'keepNext',
  'keepLines',
  'pageBreakBefore',
  'framePr',
  'widowControl',
  'numPr',
  'suppressLineNumbers',
  'pBdr',
  'shd',
  'tabs',
  'suppressAutoHyphens',
  'kinsoku',
  'wordWrap',
  'overflowPunct',
  'topLinePunct',
  'autoSpaceDE',
  'autoSpaceDN',
  'bidi',
  'adjustRightInd',
  'snapToGrid',
  'spacing',
  'ind',
  'contextualSpacing',
  'mirrorIndents',
  'suppressOverlap',
  'jc',
  'textDirection',
  'textAlignment',
  'textboxTightWrap',
  'outlineLvl',
  'divId',
  'cnfStyle',
  'rPr',
  'sectPr',
  'pPrChange',
];

/** The paragraph's w:pPr child `name`, made (with the w:pPr) in schema order when it has none. */
export function ownPPrChild(p: XElement, name: string): XElement | null {
  const doc = p.ownerDocument;
  if (!doc) return null;
  let pPr = wChild(p, 'pPr');
  if (!pPr) {
    pPr = createW(doc, 'pPr');
    p.insertBefore(pPr, p.firstChild);
  }
  const existing = wChild(pPr, name);
  if (existing) return existing;
  const rank = PPR_ORDER.indexOf(name);
  const next = childElements(pPr).find((c) => c.namespaceURI === W_NS && PPR_ORDER.indexOf(c.localName ?? '') > rank);
  const el = createW(doc, name);
  pPr.insertBefore(el, next ?? null);
  return el;
}

/** Direct left indent, in points (w:ind/@w:left in twips; a w:start it replaces goes). */
export function setLeftIndent(p: XElement, points: number): void {
  const ind = ownPPrChild(p, 'ind');
  if (!ind) return;
  ind.removeAttributeNS(W_NS, 'start');
  setWAttr(ind, 'left', String(Math.round(points * 20)));
}

/** Direct first-line indent, in points: w:firstLine, or w:hanging when negative (the other attribute goes). */
export function setFirstLineIndent(p: XElement, points: number): void {
  const ind = ownPPrChild(p, 'ind');
  if (!ind) return;
  const value = Math.round(Math.abs(points) * 20);
  ind.removeAttributeNS(W_NS, points < 0 ? 'firstLine' : 'hanging');
  setWAttr(ind, points < 0 ? 'hanging' : 'firstLine', String(value));
}

/** Direct alignment (w:jc); false when `alignment` is not one Word sets. */
export function setAlignment(p: XElement, alignment: string): boolean {
  const jc = TO_JC[alignment];
  if (!jc) return false;
  const el = ownPPrChild(p, 'jc');
  if (el) setWAttr(el, 'val', jc);
  return true;
}
