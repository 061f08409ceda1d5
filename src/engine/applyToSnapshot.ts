/**
 * Applies an EditPlan to a Snapshot at the text level, giving the snapshot the document would have afterwards
 * (paragraphs and tables re-indexed, footnotes moved along). Pure: used by tests and by the task pane's
 * "what will change" preview, without Word.
 *
 * It follows the gateway's semantics (src/word/applyPlan.ts) so that a plan means the same thing here and in Word:
 * - every address is one of the ORIGINAL snapshot; all targets are resolved before anything changes;
 * - a plan whose expectations do not hold is refused as a whole ({@link PlanMismatchError});
 * - several replacements in one paragraph must not overlap;
 * - paragraphs inserted "After" an anchor are chained in the order given; a later edit at the same anchor lands
 *   nearer the anchor than an earlier one (Word's insert-after); "Before" inserts keep their order before it;
 * - a new paragraph inherits its anchor's list membership and level (Word copies paragraph properties); `style`,
 *   when given, replaces the style name only;
 * - Word renumbers auto-numbered lists: list strings of a list touched by the plan are recomputed;
 * - moved paragraphs keep their (replaced) text, styles, list membership and footnotes, which Word renumbers.
 */
import type { Edit, EditPlan, NewParagraph, TextRun } from './plan';
import { formatNumber } from './text/listNumbers';
import type { Snapshot, SnapshotFootnote, SnapshotParagraph, SnapshotTable } from './snapshot';

/** The plan does not fit the snapshot (stale expectation, overlapping edits, unknown address). */
export class PlanMismatchError extends Error {
  override readonly name = 'PlanMismatchError';
}

interface Para {
  text: string;
  style: string;
  styleBuiltIn: string;
  list: { listString: string; level: number } | null;
  tableNestingLevel: number;
  /** Index in the original snapshot; null for a paragraph the plan inserts. */
  original: number | null;
  deleted: boolean;
  /** Where Word's list numbering must be recomputed (a new list paragraph, or the one after a deleted one). */
  listTouched: boolean;
  /** Value of the first level-0 number of the list run this paragraph came from (list restarts are kept). */
  listStart: number | null;
}

interface Cell {
  paragraphs: Para[];
  /** The cell text as `table.values` gave it; recomputed only when the cell's paragraphs changed. */
  value: string;
  dirty: boolean;
}

interface Row {
  cells: Cell[];
  deleted: boolean;
}

interface Table {
  original: number | null;
  rows: Row[];
  deleted: boolean;
  headerRows: number;
}

type MoveEdit = Extract<Edit, { kind: 'moveParagraphs' }>;

/** A move's landing place, held in the block list until the moved blocks replace it. */
type Block = { kind: 'paragraph'; para: Para } | { kind: 'table'; table: Table } | { kind: 'move'; edit: MoveEdit };

interface Footnote {
  source: SnapshotFootnote;
  para: Para | null;
  offset: number | null;
  text: string;
}

export function applyToSnapshot(snapshot: Snapshot, plan: EditPlan): Snapshot {
  verify(snapshot, plan);
  const state = load(snapshot);

  applyReplacements(snapshot, plan.edits, state);
  for (const edit of plan.edits) {
    if (edit.kind === 'insertParagraphs') insertParagraphs(state, edit.anchor, edit.position, edit.paragraphs);
    if (edit.kind === 'insertTable') insertTable(state, edit.anchor, edit.rows, edit.headerRows);
    if (edit.kind === 'moveParagraphs') placeMove(state, edit);
  }
  for (const edit of plan.edits) if (edit.kind === 'moveParagraphs') applyMove(state, edit);
  applyTableEdits(state, plan.edits);
  for (const edit of plan.edits) {
    if (edit.kind === 'appendFootnoteText') state.footnotes[edit.footnote - 1].text += edit.text;
  }
  for (const edit of plan.edits) {
    if (edit.kind !== 'deleteParagraphs') continue;
    for (let i = edit.first; i <= edit.last; i++) {
      const para = state.byIndex[i];
      if (para.tableNestingLevel > 0) {
        throw new PlanMismatchError(`Paragraph ${i} is inside a table: delete the table or its rows instead.`);
      }
      para.deleted = true;
    }
  }
  markListsAfterDeletions(state);
  return { ...rebuild(snapshot, state), headers: headersAfter(snapshot.headers, plan.edits) };
}

