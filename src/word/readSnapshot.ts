/**
 * Reads a Snapshot of the document in one `Word.run` and exactly two `context.sync()` calls, whatever the
 * document's size: the first loads paragraphs, tables, footnotes and headers; the second the details only some
 * of them have (list strings of list items, the cell of each table paragraph, where each footnote mark sits).
 */
import type { CellAddress, Snapshot, SnapshotFootnote, SnapshotParagraph, SnapshotTable } from '../engine/snapshot';
import type { HeaderType, WordContext, WordHost, WordParagraph, WordTable } from './api';
import { acceptedText, hasRevisions, probeRevisions, queueReviewed, type Reviewed } from './revisions';

const HEADER_TYPES: HeaderType[] = ['Primary', 'FirstPage', 'EvenPages'];

export async function readSnapshot(host: WordHost): Promise<Snapshot> {
  return host.run((context) => readSnapshotIn(context));
}

/** The same, inside a batch the caller already runs. */
export async function readSnapshotIn(context: WordContext): Promise<Snapshot> {
  const { body } = context.document;
  const paragraphs = body.paragraphs;
  paragraphs.load('items/text,items/style,items/styleBuiltIn,items/isListItem,items/tableNestingLevel');
  const tables = body.tables;
  tables.load('items/values,items/rowCount,items/nestingLevel');
  const notes = body.footnotes;
  notes.load('items');
  const revisions = probeRevisions(body);
  const section = context.document.sections.getFirst();
  const headers = HEADER_TYPES.map((type) => {
    const header = section.getHeader(type);
    header.load('text');
    return header;
  });
  await context.sync();

  const items = paragraphs.items;
  const lists = items.map((p) => {
    if (!p.isListItem) return null;
    const item = p.listItemOrNullObject;
    item.load('isNullObject,level,listString');
    return item;
  });
  // Not cellIndex: Word throws GeneralException for it on a vertically merged cell, failing the whole read
  // (OfficeDev/office-js#3200). The row, and whether the paragraph starts its cell, give the cell instead.
  const cells = items.map((p) => {
    if (p.tableNestingLevel !== 1) return null;
    const cell = p.parentTableCellOrNullObject;
    cell.load('isNullObject,rowIndex');
    const start = p.getRange('Start').compareLocationWith(cell.body.getRange('Start'));
    return { cell, start };
  });
  // Pending tracked changes: every paragraph's accepted text, read in this same sync.
  const reviewed = hasRevisions(revisions) ? queueReviewed(items, items.keys()) : new Map<number, Reviewed>();
  const marks = notes.items.map((note) => {
    note.body.load('text');
    const paragraph = note.reference.paragraphs.getFirst();
    paragraph.load('text');
    const before = paragraph.getRange('Start').expandTo(note.reference.getRange('Start'));
    before.load('text');
    // With revisions pending, Word on the web counts deleted text in `text`: the accepted text gives the offset.
    const accepted = reviewed.size > 0 ? before.getReviewedText('Current') : null;
    return { note, paragraph, before, accepted };
  });
  await context.sync();

  const snapshotParagraphs: SnapshotParagraph[] = items.map((p, index) => {
    const list = lists[index];
    const cell = cells[index];
    return {
      index,
      text: acceptedText(p, reviewed.get(index)),
      style: p.style,
      styleBuiltIn: p.styleBuiltIn,
      list: list && !list.isNullObject ? { listString: list.listString, level: list.level } : null,
      tableNestingLevel: p.tableNestingLevel,
      cell: null,
      ...(cell && !cell.cell.isNullObject
        ? { pendingCell: { row: cell.cell.rowIndex, startsCell: STARTS_CELL.has(cell.start.value) } }
        : {}),
    };
  });
  const topLevelTables = tables.items.filter((t) => t.nestingLevel === 1);
  const snapshotTables = assignCells(snapshotParagraphs, topLevelTables);

  const texts = items.map((p: WordParagraph) => p.text); // as the note's reference paragraph reports it
  let searchFrom = 0;
  const footnotes: SnapshotFootnote[] = marks.map(({ note, paragraph, before, accepted }, i) => {
    const at = texts.indexOf(paragraph.text, searchFrom);
    if (at >= 0) searchFrom = at;
    return {
      number: i + 1,
      text: noteText(note.body.text),
      paragraph: at,
      offset: at >= 0 ? (accepted ?? { value: before.text }).value.replace(/[\r\n]+$/u, '').length : null,
    };
  });

  return {
    paragraphs: snapshotParagraphs.map(stripPending),
    tables: snapshotTables,
    footnotes,
    headers: headers.map((h) => h.text.trim()).filter((t) => t.length > 0),
  };
}

/**
 * A note's text without what Word puts before it: the reference mark, which Word reports as U+0002 or U+FFFD
 * (OfficeDev/office-js#6942), and the tab or space after it.
 */
export function noteText(raw: string): string {
  // eslint-disable-next-line no-control-regex -- U+0002 is Word's footnote mark
  return raw.replace(/^[\u0002\ufffd\s]+/u, '').trim();
}

type PendingParagraph = SnapshotParagraph & { pendingCell?: { row: number; startsCell: boolean } };

/** A paragraph's start compared with its cell's start: at it ('Equal' for two collapsed ranges). */
const STARTS_CELL = new Set(['Equal', 'InsideStart', 'ContainsStart']);

/**
 * Word tells each table paragraph its row, not its table or cell: table paragraphs come in document order, so a
 * new table starts after a paragraph outside any table or where the row goes back, and the cells of a row are
 * counted by the paragraphs that start one. A table whose row has more cells than its values is another table.
 */
function assignCells(paragraphs: PendingParagraph[], tables: WordTable[]): SnapshotTable[] {
  const result: SnapshotTable[] = tables.map((t, index) => ({
    index,
    rowCount: t.rowCount,
    values: t.values,
    firstParagraph: -1,
    lastParagraph: -1,
  }));
  let table = -1;
  let previous: CellAddress | null = null;
  for (const paragraph of paragraphs) {
    if (paragraph.tableNestingLevel === 0) {
      previous = null;
      continue;
    }
    const at = paragraph.pendingCell;
    if (!at) continue; // nested table paragraph: it belongs to an outer cell but Word names the inner one
    const sameRow = previous !== null && at.row === previous.row;
    let cell = sameRow && previous ? previous.cell + (at.startsCell ? 1 : 0) : 0;
    const width = table >= 0 && table < result.length ? (result[table].values[at.row]?.length ?? 0) : 0;
    const goesBack = previous !== null && (at.row < previous.row || (sameRow && cell >= width));
    if (previous === null || goesBack) {
      table++;
      cell = 0;
    }
    if (table >= result.length) break; // more table runs than tables: leave the rest unassigned
    const address: CellAddress = { table, row: at.row, cell };
    paragraph.cell = address;
    const entry = result[table];
    if (entry.firstParagraph < 0) entry.firstParagraph = paragraph.index;
    entry.lastParagraph = paragraph.index;
    previous = address;
  }
  return result;
}

function stripPending(paragraph: PendingParagraph): SnapshotParagraph {
  const { pendingCell: _pending, ...rest } = paragraph;
  void _pending;
  return rest;
}
