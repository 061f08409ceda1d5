/**
 * A paragraph's text as Word reports it (Paragraph.text), with a map from every character back to the
 * XML that holds it, so that ranges, search and edits can work on plain character offsets.
 *
 * Counted: w:t in runs (also inside hyperlinks, w:ins, smart tags, content controls, simple fields and
 * complex-field results), w:tab/w:ptab → "\t", w:br/w:cr → "\v" (page and column breaks → "\f"),
 * w:noBreakHyphen → "-", w:sym → its character, of an mc:AlternateContent the one branch compat.ts reads, and a footnote or endnote reference mark → U+0002, the
 * placeholder Word keeps for it in paragraph and note text (OfficeDev/office-js#2749, #4997, #6942): in the text
 * as w:footnoteReference, at the start of a note as w:footnoteRef. Not counted: deleted text, field
 * instructions, drawings and text boxes.
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

/** The character Word puts in text where a footnote or endnote reference mark stands. */
export const NOTE_MARK = '\u0002';

/** Whether an atom is a note's reference mark: edits never put text into its run. */
export function isNoteMarkAtom(atom: Atom): boolean {
  return atom.kind === 'char' && atom.char === NOTE_MARK;
}

export interface ParagraphText {
  text: string;
  atoms: Atom[];
  marks: NoteMark[];
  /** The paragraph holds tracked deletions (w:del, w:moveFrom) or insertions (w:ins, w:moveTo). */
  revised?: { deleted: boolean; inserted: boolean; deletedAt: number[] };
}

/**
 * Which text of a paragraph with tracked changes: 'current' as if every revision were accepted (the default,
 * which edits address), 'withDeleted' the current text with the deleted text still in place (what Word on the
 * web reports as Paragraph.text, office-js#1267), 'original' as if every revision were rejected.
 */
export type TextView = 'current' | 'withDeleted' | 'original';

const SKIPPED = new Set([
  'pPr',
  'rPr',
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'delInstrText',
  'sdtPr',
  'sdtEndPr',
  'drawing',
  'pict',
  'object',
  'txbxContent',
  'fldData',
  'commentReference',
  'annotationRef',
  'rt',
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

export function readParagraphText(p: XElement, view: TextView = 'current'): ParagraphText {
  let deleted = false;
  let inserted = false;
  /** Offsets of the text where deleted text sits (in the current view). */
  const deletedAt: number[] = [];
  const atoms: Atom[] = [];
  const marks: NoteMark[] = [];
  const parts: string[] = [];
  let offset = 0;
  /** Open complex fields: 'instr' until w:fldChar separate, then 'result' until end. */
  const fields: Array<'instr' | 'result'> = [];

  const visible = (): boolean => fields.every((f) => f === 'result');
  const pushChar = (el: XElement, char: string): void => {
    if (!visible() || char === '') return;
    atoms.push({ kind: 'char', el, run: nearestRun(el), start: offset, length: 1, char });
    parts.push(char);
    offset += 1;
  };

  const pushText = (el: XElement): void => {
    const value = textOf(el);
    if (!visible() || value.length === 0) return;
    atoms.push({ kind: 'text', el, run: nearestRun(el), start: offset, length: value.length });
    parts.push(value);
    offset += value.length;
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
    if (name === 'del' || name === 'moveFrom' || name === 'delText') {
      deleted = true;
      if (view === 'current') {
        if (deletedAt[deletedAt.length - 1] !== offset) deletedAt.push(offset);
        continue;
      }
      if (name === 'delText') {
        pushText(el);
        continue;
      }
      for (const c of childElements(el).reverse()) stack.push(c);
      continue;
    }
    if (name === 'ins' || name === 'moveTo') {
      inserted = true;
      if (view === 'original') continue;
    }
    if (SKIPPED.has(name)) continue;
    switch (name) {
      case 't':
        pushText(el);
        continue;
      case 'tab':
      case 'ptab':
        pushChar(el, '\t');
        continue;
      case 'br': {
        const type = wAttr(el, 'type');
        pushChar(el, type === 'page' || type === 'column' ? '\f' : '\v');
        continue;
      }
      case 'cr':
        pushChar(el, '\v');
        continue;
      case 'noBreakHyphen':
        pushChar(el, '-');
        continue;
      case 'sym':
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
        pushChar(el, NOTE_MARK);
        continue;
      case 'footnoteRef':
      case 'endnoteRef':
        pushChar(el, NOTE_MARK);
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
  return {
    text: parts.join(''),
    atoms,
    marks,
    ...(deleted || inserted ? { revised: { deleted, inserted, deletedAt } } : {}),
  };
}
