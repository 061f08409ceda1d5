/**
 * A paragraph's text as Word reports it (Paragraph.text), with a map from every character back to the
 * XML that holds it, so that ranges, search and edits can work on plain character offsets.
 *
 * Counted: w:t in runs (also inside hyperlinks, w:ins, smart tags, content controls, simple fields and
 * complex-field results), w:tab/w:ptab → "\t", w:br/w:cr → "\v" (page and column breaks → "\f"),
 * w:noBreakHyphen → "-", w:sym → its character; of an mc:AlternateContent, the one branch compat.ts reads. Not counted: deleted text, field instructions, footnote
 * and endnote reference marks (kept as zero-width marks), drawings and text boxes, and the tab that
 * follows the reference mark at the start of a note.
 */
import { isAlternateContent, readBranch } from './compat';
import { childElements, isElement, isW, textOf, wAttr, type XElement } from './xml';

export interface TextAtom {
  kind: 'text';
  el: XElement;
  run: XElement;
  start: number;
  length: number;
}

export interface CharAtom {
  kind: 'char';
  el: XElement;
  run: XElement;
  start: number;
  length: 1;
  char: string;
}

export type Atom = TextAtom | CharAtom;

export interface NoteMark {
  el: XElement;
  offset: number;
  kind: 'footnote' | 'endnote';
  id: string;
}

export interface ParagraphText {
  text: string;
  atoms: Atom[];
  marks: NoteMark[];
}

const SKIPPED = new Set([
  'pPr', 'rPr', 'del', 'moveFrom', 'delText', 'instrText', 'delInstrText', 'sdtPr', 'sdtEndPr', 'drawing',
  'pict', 'object', 'txbxContent', 'fldData', 'commentReference', 'annotationRef', 'rt',
]);

function nearestRun(el: XElement): XElement {
  for (let n = el.parentNode; n && isElement(n); n = n.parentNode) if (isW(n, 'r')) return n;
  return el.parentNode && isElement(el.parentNode) ? el.parentNode : el;
}

function symbolChar(el: XElement): string {
  const code = wAttr(el, 'char');
  const value = code ? parseInt(code, 16) : NaN;
  return Number.isFinite(value) && value > 0 ? String.fromCharCode(value) : '';
}

export function readParagraphText(p: XElement): ParagraphText {
  const atoms: Atom[] = [];
  const marks: NoteMark[] = [];
  const parts: string[] = [];
  let offset = 0;
  /** Open complex fields: 'instr' until w:fldChar separate, then 'result' until end. */
  const fields: Array<'instr' | 'result'> = [];
  let afterNoteRef = false;

  const visible = (): boolean => fields.every((f) => f === 'result');
  const pushChar = (el: XElement, char: string): void => {
    if (!visible() || char === '') return;
    atoms.push({ kind: 'char', el, run: nearestRun(el), start: offset, length: 1, char });
    parts.push(char);
    offset += 1;
  };

  const stack: XElement[] = childElements(p).reverse();
  while (stack.length > 0) {
    const el = stack.pop() as XElement;
    if (!isElement(el)) continue;
    const name = el.localName ?? '';
    if (el.namespaceURI !== null && !isW(el)) {
      // Markup compatibility: one branch of an mc:AlternateContent is read (see compat.ts); math is not text.
      if (isAlternateContent(el)) {
        const branch = readBranch(el);
        if (branch) for (const c of childElements(branch).reverse()) stack.push(c);
        continue;
      }
      if (name === 'oMath' || name === 'oMathPara') continue;
      for (const c of childElements(el).reverse()) stack.push(c);
      continue;
    }
    if (SKIPPED.has(name)) continue;
    switch (name) {
      case 't': {
        const value = textOf(el);
        afterNoteRef = false;
        if (visible() && value.length > 0) {
          atoms.push({ kind: 'text', el, run: nearestRun(el), start: offset, length: value.length });
          parts.push(value);
          offset += value.length;
        }
        continue;
      }
      case 'tab':
      case 'ptab':
        if (afterNoteRef && atoms.length === 0) {
          afterNoteRef = false;
          continue;
        }
        pushChar(el, '\t');
        continue;
      case 'br': {
        afterNoteRef = false;
        const type = wAttr(el, 'type');
        pushChar(el, type === 'page' || type === 'column' ? '\f' : '\v');
        continue;
      }
      case 'cr':
        afterNoteRef = false;
        pushChar(el, '\v');
        continue;
      case 'noBreakHyphen':
        afterNoteRef = false;
        pushChar(el, '-');
        continue;
      case 'sym':
        afterNoteRef = false;
        pushChar(el, symbolChar(el));
        continue;
      case 'footnoteReference':
      case 'endnoteReference':
        if (visible()) {
          marks.push({
            el,
            offset,
            kind: name === 'footnoteReference' ? 'footnote' : 'endnote',
            id: wAttr(el, 'id') ?? '',
          });
        }
        continue;
      case 'footnoteRef':
      case 'endnoteRef':
        afterNoteRef = true;
        continue;
      case 'fldChar': {
        const type = wAttr(el, 'fldCharType');
        if (type === 'begin') fields.push('instr');
        else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = 'result';
        else if (type === 'end') fields.pop();
        continue;
      }
      case 'p':
        continue; // a nested paragraph (text box) is its own paragraph
      default:
        for (const c of childElements(el).reverse()) stack.push(c);
    }
  }
  return { text: parts.join(''), atoms, marks };
}
