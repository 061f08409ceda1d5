/**
 * Paragraph and table edits recorded as revisions, as Word writes them with Track Changes on:
 * - a new paragraph: its runs in w:ins, its mark inserted (w:pPr/w:rPr/w:ins);
 * - a deleted paragraph: its runs in w:del, its mark deleted (w:pPr/w:rPr/w:del); it stays in the file, and
 *   footnotes it references stay too, until the deletion is accepted;
 * - new table rows: w:trPr/w:ins, their paragraphs as new paragraphs; deleted rows: w:trPr/w:del, their
 *   paragraphs as deleted paragraphs; a deleted table: all its rows deleted;
 * - a cell's new value: its old text deleted, the new text inserted in its last paragraph (the one whose mark
 *   survives), the other paragraphs deleted;
 * - paragraph properties (style, list level): w:pPrChange holding the properties before the first change.
 * What we inserted ourselves and delete again simply goes, as Word does for the same author.
 */
import type { DocModel } from './docModel';
import { isOurs, markParagraph, markRow, paragraphMarkRevision, rowRevision } from './revisions';
import { runContent } from './runText';
import { tableRows } from './story';
import { deleteRunTracked, liveRuns } from './trackedText';
import {
  childElements,
  cloneProps,
  createW,
  isW,
  removeNode,
  serializeXml,
  wChild,
  walkElements,
  type XElement,
} from './xml';

/** A paragraph whose mark we inserted: deleting it again removes it outright. */
export function insertedByUs(p: XElement): boolean {
  return isOurs(paragraphMarkRevision(p, 'ins'));
}

export function rowInsertedByUs(tr: XElement): boolean {
  return isOurs(rowRevision(tr, 'ins'));
}

/** Record a new paragraph (already in place) as inserted. */
export function markParagraphInserted(model: DocModel, p: XElement): void {
  const doc = p.ownerDocument;
  if (!doc) return;
  const runs = liveRuns(p);
  if (runs.length > 0) {
    const ins = model.revisions.create(doc, 'ins');
    p.insertBefore(ins, runs[0]);
    for (const run of runs) ins.appendChild(run);
  }
  markParagraph(model.revisions, p, 'ins');
}

/** Delete a paragraph's content as a revision; `markToo` also deletes its mark (not for a story's last paragraph). */
export function deleteParagraphTracked(model: DocModel, p: XElement, markToo: boolean): void {
  for (const run of liveRuns(p)) deleteRunTracked(model, run);
  if (markToo) markParagraph(model.revisions, p, 'del');
}

/** Record new rows (already in place) as inserted: the row and its cells' paragraphs. */
export function markRowsInserted(model: DocModel, rows: XElement[]): void {
  for (const tr of rows) {
    markRow(model.revisions, tr, 'ins');
    for (const p of paragraphsUnder(tr)) markParagraphInserted(model, p);
  }
}

/** Delete rows as revisions (rows we inserted go outright). */
export function deleteRowsTracked(model: DocModel, rows: XElement[]): void {
  for (const tr of rows) {
    if (rowInsertedByUs(tr)) {
      removeNode(tr);
      continue;
    }
    for (const p of paragraphsUnder(tr)) deleteParagraphTracked(model, p, true);
    markRow(model.revisions, tr, 'del');
  }
}

export function deleteTableTracked(model: DocModel, tbl: XElement): void {
  deleteRowsTracked(model, tableRows(tbl));
}

function paragraphsUnder(el: XElement): XElement[] {
  const out: XElement[] = [];
  walkElements(el, (c) => {
    if (isW(c, 'txbxContent')) return false;
    if (isW(c, 'p')) {
      out.push(c);
      return false;
    }
    return true;
  });
  return out;
}

/** cell.value = text, tracked. `like` gives the new run its formatting (the untracked edit's first run). */
export function setCellTextTracked(model: DocModel, tc: XElement, text: string, like: XElement | null): void {
  const doc = tc.ownerDocument;
  if (!doc) return;
  const blocks = childElements(tc).filter((c) => !isW(c, 'tcPr'));
  const paragraphs = blocks.filter((c) => isW(c, 'p'));
  const last = paragraphs[paragraphs.length - 1];
  for (const block of blocks) {
    if (isW(block, 'tbl')) deleteTableTracked(model, block);
    else if (isW(block, 'p') && block !== last) {
      if (insertedByUs(block)) removeNode(block);
      else deleteParagraphTracked(model, block, true);
    } else if (isW(block, 'sdt') || isW(block, 'customXml')) {
      for (const p of paragraphsUnder(block)) deleteParagraphTracked(model, p, true);
    }
  }
  if (!last) return;
  deleteParagraphTracked(model, last, false);
  if (text.length === 0) return;
  const run = createW(doc, 'r');
  if (like) run.appendChild(cloneProps(like));
  for (const n of runContent(doc, text)) run.appendChild(n);
  const ins = model.revisions.create(doc, 'ins');
  ins.appendChild(run);
  last.appendChild(ins);
}

/** What w:pPrChange keeps of the properties: all but the mark's run properties, the section and older changes. */
function trackedProps(pPr: XElement | null): XElement | null {
  if (!pPr) return null;
  const copy = cloneProps(pPr);
  const rPr = wChild(copy, 'rPr');
  if (rPr) removeNode(rPr);
  return copy;
}

/**
 * Run `change` on a paragraph's properties; while tracking, record what they were in w:pPrChange (once: a
 * second change keeps the original). Paragraphs we inserted carry no property changes: they are new anyway.
 */
export function changeParagraphProps(model: DocModel, p: XElement, change: () => void): void {
  const track = model.revisions.tracking && !paragraphMarkRevision(p, 'ins') && !wChild(wChild(p, 'pPr'), 'pPrChange');
  const before = track ? trackedProps(wChild(p, 'pPr')) : null;
  const beforeXml = before ? serializeXml(before) : '';
  change();
  if (!track) return;
  const pPr = wChild(p, 'pPr');
  const doc = p.ownerDocument;
  if (!pPr || !doc) return;
  const now = trackedProps(pPr);
  const nowXml = now ? serializeXml(now) : '';
  const emptyBefore = before === null || childElements(before).length === 0;
  if (nowXml === beforeXml || (emptyBefore && now !== null && childElements(now).length === 0)) return;
  const record = model.revisions.create(doc, 'pPrChange');
  const old = createW(doc, 'pPr');
  if (before) for (const c of childElements(before)) old.appendChild(c);
  record.appendChild(old);
  pPr.appendChild(record);
}
