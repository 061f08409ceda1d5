/**
 * Applies an EditPlan in one `Word.run` with exactly two `context.sync()` calls, whatever the plan's size:
 * the first reads what the plan relies on and verifies it (a plan made from an older snapshot is refused and
 * nothing is written); the second carries every edit.
 *
 * Addresses in a plan refer to the snapshot. Paragraph proxies are taken from the loaded collection before any
 * edit, so they keep pointing at the same paragraphs while others are inserted or deleted. Table rows are
 * addressed by index at execution time, so each table's edits run from its last row to its first; several text
 * replacements in one paragraph run from its end to its start, so the text left of each is still as verified.
 */
import type { Edit, EditPlan, NewParagraph, TextRun } from '../engine/plan';
import type { WordContext, WordHost, WordParagraph, WordTable } from './api';
import { GatewayError, StalePlanError, quote } from './errors';
import { rangeBetween } from './paragraphRange';
import { OBJECT_MARK } from '../engine/text/objectMarks';
import { anchorAt } from './searchAnchor';

export interface ApplyOptions {
  /** Record the edits as tracked changes (WordApi 1.4), restoring the document's own mode afterwards. */
  trackChanges?: boolean;
}

export interface ApplyResult {
  /** Edits carried out. */
  edits: number;
}

export async function applyPlan(host: WordHost, plan: EditPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  return host.run((context) => applyPlanIn(context, plan, options));
}

export async function applyPlanIn(context: WordContext, plan: EditPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  const { document } = context;
  const paragraphs = document.body.paragraphs;
  paragraphs.load('items/text');
  const tables = document.body.tables;
  tables.load('items/values,items/nestingLevel');
  if (options.trackChanges) document.load('changeTrackingMode');
  const notes = document.body.footnotes;
  const editsFootnotes = plan.edits.some((e) => e.kind === 'appendFootnoteText');
  if (editsFootnotes) notes.load('items/body/text');
  await context.sync();

  const items = paragraphs.items;
  const topTables = tables.items.filter((t) => t.nestingLevel === 1);
  verify(plan, items, topTables);
  if (editsFootnotes) verifyFootnotes(plan, notes.items.map((n) => n.body.text.trim()));
  if (plan.edits.length === 0) return { edits: 0 };

  const replacements = orderReplacements(plan.edits, items);
  const previousMode = options.trackChanges ? document.changeTrackingMode : null;
  if (options.trackChanges) document.changeTrackingMode = 'TrackAll';
  queueParagraphEdits(plan.edits, items, replacements);
  queueTableEdits(plan.edits, topTables);
  for (const edit of plan.edits) {
    if (edit.kind === 'appendFootnoteText') notes.items[edit.footnote - 1].body.insertText(edit.text, 'End');
  }
  if (previousMode !== null) document.changeTrackingMode = previousMode;
  await context.sync();
  return { edits: plan.edits.length };
}

