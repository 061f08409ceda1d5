/**
 * Collects the edits of one operation and turns them into an EditPlan: insertions at the same anchor are merged
 * (so their order cannot depend on how the gateway chains them), deletions are merged into ranges, every
 * paragraph and table the plan relies on gets its expectation, and the summary is counted from the edits.
 */
import type { Edit, EditPlan, NewParagraph, TextRun } from '../plan';
import type { Snapshot } from '../snapshot';
import type { TextChange } from './text';

interface ParagraphInsert {
  anchor: number;
  position: 'Before' | 'After';
  paragraphs: NewParagraph[];
}

interface RowInsert {
  table: number;
  row: number;
  position: 'Before' | 'After';
  rows: TextRun[][][];
}

export class PlanBuilder {
  private readonly replacements: Extract<Edit, { kind: 'replaceText' }>[] = [];
  private readonly inserts = new Map<string, ParagraphInsert>();
  private readonly tableInserts: Extract<Edit, { kind: 'insertTable' }>[] = [];
  private readonly deleted = new Set<number>();
  private readonly deletedTables = new Set<number>();
  private readonly cells = new Map<string, Extract<Edit, { kind: 'setCell' }>>();
  private readonly rowInserts = new Map<string, RowInsert>();
  private readonly deletedRows = new Map<number, Set<number>>();
  private readonly anchors = new Set<number>();
  private readonly moves = new Map<string, Extract<Edit, { kind: 'moveParagraphs' }>>();
  readonly warnings: string[] = [];
  referencesUpdated = 0;

  constructor(readonly snapshot: Snapshot) {}

  replace(paragraph: number, change: TextChange | null, runs?: TextRun[]): void {
    if (!change) return;
    this.replacements.push({ kind: 'replaceText', paragraph, ...change, ...(runs ? { runs } : {}) });
  }

  insert(anchor: number, position: 'Before' | 'After', paragraphs: NewParagraph[]): void {
    if (paragraphs.length === 0) return;
    const key = `${anchor}:${position}`;
    const existing = this.inserts.get(key);
    if (existing) existing.paragraphs.push(...paragraphs);
    else this.inserts.set(key, { anchor, position, paragraphs: [...paragraphs] });
  }

  /** Moves paragraphs first..last (with their text edits of this plan) next to `anchor`; moves to one place keep their order. */
  move(first: number, last: number, anchor: number, position: 'Before' | 'After'): void {
    const key = `${anchor}:${position}`;
    const existing = this.moves.get(key);
    if (existing) existing.ranges.push({ first, last });
    else this.moves.set(key, { kind: 'moveParagraphs', anchor, position, ranges: [{ first, last }] });
  }

  /** A new table after `anchor`; paragraphs inserted after the same anchor end up before it (Word's insert-after). */
  insertTable(anchor: number, rows: string[][], headerRows: number): void {
    this.tableInserts.push({ kind: 'insertTable', anchor, rows, headerRows });
  }

  /** Deletes paragraphs first..last; tables lying inside the range go whole (their cells are not paragraphs to delete). */
  deleteParagraphs(first: number, last: number): void {
    for (let i = first; i <= last; i++) {
      const para = this.snapshot.paragraphs[i];
      if (para.tableNestingLevel === 0) this.deleted.add(i);
      else if (para.cell) this.deletedTables.add(para.cell.table);
    }
  }

  isDeleted(paragraph: number): boolean {
    const para = this.snapshot.paragraphs[paragraph];
    if (this.deleted.has(paragraph)) return true;
    return Boolean(para?.cell && this.deletedTables.has(para.cell.table));
  }

  setCell(table: number, row: number, cell: number, runs: TextRun[]): void {
    const expected = this.snapshot.tables[table].values[row]?.[cell] ?? '';
    if (runs.map((r) => r.text).join('') === expected && runs.every((r) => !r.italic)) return;
    this.cells.set(`${table}:${row}:${cell}`, { kind: 'setCell', table, row, cell, expected, runs });
  }

  insertRows(table: number, row: number, position: 'Before' | 'After', rows: TextRun[][][]): void {
    const key = `${table}:${row}:${position}`;
    const existing = this.rowInserts.get(key);
    if (existing) existing.rows.push(...rows);
    else this.rowInserts.set(key, { table, row, position, rows: [...rows] });
  }

