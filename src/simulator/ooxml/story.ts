/**
 * Walking a story (the document body, a note, a header, a table cell): its paragraphs and tables in
 * document order, table rows and cells (also when wrapped in content controls), nesting levels.
 * Of an mc:AlternateContent, only the branch compat.ts reads counts (paragraphs wrapped at block level included).
 * Paragraphs inside text boxes are not part of any story's paragraph list, as in Word's body.paragraphs.
 * Tracked deletions read as if accepted: deleted rows, and paragraphs whose mark is deleted and which show no
 * text, are left out (a table whose rows are all deleted too).
 */
import { isUnreadBranch } from './compat';
import { readParagraphText } from './paragraphText';
import { isDeletedParagraph, isDeletedRow } from './revisions';
import { ancestors, childElements, isW, readElements, wAttr, wChild, type XElement } from './xml';

const WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml', 'smartTag']);

export function storyParagraphs(root: XElement): XElement[] {
  const out: XElement[] = [];
  readElements(root, (el) => {
    if (isW(el, 'txbxContent') || isW(el, 'del') || isW(el, 'sdtPr')) return false;
    if (isUnreadBranch(el) || el.localName === 'pict' || el.localName === 'drawing') return false;
    if (isW(el, 'tr') && isDeletedRow(el)) return false;
    if (isW(el, 'p')) {
      if (!isDeletedParagraph(el, readParagraphText)) out.push(el);
      return false; // paragraphs do not contain story paragraphs (text boxes excluded)
    }
    return true;
  });
  return out;
}

export function storyTables(root: XElement): XElement[] {
  const out: XElement[] = [];
  readElements(root, (el) => {
    if (isW(el, 'p') || isW(el, 'txbxContent') || isUnreadBranch(el)) return false;
    if (isW(el, 'tr') && isDeletedRow(el)) return false;
    if (isW(el, 'tbl') && !allRowsDeleted(el)) out.push(el);
    return true;
  });
  return out;
}

function allRowsDeleted(tbl: XElement): boolean {
  const rows = wrappedChildren(tbl, 'tr');
  return rows.length > 0 && rows.every(isDeletedRow);
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

/** The rows a reader sees: tracked-deleted rows are left out, as if accepted. */
export function tableRows(tbl: XElement): XElement[] {
  return wrappedChildren(tbl, 'tr').filter((tr) => !isDeletedRow(tr));
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