function verify(plan: EditPlan, items: WordParagraph[], tables: WordTable[]): void {
  const mustMatch = new Map<number, string>();
  for (const e of plan.expectations) mustMatch.set(e.paragraph, e.text);
  for (const edit of plan.edits) {
    for (const index of paragraphsOf(edit)) {
      if (index < 0 || index >= items.length) {
        throw new StalePlanError(`The document changed since it was read: paragraph ${index + 1} no longer exists. Nothing was changed; read the document again.`);
      }
    }
    if (edit.kind === 'replaceText' && !mustMatch.has(edit.paragraph)) {
      throw new GatewayError(`Internal error: the plan edits paragraph ${edit.paragraph + 1} without saying what it expects there. Nothing was changed.`);
    }
  }
  for (const [index, text] of mustMatch) {
    const actual = index < items.length ? items[index].text : null;
    if (actual !== text) {
      throw new StalePlanError(
        `The document changed since it was read: paragraph ${index + 1} was ${quote(text)}${actual === null ? ' and is gone' : ` and now reads ${quote(actual)}`}. Nothing was changed; read the document again.`,
      );
    }
  }
  for (const edit of plan.edits) {
    // Replacing a range that holds a footnote or comment mark would delete the footnote or comment with it.
    if (edit.kind === 'replaceText' && OBJECT_MARK.test(edit.expected)) {
      throw new GatewayError(`Paragraph ${edit.paragraph + 1}: the change would remove a footnote or comment mark in ${quote(edit.expected)}. Nothing was changed.`);
    }
    if (edit.kind === 'replaceText' && mustMatch.get(edit.paragraph)?.slice(edit.start, edit.end) !== edit.expected) {
      throw new GatewayError(`Internal error: the plan expects ${quote(edit.expected)} where paragraph ${edit.paragraph + 1} has other text. Nothing was changed.`);
    }
  }
  for (const expectation of plan.tableExpectations) {
    const table = tables[expectation.table];
    if (!table || JSON.stringify(table.values) !== JSON.stringify(expectation.values)) {
      throw new StalePlanError(`The document changed since it was read: table ${expectation.table + 1} is not as it was. Nothing was changed; read the document again.`);
    }
  }
  for (const edit of plan.edits) {
    if ('table' in edit && !tables[edit.table]) {
      throw new StalePlanError(`The document changed since it was read: table ${edit.table + 1} no longer exists. Nothing was changed.`);
    }
    // Word has no transactions: every row an edit names must exist now, or a failure in the second sync could
    // leave part of the plan applied.
    if (edit.kind === 'insertRows' && !tables[edit.table].values[edit.row]) {
      throw new StalePlanError(`The document changed since it was read: table ${edit.table + 1} has no row ${edit.row + 1}. Nothing was changed.`);
    }
    if (edit.kind === 'deleteRows' && (edit.first < 0 || edit.last < edit.first || edit.last >= tables[edit.table].values.length)) {
      throw new StalePlanError(`The document changed since it was read: table ${edit.table + 1} has no rows ${edit.first + 1}–${edit.last + 1}. Nothing was changed.`);
    }
    if (edit.kind === 'setCell') {
      const actual = tables[edit.table].values[edit.row]?.[edit.cell];
      if (actual !== edit.expected) {
        throw new StalePlanError(`The document changed since it was read: a cell of table ${edit.table + 1} reads ${quote(actual ?? '')}, not ${quote(edit.expected)}. Nothing was changed.`);
      }
    }
  }
}

function verifyFootnotes(plan: EditPlan, texts: string[]): void {
  for (const edit of plan.edits) {
    if (edit.kind !== 'appendFootnoteText') continue;
    const actual = texts[edit.footnote - 1];
    if (actual !== edit.expected) {
      throw new StalePlanError(
        `The document changed since it was read: footnote ${edit.footnote} ${actual === undefined ? 'is gone' : `now reads ${quote(actual)}`}. Nothing was changed; read the document again.`,
      );
    }
  }
}

function paragraphsOf(edit: Edit): number[] {
  switch (edit.kind) {
    case 'replaceText':
      return [edit.paragraph];
    case 'insertParagraphs':
    case 'insertTable':
      return [edit.anchor];
    case 'deleteParagraphs':
      return edit.last < edit.first ? [-1] : [edit.first, edit.last];
    default:
      return [];
  }
}

type Replacement = Extract<Edit, { kind: 'replaceText' }>;

/**
 * The text replacements in the order they run: per paragraph from its end to its start, each with the paragraph's
 * text as it will stand then. Every place is checked to be addressable before anything is queued, so a refusal
 * leaves nothing half-queued.
 */
function orderReplacements(edits: Edit[], items: WordParagraph[]): { edit: Replacement; text: string }[] {
  const byParagraph = new Map<number, Replacement[]>();
  for (const e of edits) if (e.kind === 'replaceText') byParagraph.set(e.paragraph, [...(byParagraph.get(e.paragraph) ?? []), e]);
  const steps: { edit: Replacement; text: string }[] = [];
  for (const [index, list] of byParagraph) {
    let text = items[index].text;
    for (const edit of [...list].sort((a, b) => b.start - a.start)) {
      if (!anchorAt(text, edit.start) || !anchorAt(text, edit.end)) {
        throw new GatewayError(`Paragraph ${index + 1} repeats the same text too often for Word to find the place to edit (${quote(text)}). Nothing was changed.`);
      }
      steps.push({ edit, text });
      text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    }
  }
  return steps;
}