  deleteRow(table: number, row: number): void {
    const set = this.deletedRows.get(table) ?? new Set<number>();
    set.add(row);
    this.deletedRows.set(table, set);
  }

  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  build(description: string): EditPlan {
    // A replacement inside a paragraph that goes anyway is not an edit.
    const replacements = this.replacements.filter((r) => !this.isDeleted(r.paragraph));
    replacements.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    const edits: Edit[] = [...replacements];
    for (const table of this.tableInserts) {
      edits.push(table);
      this.anchors.add(table.anchor);
    }
    for (const insert of [...this.inserts.values()].sort((a, b) => a.anchor - b.anchor)) {
      edits.push({ kind: 'insertParagraphs', ...insert });
      this.anchors.add(insert.anchor);
    }
    const moved: number[] = [];
    for (const move of [...this.moves.values()].sort((a, b) => a.anchor - b.anchor)) {
      edits.push(move);
      this.anchors.add(move.anchor);
      for (const r of move.ranges) for (let i = r.first; i <= r.last; i++) moved.push(i);
    }
    for (const [first, last] of ranges([...this.deleted])) edits.push({ kind: 'deleteParagraphs', first, last });
    for (const table of [...this.deletedTables].sort((a, b) => a - b)) edits.push({ kind: 'deleteTable', table });
    const cellEdits = [...this.cells.values()].filter(
      (c) => !this.deletedRows.get(c.table)?.has(c.row) && !this.deletedTables.has(c.table),
    );
    edits.push(...cellEdits);
    const rowInserts = [...this.rowInserts.values()].filter((r) => !this.deletedTables.has(r.table));
    for (const insert of rowInserts) edits.push({ kind: 'insertRows', ...insert });
    for (const [table, rows] of this.deletedRows) {
      if (this.deletedTables.has(table)) continue;
      for (const [first, last] of ranges([...rows])) edits.push({ kind: 'deleteRows', table, first, last });
    }

    const relied = new Set<number>([
      ...replacements.map((r) => r.paragraph),
      ...this.anchors,
      ...this.deleted,
      ...moved,
    ]);
    const expectations = [...relied]
      .sort((a, b) => a - b)
      .map((paragraph) => ({ paragraph, text: this.snapshot.paragraphs[paragraph].text }));
    const touchedTables = new Set<number>([
      ...cellEdits.map((c) => c.table),
      ...rowInserts.map((r) => r.table),
      ...this.deletedRows.keys(),
      ...this.deletedTables,
    ]);
    const tableExpectations = [...touchedTables]
      .sort((a, b) => a - b)
      .map((table) => ({ table, values: this.snapshot.tables[table].values.map((row) => [...row]) }));

    // A replacement inside a table cell changes a row, not a body paragraph.
    const cellOf = (paragraph: number) => this.snapshot.paragraphs[paragraph]?.cell ?? null;
    const bodyReplacements = replacements.filter((r) => cellOf(r.paragraph) === null);
    const cellRows = replacements.flatMap((r) => {
      const at = cellOf(r.paragraph);
      return at ? [`${at.table}:${at.row}`] : [];
    });
    const changedRows = new Set([...cellEdits.map((c) => `${c.table}:${c.row}`), ...cellRows]).size;
    const insertedRows = rowInserts.reduce((n, r) => n + r.rows.length, 0);
    let deletedRows = 0;
    for (const [table, rows] of this.deletedRows) if (!this.deletedTables.has(table)) deletedRows += rows.size;
    return {
      description,
      edits,
      expectations,
      tableExpectations,
      warnings: [...this.warnings],
      summary: {
        paragraphsChanged: new Set(bodyReplacements.map((r) => r.paragraph)).size,
        paragraphsInserted: [...this.inserts.values()].reduce((n, i) => n + i.paragraphs.length, 0),
        paragraphsDeleted: this.deleted.size,
        ...(moved.length > 0 ? { paragraphsMoved: moved.length } : {}),
        rowsChanged: changedRows + insertedRows + deletedRows,
        referencesUpdated: this.referencesUpdated,
      },
    };
  }
}

/** [3, 1, 2, 7] → [[1, 3], [7, 7]]. */
function ranges(values: number[]): [number, number][] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === v - 1) last[1] = v;
    else out.push([v, v]);
  }
  return out;
}
