/**
 * styles.xml: style ids ↔ the names Word shows, built-in style values, and the numbering a paragraph
 * style carries (a heading style can be numbered through its own w:numPr).
 */
import { builtInFromName, displayName, xmlNameForBuiltIn } from './builtInStyles';
import type { XmlPart } from './package';
import { childElements, createW, isW, wAttr, wChild, type XElement } from './xml';

export interface StyleInfo {
  id: string;
  type: string;
  /** The w:name as written ("heading 1"). */
  xmlName: string;
  /** As Word shows it ("Heading 1"). */
  name: string;
  builtIn: string;
  basedOn: string | null;
  element: XElement;
}

export class StyleSheet {
  private readonly byId = new Map<string, StyleInfo>();
  private defaultParagraphId: string | null = null;

  constructor(private readonly part: XmlPart | null) {
    if (!part?.doc.documentElement) return;
    for (const el of childElements(part.doc.documentElement)) if (isW(el, 'style')) this.add(el);
  }

  private add(el: XElement): StyleInfo {
    const id = wAttr(el, 'styleId') ?? '';
    const xmlName = wAttr(wChild(el, 'name')) ?? id;
    const info: StyleInfo = {
      id,
      type: wAttr(el, 'type') ?? 'paragraph',
      xmlName,
      name: displayName(xmlName),
      builtIn: builtInFromName(xmlName),
      basedOn: wAttr(wChild(el, 'basedOn')),
      element: el,
    };
    this.byId.set(id, info);
    const isDefault = wAttr(el, 'default');
    if (info.type === 'paragraph' && (isDefault === '1' || isDefault === 'true')) this.defaultParagraphId = id;
    return info;
  }

  get(id: string): StyleInfo | undefined {
    return this.byId.get(id);
  }

  /** The paragraph style in force: the pStyle if it names a known style, else the default ("Normal"). */
  paragraphStyle(pStyleId: string | null): StyleInfo | null {
    if (pStyleId) {
      const s = this.byId.get(pStyleId);
      if (s) return s;
    }
    return this.defaultParagraphId ? (this.byId.get(this.defaultParagraphId) ?? null) : null;
  }

  get defaultParagraphStyleId(): string | null {
    return this.defaultParagraphId;
  }

  /** Find a paragraph style by the name Word shows, its xml name or its id (case-insensitive). */
  findParagraphStyle(name: string): StyleInfo | null {
    const wanted = name.trim().toLowerCase();
    for (const s of this.byId.values()) {
      if (s.type !== 'paragraph') continue;
      if (s.name.toLowerCase() === wanted || s.xmlName.toLowerCase() === wanted || s.id.toLowerCase() === wanted)
        return s;
    }
    return null;
  }

  findBuiltIn(builtIn: string): StyleInfo | null {
    for (const s of this.byId.values()) if (s.builtIn.toLowerCase() === builtIn.toLowerCase()) return s;
    return null;
  }

  /** Add a latent built-in style (Word does the same when a built-in style is first applied). */
  addBuiltIn(builtIn: string): StyleInfo | null {
    const xmlName = xmlNameForBuiltIn(builtIn);
    const doc = this.part?.doc;
    if (!xmlName || !doc?.documentElement || !this.part) return null;
    const id = builtIn.replace(/_/g, '');
    const style = createW(doc, 'style', { type: 'paragraph', styleId: id });
    style.appendChild(createW(doc, 'name', { val: xmlName }));
    if (this.defaultParagraphId) style.appendChild(createW(doc, 'basedOn', { val: this.defaultParagraphId }));
    if (this.defaultParagraphId) style.appendChild(createW(doc, 'next', { val: this.defaultParagraphId }));
    style.appendChild(createW(doc, 'qFormat'));
    const level = /^Heading(\d)$/.exec(builtIn);
    if (level) {
      const pPr = createW(doc, 'pPr');
      pPr.appendChild(createW(doc, 'keepNext'));
      pPr.appendChild(createW(doc, 'outlineLvl', { val: String(Number(level[1]) - 1) }));
      style.appendChild(pPr);
      // Word's built-in headings are bold and larger than body text; a heading that looks like body text would hide
      // the structure of a document made by the blank-agenda form.
      const rPr = createW(doc, 'rPr');
      rPr.appendChild(createW(doc, 'b'));
      const size = String(Math.max(20, 32 - 4 * Number(level[1])));
      rPr.appendChild(createW(doc, 'sz', { val: size }));
      rPr.appendChild(createW(doc, 'szCs', { val: size }));
      style.appendChild(rPr);
    }
    doc.documentElement.appendChild(style);
    this.part.dirty = true;
    return this.add(style);
  }

  /** The w:pPr of a paragraph style and of the styles it is based on, nearest first (the default style for null). */
  pPrChain(styleId: string | null): XElement[] {
    const chain: XElement[] = [];
    const seen = new Set<string>();
    let current = styleId ? this.byId.get(styleId) : (this.paragraphStyle(null) ?? undefined);
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      const pPr = wChild(current.element, 'pPr');
      if (pPr) chain.push(pPr);
      current = current.basedOn ? this.byId.get(current.basedOn) : undefined;
    }
    return chain;
  }

  /** w:docDefaults/w:pPrDefault/w:pPr: what every paragraph has unless a style or the paragraph says otherwise. */
  defaultPPr(): XElement | null {
    const root = this.part?.doc.documentElement;
    return root ? wChild(wChild(wChild(root, 'docDefaults'), 'pPrDefault'), 'pPr') : null;
  }

  /** numPr from the style or the styles it is based on (nearest wins). */
  styleNumPr(styleId: string | null): { numId: string | null; ilvl: number | null } | null {
    const seen = new Set<string>();
    let current = styleId ? this.byId.get(styleId) : (this.paragraphStyle(null) ?? undefined);
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      const numPr = wChild(wChild(current.element, 'pPr'), 'numPr');
      if (numPr) {
        const ilvl = wAttr(wChild(numPr, 'ilvl'));
        return { numId: wAttr(wChild(numPr, 'numId')), ilvl: ilvl === null ? null : Number(ilvl) };
      }
      current = current.basedOn ? this.byId.get(current.basedOn) : undefined;
    }
    return null;
  }
}