function queueParagraphEdits(edits: Edit[], items: WordParagraph[], replacements: { edit: Replacement; text: string }[]): void {
  for (const { edit, text } of replacements) {
    const target = rangeBetween(items[edit.paragraph], text, edit.start, edit.end);
    // orderReplacements has checked that every place can be addressed.
    if (target) target.insertText(edit.text, 'Replace');
  }
  for (const edit of edits) {
    if (edit.kind === 'insertParagraphs') insertParagraphs(items[edit.anchor], edit.position, edit.paragraphs);
    if (edit.kind === 'insertTable') {
      const columns = Math.max(1, ...edit.rows.map((r) => r.length));
      const values = edit.rows.map((r) => Array.from({ length: columns }, (_, i) => r[i] ?? ''));
      const table = items[edit.anchor].insertTable(values.length, columns, 'After', values);
      if (edit.headerRows > 0) table.headerRowCount = edit.headerRows;
      if (edit.rules) {
        // WordApi 1.3 borders, queued in the same batch: no grid, rules above and below, and under a one-row header.
        table.getBorder('All').type = 'None';
        table.getBorder('Top').type = 'Single';
        table.getBorder('Bottom').type = 'Single';
        if (edit.headerRows === 1) table.rows.getFirst().getBorder('Bottom').type = 'Single';
      }
    }
  }
  for (const edit of edits) {
    if (edit.kind === 'deleteParagraphs') for (let i = edit.last; i >= edit.first; i--) items[i].delete();
  }
}

function insertParagraphs(anchor: WordParagraph, position: 'Before' | 'After', paragraphs: NewParagraph[]): void {
  let previous = anchor;
  for (const spec of paragraphs) {
    const inserted = position === 'Before' ? anchor.insertParagraph(spec.text, 'Before') : previous.insertParagraph(spec.text, 'After');
    if (spec.style) {
      if (spec.style.builtIn && spec.style.builtIn !== 'Other') inserted.styleBuiltIn = spec.style.builtIn;
      else inserted.style = spec.style.name;
    }
    // The anchor is a list paragraph (the engine sets a level only then), so the new one is a list item too.
    if (spec.listLevel === null) inserted.detachFromList();
    else if (spec.listLevel !== undefined) inserted.listItemOrNullObject.level = spec.listLevel;
    previous = inserted;
  }
}

type TableEdit = Extract<Edit, { kind: 'setCell' | 'insertRows' | 'deleteRows' | 'deleteTable' }>;

function queueTableEdits(edits: Edit[], tables: WordTable[]): void {
  const tableEdits = edits.filter((e): e is TableEdit => e.kind === 'setCell' || e.kind === 'insertRows' || e.kind === 'deleteRows' || e.kind === 'deleteTable');
  const deleted = new Set(tableEdits.filter((e) => e.kind === 'deleteTable').map((e) => e.table));
  // Last row first; at one row: set its cells, then insert around it, then delete.
  const order = (e: TableEdit): [number, number] => {
    switch (e.kind) {
      case 'setCell':
        return [e.row, 0];
      case 'insertRows':
        return [e.row, 1];
      case 'deleteRows':
        return [e.last, 2];
      default:
        return [Number.MAX_SAFE_INTEGER, 3];
    }
  };
  const sorted = tableEdits
    .filter((e) => e.kind === 'deleteTable' || !deleted.has(e.table))
    .sort((a, b) => a.table - b.table || order(b)[0] - order(a)[0] || order(a)[1] - order(b)[1]);
  for (const edit of sorted) {
    const table = tables[edit.table];
    switch (edit.kind) {
      case 'setCell':
        writeCell(table, edit.row, edit.cell, edit.runs);
        break;
      case 'insertRows': {
        const width = Math.max(1, ...edit.rows.map((r) => r.length));
        const values = edit.rows.map((cells) => Array.from({ length: width }, (_, i) => plain(cells[i] ?? [])));
        table.getCell(edit.row, 0).parentRow.insertRows(edit.position, values.length, values);
        const firstNew = edit.position === 'After' ? edit.row + 1 : edit.row;
        edit.rows.forEach((cells, r) => cells.forEach((runs, c) => {
          if (runs.some((run) => run.italic)) writeCell(table, firstNew + r, c, runs);
        }));
        break;
      }
      case 'deleteRows':
        table.deleteRows(edit.first, edit.last - edit.first + 1);
        break;
      case 'deleteTable':
        table.delete();
        break;
    }
  }
}

function plain(runs: TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

/** A cell's text as runs: plain text goes in as the cell's value; italic runs are appended one by one. */
function writeCell(table: WordTable, row: number, cell: number, runs: TextRun[]): void {
  const target = table.getCell(row, cell);
  if (runs.every((r) => !r.italic)) {
    target.value = plain(runs);
    return;
  }
  target.value = '';
  for (const run of runs) target.body.insertText(run.text, 'End').font.italic = Boolean(run.italic);
}
