/**
 * Walking a story (the document body, a note, a header, a table cell): its paragraphs and tables in
 * document order, table rows and cells (also when wrapped in content controls), nesting levels.
 * Paragraphs inside text boxes are not part of any story's paragraph list, as in Word's body.paragraphs.
 */
import { ancestors, childElements, isW, wAttr, wChild, walkElements, type XElement } from './xml';

const WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml', 'smartTag']);

export function storyParagraphs(root: XElement): XElement[] {
  const out: XElement[] = [];
  walkElements(root, (el) => {
    if (isW(el, 'txbxContent') || isW(el, 'del') || isW(el, 'sdtPr')) return false;
    if (el.localName === 'AlternateContent' || el.localName === 'pict' || el.localName === 'drawing') return false;
    if (isW(el, 'p')) {
      out.push(el);
      return false; // paragraphs do not contain story paragraphs (text boxes excluded)
    }
    return true;
  });
  return out;
}

export function storyTables(root: XElement): XElement[] {
  const out: XElement[] = [];
  walkElements(root, (el) => {
    if (isW(el, 'p') || isW(el, 'txbxContent')) return false;
    if (isW(el, 'tbl')) out.push(el);
    return true;
  });
  return out;
}

/** Children with the given name, looking through content-control and custom-XML wrappers. */
function wrappedChildren(parent: XElement, localName: string): XElement[] {
  const out: XElement[] = [];
  for (const c of childElements(parent)) {
    if (isW(c, localName)) out.push(c);
    else if (isW(c) && WRAPPERS.has(c.localName ?? '')) {
      const content = isW(c, 'sdt') ? wChild(c, 'sdtContent') : c;
      if (content) out.push(...wrappedChildren(content, localName));
    }
  }
  return out;
}

export function tableRows(tbl: XElement): XElement[] {
  return wrappedChildren(tbl, 'tr');
}

export function rowCells(tr: XElement): XElement[] {
  return wrappedChildren(tr, 'tc');
}

/** A cell that continues a vertical merge from the row above (its text is shown by the first cell). */
export function isVMergeContinuation(tc: XElement): boolean {
  const vMerge = wChild(wChild(tc, 'tcPr'), 'vMerge');
  if (!vMerge) return false;
  const val = wAttr(vMerge);
  return val === null || val === 'continue';
}

export function closest(el: XElement, localName: string): XElement | null {
  for (const a of ancestors(el)) if (isW(a, localName)) return a;
  return null;
}

export function tableNestingLevel(el: XElement): number {
  let level = 0;
  for (const a of ancestors(el)) if (isW(a, 'tbl')) level++;
  return level;
}

/** The paragraphs of a cell's own content (its nested tables' paragraphs included). */
export function cellParagraphs(tc: XElement): XElement[] {
  return storyParagraphs(tc);
}