/** The running headers' texts after the plan's setHeader edits (the primary header first, as read). */
function headersAfter(headers: string[], edits: Edit[]): string[] {
  let out = [...headers];
  for (const edit of edits) {
    if (edit.kind !== 'setHeader') continue;
    const at = edit.expected === '' ? -1 : out.indexOf(edit.expected);
    if (at >= 0) out.splice(at, 1);
    if (edit.text.trim() !== '') out = [edit.text.trim(), ...out];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Verification: the whole plan is checked before anything is applied.

function verify(snapshot: Snapshot, plan: EditPlan): void {
  const count = snapshot.paragraphs.length;
  const paragraph = (index: number, what: string): SnapshotParagraph => {
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new PlanMismatchError(`${what}: there is no paragraph ${index} (the document has ${count}).`);
    }
    return snapshot.paragraphs[index];
  };
  const table = (index: number, what: string): SnapshotTable => {
    const found = snapshot.tables[index];
    if (!found) throw new PlanMismatchError(`${what}: there is no table ${index}.`);
    return found;
  };
  for (const e of plan.expectations) {
    const actual = paragraph(e.paragraph, 'Expectation').text;
    if (actual !== e.text) {
      throw new PlanMismatchError(`Paragraph ${e.paragraph} reads "${actual}", not "${e.text}" as the plan expects.`);
    }
  }
  for (const e of plan.tableExpectations) {
    if (JSON.stringify(table(e.table, 'Table expectation').values) !== JSON.stringify(e.values)) {
      throw new PlanMismatchError(`Table ${e.table} is not as the plan expects.`);
    }
  }
  for (const edit of plan.edits) {
    switch (edit.kind) {
      case 'replaceText': {
        const text = paragraph(edit.paragraph, 'replaceText').text;
        if (
          edit.start < 0 ||
          edit.end < edit.start ||
          edit.end > text.length ||
          text.slice(edit.start, edit.end) !== edit.expected
        ) {
          throw new PlanMismatchError(
            `Paragraph ${edit.paragraph} has "${text.slice(edit.start, edit.end)}" at ${edit.start}–${edit.end}, not "${edit.expected}".`,
          );
        }
        break;
      }
      case 'insertParagraphs':
      case 'insertTable':
        paragraph(edit.anchor, edit.kind);
        break;
      case 'moveParagraphs':
        paragraph(edit.anchor, edit.kind);
        for (const range of edit.ranges) {
          paragraph(range.first, edit.kind);
          paragraph(range.last, edit.kind);
          if (range.last < range.first || (edit.anchor >= range.first && edit.anchor <= range.last)) {
            throw new PlanMismatchError(
              `moveParagraphs: ${range.first}..${range.last} is empty or holds its own anchor ${edit.anchor}.`,
            );
          }
        }
        break;
      case 'deleteParagraphs':
        paragraph(edit.first, 'deleteParagraphs');
        paragraph(edit.last, 'deleteParagraphs');
        if (edit.last < edit.first)
          throw new PlanMismatchError(`deleteParagraphs: ${edit.first}..${edit.last} is empty.`);
        break;
      case 'setCell': {
        const actual = table(edit.table, 'setCell').values[edit.row]?.[edit.cell];
        if (actual !== edit.expected) {
          throw new PlanMismatchError(
            `Table ${edit.table} row ${edit.row} cell ${edit.cell} reads "${actual ?? ''}", not "${edit.expected}".`,
          );
        }
        break;
      }
      case 'insertRows':
        if (edit.row < 0 || edit.row >= table(edit.table, 'insertRows').rowCount) {
          throw new PlanMismatchError(`insertRows: table ${edit.table} has no row ${edit.row}.`);
        }
        break;
      case 'deleteRows': {
        const rows = table(edit.table, 'deleteRows').rowCount;
        if (edit.first < 0 || edit.last < edit.first || edit.last >= rows) {
          throw new PlanMismatchError(`deleteRows: table ${edit.table} has no rows ${edit.first}..${edit.last}.`);
        }
        break;
      }
      case 'deleteTable':
        table(edit.table, 'deleteTable');
        break;
      case 'setHeader':
        if (edit.expected !== '' && !snapshot.headers.includes(edit.expected))
          throw new PlanMismatchError(`No running header reads "${edit.expected}".`);
        break;
      case 'appendFootnoteText': {
        const note = snapshot.footnotes[edit.footnote - 1];
        if (!note || note.text !== edit.expected) {
          throw new PlanMismatchError(`Footnote ${edit.footnote} reads "${note?.text ?? ''}", not "${edit.expected}".`);
        }
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Loading the snapshot into mutable blocks.

interface State {
  blocks: Block[];
  byIndex: Para[];
  tables: Table[];
  /** Where each paragraph sits: its table cell, or null for a body paragraph. */
  cellOf: Map<Para, Cell>;
  footnotes: Footnote[];
}

function load(snapshot: Snapshot): State {
  const blocks: Block[] = [];
  const byIndex: Para[] = [];
  const cellOf = new Map<Para, Cell>();
  const tables: Table[] = snapshot.tables.map((t) => ({
    original: t.index,
    deleted: false,
    headerRows: 0,
    rows: t.values.map((cells) => ({
      deleted: false,
      cells: cells.map((value) => ({ paragraphs: [], value, dirty: false })),
    })),
  }));
  const placed = new Set<number>();
  let lastCell: Cell | null = null;
  let listStart: number | null = null;
  for (const source of snapshot.paragraphs) {
    if (source.list && source.tableNestingLevel === 0) {
      if (listStart === null || !snapshot.paragraphs[source.index - 1]?.list)
        listStart = listValue(source.list.listString);
    }
    const para: Para = {
      text: source.text,
      style: source.style,
      styleBuiltIn: source.styleBuiltIn,
      list: source.list ? { ...source.list } : null,
      tableNestingLevel: source.tableNestingLevel,
      original: source.index,
      deleted: false,
      listTouched: false,
      listStart: source.list ? listStart : null,
    };
    byIndex.push(para);
    if (source.tableNestingLevel === 0) {
      blocks.push({ kind: 'paragraph', para });
      lastCell = null;
      continue;
    }
    const address = source.cell;
    const cell: Cell | null = address
      ? (tables[address.table]?.rows[address.row]?.cells[address.cell] ?? null)
      : lastCell;
    if (!cell) throw new PlanMismatchError(`Paragraph ${source.index} is in a table cell the snapshot does not list.`);
    if (address && !placed.has(address.table)) {
      placed.add(address.table);
      blocks.push({ kind: 'table', table: tables[address.table] });
    }
    cell.paragraphs.push(para);
    cellOf.set(para, cell);
    lastCell = cell;
  }
  for (const t of tables) {
    if (t.original !== null && !placed.has(t.original)) blocks.push({ kind: 'table', table: t });
  }
  const footnotes = snapshot.footnotes.map((f) => ({
    source: f,
    para: byIndex[f.paragraph] ?? null,
    offset: f.offset,
    text: f.text,
  }));
  return { blocks, byIndex, tables, cellOf, footnotes };
}

// ---------------------------------------------------------------------------------------------------------------
// Edits.

function applyReplacements(snapshot: Snapshot, edits: Edit[], state: State): void {
  const byParagraph = new Map<number, Extract<Edit, { kind: 'replaceText' }>[]>();
  for (const edit of edits) {
    if (edit.kind === 'replaceText')
      byParagraph.set(edit.paragraph, [...(byParagraph.get(edit.paragraph) ?? []), edit]);
  }
  for (const [index, list] of byParagraph) {
    const para = state.byIndex[index];
    const sorted = [...list].sort((a, b) => b.start - a.start || b.end - a.end);
    for (let i = 1; i < sorted.length; i++) {
      const right = sorted[i - 1];
      const left = sorted[i];
      if (left.end > right.start || (left.start === right.start && left.end === right.end)) {
        throw new PlanMismatchError(
          `Two replacements overlap in paragraph ${index} (at ${left.start}–${left.end} and ${right.start}–${right.end}).`,
        );
      }
    }
    let text = snapshot.paragraphs[index].text;
    for (const r of sorted) {
      text = text.slice(0, r.start) + r.text + text.slice(r.end);
      for (const f of state.footnotes) {
        if (f.para === para && f.offset !== null && f.offset >= r.end) f.offset += r.text.length - (r.end - r.start);
      }
    }
    para.text = text;
    const cell = state.cellOf.get(para);
    if (cell) cell.dirty = true;
  }
}

function insertParagraphs(
  state: State,
  anchorIndex: number,
  position: 'Before' | 'After',
  specs: NewParagraph[],
): void {
  const anchor = state.byIndex[anchorIndex];
  const created = specs.map((spec) => newParagraph(anchor, spec));
  // A page break ends the paragraph before one that starts a page: Word reads it as a form feed (U+000C).
  specs.forEach((spec, i) => {
    const before = i > 0 ? created[i - 1] : position === 'After' ? anchor : null;
    if (spec.pageBreakBefore && before) before.text += PAGE_BREAK;
  });
  const cell = state.cellOf.get(anchor);
  if (cell) {
    const at = cell.paragraphs.indexOf(anchor) + (position === 'After' ? 1 : 0);
    cell.paragraphs.splice(at, 0, ...created);
    for (const para of created) state.cellOf.set(para, cell);
    cell.dirty = true;
    return;
  }
  const at = blockIndexOf(state, anchor) + (position === 'After' ? 1 : 0);
  state.blocks.splice(at, 0, ...created.map((para): Block => ({ kind: 'paragraph', para })));
}

function newParagraph(anchor: Para, spec: NewParagraph): Para {
  return {
    text: spec.text,
    style: spec.style?.name ?? anchor.style,
    styleBuiltIn: spec.style?.builtIn ?? anchor.styleBuiltIn,
    // At another level the anchor's number says nothing of the new one's format: renumbering supplies it.
    // listLevel null: the paragraph leaves the list it would inherit.
    list:
      anchor.list && spec.listLevel !== null
        ? spec.listLevel === undefined || spec.listLevel === anchor.list.level
          ? { ...anchor.list }
          : { listString: '', level: spec.listLevel }
        : null,
    tableNestingLevel: anchor.tableNestingLevel,
    original: null,
    deleted: false,
    listTouched: anchor.list !== null,
    listStart: anchor.listStart,
  };
}

/** A move lands where a one-paragraph insertParagraphs at its anchor would (see the gateway's placeholder). */
function placeMove(state: State, edit: MoveEdit): void {
  const anchor = state.byIndex[edit.anchor];
  if (state.cellOf.has(anchor))
    throw new PlanMismatchError(`moveParagraphs: the anchor ${edit.anchor} is inside a table.`);
  state.blocks.splice(blockIndexOf(state, anchor) + (edit.position === 'After' ? 1 : 0), 0, { kind: 'move', edit });
}

/** The moved blocks, taken from where they stood, replace the move's landing place; Word renumbers lists. */
function applyMove(state: State, edit: MoveEdit): void {
  const moved: Block[] = [];
  for (const range of edit.ranges) {
    const first = blockIndexOf(state, state.byIndex[range.first]);
    const last = blockIndexOf(state, state.byIndex[range.last]);
    const taken = state.blocks.splice(first, last - first + 1);
    if (taken.some((b) => b.kind !== 'paragraph'))
      throw new PlanMismatchError(
        `moveParagraphs: paragraphs ${range.first}–${range.last} hold a table or another move.`,
      );
    const after = state.blocks[first];
    if (after?.kind === 'paragraph' && after.para.list) after.para.listTouched = true;
    moved.push(...taken);
  }
  for (const block of moved) if (block.kind === 'paragraph' && block.para.list) block.para.listTouched = true;
  const at = state.blocks.findIndex((b) => b.kind === 'move' && b.edit === edit);
  state.blocks.splice(at, 1, ...moved);
}

/** What Word and the simulator put in a paragraph's text for a page break. */
export const PAGE_BREAK = '\f';

function insertTable(state: State, anchorIndex: number, rows: string[][], headerRows: number): void {
  const anchor = state.byIndex[anchorIndex];
  if (state.cellOf.has(anchor)) throw new PlanMismatchError(`insertTable: paragraph ${anchorIndex} is inside a table.`);
  const width = Math.max(1, ...rows.map((r) => r.length));
  const table: Table = {
    original: null,
    deleted: false,
    headerRows,
    rows: rows.map((cells) => ({
      deleted: false,
      cells: Array.from({ length: width }, (_, i) => linesCell(cells[i] ?? '')),
    })),
  };
  state.tables.push(table);
  state.blocks.splice(blockIndexOf(state, anchor) + 1, 0, { kind: 'table', table });
}

function plainCell(text: string, style: string, styleBuiltIn: string): Cell {
  const para: Para = {
    text,
    style,
    styleBuiltIn,
    list: null,
    tableNestingLevel: 1,
    original: null,
    deleted: false,
    listTouched: false,
    listStart: null,
  };
  return { paragraphs: [para], value: text, dirty: true };
}

/** A new table's cell: one paragraph per line of its text. */
function linesCell(text: string): Cell {
  const cell = plainCell(text, 'Normal', 'Normal');
  const [first] = cell.paragraphs;
  cell.paragraphs = text.split('\n').map((line) => ({ ...first, text: line }));
  return cell;
}

function blockIndexOf(state: State, para: Para): number {
  const at = state.blocks.findIndex((b) => b.kind === 'paragraph' && b.para === para);
  if (at < 0) throw new PlanMismatchError('An anchor paragraph is no longer in the document.');
  return at;
}

function applyTableEdits(state: State, edits: Edit[]): void {
  const setCells = new Set<string>();
  const deletedRows = new Set<string>();
  // Rows and cells are resolved against the original tables before any row is inserted or deleted.
  const rowOf = (table: number, row: number): Row => {
    const found = state.tables[table]?.rows[row];
    if (!found) throw new PlanMismatchError(`Table ${table} has no row ${row}.`);
    return found;
  };
  const inserts: { after: boolean; row: Row; table: Table; rows: Row[] }[] = [];
  for (const edit of edits) {
    switch (edit.kind) {
      case 'setCell': {
        const key = `${edit.table}:${edit.row}:${edit.cell}`;
        if (setCells.has(key))
          throw new PlanMismatchError(`Table ${edit.table} row ${edit.row} cell ${edit.cell} is set twice.`);
        setCells.add(key);
        const row = rowOf(edit.table, edit.row);
        const cell = row.cells[edit.cell];
        if (!cell) throw new PlanMismatchError(`Table ${edit.table} row ${edit.row} has no cell ${edit.cell}.`);
        const first = cell.paragraphs[0];
        const text = runsText(edit.runs);
        if (first) {
          first.text = text;
          for (const para of cell.paragraphs.slice(1)) para.deleted = true;
        } else {
          cell.paragraphs.push(plainCell(text, 'Normal', 'Normal').paragraphs[0]);
        }
        cell.dirty = true;
        break;
      }
      case 'insertRows': {
        const table = state.tables[edit.table];
        const anchor = rowOf(edit.table, edit.row);
        const rows = edit.rows.map((cells): Row => ({
          deleted: false,
          cells: cells.map((runs, i) => {
            const model = anchor.cells[Math.min(i, anchor.cells.length - 1)]?.paragraphs[0];
            return plainCell(runsText(runs), model?.style ?? 'Normal', model?.styleBuiltIn ?? 'Normal');
          }),
        }));
        inserts.push({ after: edit.position === 'After', row: anchor, table, rows });
        break;
      }
      case 'deleteRows':
        for (let r = edit.first; r <= edit.last; r++) {
          const key = `${edit.table}:${r}`;
          if (deletedRows.has(key)) throw new PlanMismatchError(`Table ${edit.table} row ${r} is deleted twice.`);
          deletedRows.add(key);
          rowOf(edit.table, r).deleted = true;
        }
        break;
      case 'deleteTable': {
        const table = state.tables[edit.table];
        table.deleted = true;
        for (const row of table.rows)
          for (const cell of row.cells) for (const para of cell.paragraphs) para.deleted = true;
        break;
      }
      default:
        break;
    }
  }
  for (const key of setCells) {
    const [table, row] = key.split(':');
    if (deletedRows.has(`${table}:${row}`))
      throw new PlanMismatchError(`Table ${table} row ${row} is both set and deleted.`);
  }
  for (const insert of inserts) {
    // Word's insert-after: a later insertion at the same row lands nearer to it.
    const at = insert.table.rows.indexOf(insert.row) + (insert.after ? 1 : 0);
    insert.table.rows.splice(at, 0, ...insert.rows);
  }
  for (const table of state.tables) {
    for (const row of table.rows)
      if (row.deleted) for (const cell of row.cells) for (const para of cell.paragraphs) para.deleted = true;
  }
}

function runsText(runs: TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

// ---------------------------------------------------------------------------------------------------------------
// Word's list numbering.

/** A deleted list paragraph changes the numbers of the list paragraphs after it. */
function markListsAfterDeletions(state: State): void {
  let pending = false;
  for (const block of state.blocks) {
    if (block.kind !== 'paragraph') continue;
    const para = block.para;
    if (para.deleted) {
      if (para.list) pending = true;
      continue;
    }
    if (pending && para.list) para.listTouched = true;
    pending = false;
  }
}

interface ListFormat {
  prefix: string;
  kind: 'decimal' | 'lowerLetter' | 'upperLetter' | 'lowerRoman' | 'upperRoman';
  suffix: string;
}

/** Recomputes Word's list strings for every run of consecutive list paragraphs that the plan touched. */
/** The format of each list level as the document shows it anywhere, for runs that lost their only example. */
function documentListFormats(snapshot: Snapshot): Map<number, ListFormat> {
  // A level the document no longer shows anywhere: Word takes it from the list definition, which a snapshot
  // does not carry; the agenda convention "1.", "(a)", "(i)" stands in for it.
  const formats = new Map<number, ListFormat>([
    [0, { prefix: '', kind: 'decimal', suffix: '.' }],
    [1, { prefix: '(', kind: 'lowerLetter', suffix: ')' }],
    [2, { prefix: '(', kind: 'lowerRoman', suffix: ')' }],
  ]);
  const seen = new Set<number>();
  for (const p of snapshot.paragraphs) {
    if (!p.list || seen.has(p.list.level)) continue;
    const format = listFormat(p.list.listString);
    if (!format) continue;
    formats.set(p.list.level, format);
    seen.add(p.list.level);
  }
  return formats;
}

function renumberLists(paragraphs: Para[], fallback: Map<number, ListFormat>): void {
  let i = 0;
  while (i < paragraphs.length) {
    if (!paragraphs[i].list || paragraphs[i].tableNestingLevel > 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < paragraphs.length && paragraphs[j].list && paragraphs[j].tableNestingLevel === 0) j++;
    const run = paragraphs.slice(i, j);
    if (run.some((p) => p.listTouched)) renumberRun(run, fallback);
    i = j;
  }
}

function renumberRun(run: Para[], fallback: Map<number, ListFormat>): void {
  const formats = new Map<number, ListFormat>();
  for (const para of run) {
    const level = para.list?.level ?? 0;
    if (!formats.has(level)) {
      const format = listFormat(para.list?.listString ?? '');
      if (format) formats.set(level, format);
    }
  }
  const counters: number[] = [];
  for (const para of run) {
    if (!para.list) continue;
    const level = para.list.level;
    const format = formats.get(level) ?? fallback.get(level);
    if (!format) continue;
    const start = level === 0 ? (run[0].listStart ?? 1) : 1;
    counters[level] = counters[level] === undefined ? start : counters[level] + 1;
    counters.length = level + 1;
    para.list = {
      ...para.list,
      listString: `${format.prefix}${formatNumber(counters[level], format.kind)}${format.suffix}`,
    };
  }
}

function listFormat(listString: string): ListFormat | null {
  const match = /^(\D*?)(\d+|[ivxlcdm]+|[IVXLCDM]+|[a-z]|[A-Z])(\W*)$/u.exec(listString);
  if (!match) return null;
  const value = match[2];
  let kind: ListFormat['kind'] = 'decimal';
  if (/^[a-z]$/u.test(value) && !/^[ivx]$/u.test(value)) kind = 'lowerLetter';
  else if (/^[A-Z]$/u.test(value) && !/^[IVX]$/u.test(value)) kind = 'upperLetter';
  else if (/^[ivxlcdm]+$/u.test(value)) kind = 'lowerRoman';
  else if (/^[IVXLCDM]+$/u.test(value)) kind = 'upperRoman';
  return { prefix: match[1], kind, suffix: match[3] };
}

function listValue(listString: string): number | null {
  const match = /\d+/u.exec(listString);
  if (match) return Number(match[0]);
  const letter = /[a-z]/iu.exec(listString);
  return letter ? letter[0].toLowerCase().charCodeAt(0) - 96 : null;
}

// ---------------------------------------------------------------------------------------------------------------
// The new snapshot.

function rebuild(snapshot: Snapshot, state: State): Snapshot {
  const ordered: Para[] = [];
  const paragraphs: SnapshotParagraph[] = [];
  const tables: SnapshotTable[] = [];
  const newIndex = new Map<Para, number>();

  const push = (para: Para, cell: SnapshotParagraph['cell']): void => {
    newIndex.set(para, paragraphs.length);
    ordered.push(para);
    paragraphs.push({
      index: paragraphs.length,
      text: para.text,
      style: para.style,
      styleBuiltIn: para.styleBuiltIn,
      list: para.list,
      tableNestingLevel: para.tableNestingLevel,
      cell,
    });
  };

  for (const block of state.blocks) {
    if (block.kind === 'paragraph') {
      if (!block.para.deleted) push(block.para, null);
      continue;
    }
    if (block.kind === 'move') continue; // resolved by applyMove
    const table = block.table;
    if (table.deleted) continue;
    const rows = table.rows.filter((r) => !r.deleted);
    if (rows.length === 0) continue;
    const index = tables.length;
    const first = paragraphs.length;
    const values = rows.map((row, r) =>
      row.cells.map((cell, c) => {
        const live = cell.paragraphs.filter((p) => !p.deleted);
        live.forEach((para) => push(para, para.tableNestingLevel === 1 ? { table: index, row: r, cell: c } : null));
        return cell.dirty ? live.map((p) => p.text).join('\n') : cell.value;
      }),
    );
    tables.push({ index, rowCount: rows.length, values, firstParagraph: first, lastParagraph: paragraphs.length - 1 });
  }

  renumberLists(ordered, documentListFormats(snapshot));
  ordered.forEach((para, i) => {
    paragraphs[i].list = para.list;
  });

  // Word numbers footnotes in document order: a deleted mark takes its footnote with it.
  const footnotes: SnapshotFootnote[] = state.footnotes
    .filter((f) => !(f.para && f.para.deleted))
    .map((f) => ({
      text: f.text,
      paragraph: f.para ? (newIndex.get(f.para) ?? -1) : -1,
      offset: f.offset,
      was: f.source.number,
    }))
    .sort((a, b) =>
      a.paragraph < 0 || b.paragraph < 0
        ? a.was - b.was
        : a.paragraph - b.paragraph || (a.offset ?? 0) - (b.offset ?? 0),
    )
    .map((f, i) => ({ number: i + 1, text: f.text, paragraph: f.paragraph, offset: f.offset }));
  return { paragraphs, tables, footnotes, headers: [...snapshot.headers] };
}
