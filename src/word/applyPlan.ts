/**
 * Applies an EditPlan in one `Word.run` with exactly two `context.sync()` calls, whatever the plan's size:
 * the first reads what the plan relies on and verifies it (a plan made from an older snapshot is refused and
 * nothing is written); the second carries every edit. A plan that moves paragraphs takes a third: the second
 * also reads each moved range as OOXML (`Range.getOoxml`, WordApi 1.1, queued after the text edits, so the copy
 * holds them) and puts an empty placeholder paragraph where it lands; the third inserts the OOXML there
 * (`Range.insertOoxml`, WordApi 1.1) and deletes the placeholder and the original paragraphs.
 *
 * Addresses in a plan refer to the snapshot. Paragraph proxies are taken from the loaded collection before any
 * edit, so they keep pointing at the same paragraphs while others are inserted or deleted. Table rows are
 * addressed by index at execution time, so each table's edits run from its last row to its first; several text
 * replacements in one paragraph run from its end to its start, so the text left of each is still as verified.
 */
import type { Edit, EditPlan, NewParagraph, TextRun } from '../engine/plan';
import type {
  ChangeTrackingMode,
  WordClientResult,
  WordContext,
  WordHost,
  WordParagraph,
  WordRange,
  WordTable,
} from './api';
import { appliedChanges, type DocumentState } from './appliedChanges';
import { GatewayError, PartialEditError, StalePlanError, quote } from './errors';
import { rangeBetween } from './paragraphRange';
import { OBJECT_MARK } from '../engine/text/objectMarks';
import { noteText } from './readSnapshot';
import {
  acceptedText,
  hasRevisions,
  isRevised,
  probeRevisions,
  queueReviewed,
  revisionCrossing,
  type Reviewed,
} from './revisions';
import { anchorAt } from './searchAnchor';

export interface ApplyOptions {
  /** Record the edits as tracked changes (WordApi 1.4), restoring the document's own mode afterwards. */
  trackChanges?: boolean;
}

export interface ApplyResult {
  /** Edits carried out. */
  edits: number;
  /** What Word did not do as asked and its fallback could not mend (absent: nothing). */
  warnings?: string[];
}

/** The plan as carried out: its own warnings, then what Word did not do as asked (ApplyResult.warnings). */
export function withApplyWarnings(plan: EditPlan, result: ApplyResult): EditPlan {
  return result.warnings ? { ...plan, warnings: [...plan.warnings, ...result.warnings] } : plan;
}

export async function applyPlan(host: WordHost, plan: EditPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  return host.run((context) => applyPlanIn(context, plan, options));
}

export async function applyPlanIn(
  context: WordContext,
  plan: EditPlan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const { document } = context;
  const paragraphs = document.body.paragraphs;
  // The paragraph format new paragraphs copy is read with the texts, only when a new paragraph copies one.
  paragraphs.load(copiesFormat(plan) ? `items/text,${FORMAT_LOAD}` : 'items/text');
  const tables = document.body.tables;
  tables.load('items/values,items/nestingLevel');
  if (options.trackChanges) document.load('changeTrackingMode');
  const notes = document.body.footnotes;
  const editsFootnotes = plan.edits.some((e) => e.kind === 'appendFootnoteText');
  if (editsFootnotes) notes.load('items/body/text');
  const revisions = probeRevisions(document.body);
  await context.sync();

  const items = paragraphs.items;
  const topTables = tables.items.filter((t) => t.nestingLevel === 1);
  // With tracked changes pending (only then), one more sync reads the accepted text of the paragraphs the plan
  // relies on: the snapshot read them so, and an edit must not anchor in one of them.
  const reviewed = hasRevisions(revisions)
    ? queueReviewed(
        items,
        plan.expectations.map((e) => e.paragraph),
      )
    : new Map<number, Reviewed>();
  if (reviewed.size > 0) await context.sync();
  const texts = items.map((p, i) => acceptedText(p, reviewed.get(i)));
  verify(plan, texts, topTables);
  const guards = revisionGuards(plan, reviewed);
  // A note's text starts with its mark, U+0002 (office-js#6942): compared as the snapshot read it.
  const noteTexts = editsFootnotes ? notes.items.map((n) => noteText(n.body.text)) : [];
  if (editsFootnotes) verifyFootnotes(plan, noteTexts);
  if (plan.edits.length === 0) return { edits: 0 };

  const replacements = orderReplacements(plan.edits, texts, guards);
  const placements = placeRowInsertions(plan.edits, topTables);
  const before: DocumentState = { paragraphs: texts, tables: topTables.map((t) => t.values), footnotes: noteTexts };
  const previousMode = options.trackChanges ? document.changeTrackingMode : null;
  if (options.trackChanges) document.changeTrackingMode = 'TrackAll';
  const checks: InsertCheck[] = [];
  const moves = queueParagraphEdits(plan.edits, items, replacements, checks);
  queueTableEdits(plan.edits, topTables, placements);
  for (const edit of plan.edits) {
    if (edit.kind === 'appendFootnoteText') notes.items[edit.footnote - 1].body.insertText(edit.text, 'End');
  }
  if (previousMode !== null) document.changeTrackingMode = previousMode;
  let warnings: string[] = [];
  try {
    await context.sync();
    // New paragraphs that Word did not put in (or out of) their list or give their style are mended in one more
    // sync, only then; with a move, in the move's own sync.
    const fallbacks = checks.filter(needsFallback);
    if (fallbacks.length > 0 || moves.length > 0) {
      if (options.trackChanges) document.changeTrackingMode = 'TrackAll';
      const queued = queueFallbacks(fallbacks);
      if (moves.length > 0) completeMoves(moves, items);
      if (previousMode !== null) document.changeTrackingMode = previousMode;
      await context.sync();
      warnings = fallbackWarnings(queued);
    }
  } catch (error) {
    throw await partialEdit(context, error, before, previousMode, editsFootnotes);
  }
  return warnings.length > 0 ? { edits: plan.edits.length, warnings } : { edits: plan.edits.length };
}

type Move = Extract<Edit, { kind: 'moveParagraphs' }>;

interface QueuedMove {
  edit: Move;
  placeholder: WordParagraph;
  ooxml: WordClientResult<string>[];
}

/**
 * Third sync: each moved range's OOXML goes before its placeholder, in order; then placeholder and originals go.
 * Word merges the last paragraph of inserted OOXML into the paragraph at the insertion point, which keeps its own
 * properties (office-js#2914, #3222, #3149): the copy is given a trailing empty paragraph to be that one, so every
 * moved paragraph arrives whole and the placeholder, deleted next, holds nothing of them.
 */
function completeMoves(moves: QueuedMove[], items: WordParagraph[]): void {
  for (const { edit, placeholder, ooxml } of moves) {
    for (const copy of ooxml) placeholder.getRange('Whole').insertOoxml(withTrailingParagraph(copy.value), 'Before');
    placeholder.delete();
    for (const range of edit.ranges) for (let i = range.last; i >= range.first; i--) items[i].delete();
  }
}

/**
 * The package with an empty paragraph after the last block of its document body (before the body's w:sectPr).
 * Word writes the main namespace as "w:" in getOoxml; a package without a body end tag is passed on unchanged.
 */
export function withTrailingParagraph(ooxml: string): string {
  const bodyEnd = ooxml.lastIndexOf('</w:body>');
  const bodyStart = ooxml.indexOf('<w:body>');
  if (bodyEnd < 0 || bodyStart < 0) return ooxml;
  // The end of the body's last block: a paragraph (also written <w:p/>), a table or a block content control.
  let at = bodyStart + '<w:body>'.length;
  for (const m of ooxml.slice(0, bodyEnd).matchAll(/<\/w:(?:p|tbl|sdt)>|<w:p(?:\s[^>]*)?\/>/gu))
    at = Math.max(at, m.index + m[0].length);
  return `${ooxml.slice(0, at)}<w:p/>${ooxml.slice(at)}`;
}

/**
 * After a failed edit batch (Word keeps what ran before the failing command): one more sync restores the
 * user's track-changes mode and reads the document again, and the error says exactly what was applied.
 */
async function partialEdit(
  context: WordContext,
  error: unknown,
  before: DocumentState,
  previousMode: ChangeTrackingMode | null,
  withNotes: boolean,
): Promise<GatewayError> {
  const reason = error instanceof Error ? error.message : String(error);
  const { document } = context;
  if (previousMode !== null) document.changeTrackingMode = previousMode;
  const paragraphs = document.body.paragraphs;
  paragraphs.load('items/text');
  const tables = document.body.tables;
  tables.load('items/values,items/nestingLevel');
  const notes = document.body.footnotes;
  if (withNotes) notes.load('items/body/text');
  const revisions = probeRevisions(document.body);
  try {
    await context.sync();
  } catch {
    return new PartialEditError(
      `Word stopped part-way through the change (${reason}) and the document could not be read again: check it, and use Undo in Word to go back.`,
      [],
    );
  }
  // Tracked edits leave revisions: the body's accepted text, one line per paragraph, reads them as accepted.
  const raw = paragraphs.items.map((p) => p.text);
  const accepted = hasRevisions(revisions) ? revisions.current.value.replace(/[\r\n]+$/u, '').split(/\r\n?|\n/u) : raw;
  const after: DocumentState = {
    paragraphs: accepted.length === raw.length ? accepted : raw,
    tables: tables.items.filter((t) => t.nestingLevel === 1).map((t) => t.values),
    footnotes: withNotes ? notes.items.map((n) => noteText(n.body.text)) : [],
  };
  const applied = appliedChanges(before, after);
  const mode = previousMode !== null ? ` Track Changes is back to ${previousMode === 'Off' ? 'off' : 'on'}.` : '';
  const what =
    applied.length === 0
      ? 'Nothing was changed.'
      : `Applied before Word stopped: ${applied.join('; ')}. The rest was not; use Undo in Word to go back.`;
  return new PartialEditError(`Word stopped part-way through the change (${reason}). ${what}${mode}`, applied);
}

type Guard = (start: number, end: number) => boolean;

function revisedRefusal(paragraph: number): GatewayError {
  return new GatewayError(
    `Paragraph ${paragraph + 1} has tracked changes that are not accepted or rejected yet, and Word cannot be trusted to find the place to edit in it. Accept or reject them (Review tab) and try again. Nothing was changed.`,
  );
}

/**
 * For each paragraph with pending revisions that a text edit touches: which search windows would cross a revision
 * (#5874). One edit per such paragraph is anchored beside its revisions; more, or a paragraph too long to locate
 * them in, is refused.
 */
function revisionGuards(plan: EditPlan, reviewed: Map<number, Reviewed>): Map<number, Guard> {
  const guards = new Map<number, Guard>();
  for (const edit of plan.edits) {
    if (edit.kind !== 'replaceText') continue;
    const entry = reviewed.get(edit.paragraph);
    if (!entry || !isRevised(entry)) continue;
    const strip = (t: string) => t.replace(/[\r\n]+$/u, '');
    const guard = guards.has(edit.paragraph)
      ? null
      : revisionCrossing(strip(entry.original.value), strip(entry.current.value));
    if (!guard) throw revisedRefusal(edit.paragraph);
    guards.set(edit.paragraph, guard);
  }
  return guards;
}

function verify(plan: EditPlan, texts: string[], tables: WordTable[]): void {
  const mustMatch = new Map<number, string>();
  for (const e of plan.expectations) mustMatch.set(e.paragraph, e.text);
  for (const edit of plan.edits) {
    for (const index of paragraphsOf(edit)) {
      if (index < 0 || index >= texts.length) {
        throw new StalePlanError(
          `The document changed since it was read: paragraph ${index + 1} no longer exists. Nothing was changed; read the document again.`,
        );
      }
    }
    if (edit.kind === 'replaceText' && !mustMatch.has(edit.paragraph)) {
      throw new GatewayError(
        `Internal error: the plan edits paragraph ${edit.paragraph + 1} without saying what it expects there. Nothing was changed.`,
      );
    }
  }
  for (const [index, text] of mustMatch) {
    const actual = index < texts.length ? texts[index] : null;
    if (actual !== text) {
      throw new StalePlanError(
        `The document changed since it was read: paragraph ${index + 1} was ${quote(text)}${actual === null ? ' and is gone' : ` and now reads ${quote(actual)}`}. Nothing was changed; read the document again.`,
      );
    }
  }
  for (const edit of plan.edits) {
    // Replacing a range that holds a footnote or comment mark would delete the footnote or comment with it.
    if (edit.kind === 'replaceText' && OBJECT_MARK.test(edit.expected)) {
      throw new GatewayError(
        `Paragraph ${edit.paragraph + 1}: the change would remove a footnote or comment mark in ${quote(edit.expected)}. Nothing was changed.`,
      );
    }
    if (edit.kind === 'replaceText' && mustMatch.get(edit.paragraph)?.slice(edit.start, edit.end) !== edit.expected) {
      throw new GatewayError(
        `Internal error: the plan expects ${quote(edit.expected)} where paragraph ${edit.paragraph + 1} has other text. Nothing was changed.`,
      );
    }
  }
  for (const expectation of plan.tableExpectations) {
    const table = tables[expectation.table];
    if (!table || JSON.stringify(table.values) !== JSON.stringify(expectation.values)) {
      throw new StalePlanError(
        `The document changed since it was read: table ${expectation.table + 1} is not as it was. Nothing was changed; read the document again.`,
      );
    }
  }
  for (const edit of plan.edits) {
    if ('table' in edit && !tables[edit.table]) {
      throw new StalePlanError(
        `The document changed since it was read: table ${edit.table + 1} no longer exists. Nothing was changed.`,
      );
    }
    // Word has no transactions: every row an edit names must exist now, or a failure in the second sync could
    // leave part of the plan applied.
    if (edit.kind === 'insertRows' && !tables[edit.table].values[edit.row]) {
      throw new StalePlanError(
        `The document changed since it was read: table ${edit.table + 1} has no row ${edit.row + 1}. Nothing was changed.`,
      );
    }
    if (
      edit.kind === 'deleteRows' &&
      (edit.first < 0 || edit.last < edit.first || edit.last >= tables[edit.table].values.length)
    ) {
      throw new StalePlanError(
        `The document changed since it was read: table ${edit.table + 1} has no rows ${edit.first + 1}–${edit.last + 1}. Nothing was changed.`,
      );
    }
    if (edit.kind === 'setCell') {
      const actual = tables[edit.table].values[edit.row]?.[edit.cell];
      if (actual !== edit.expected) {
        throw new StalePlanError(
          `The document changed since it was read: a cell of table ${edit.table + 1} reads ${quote(actual ?? '')}, not ${quote(edit.expected)}. Nothing was changed.`,
        );
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
    case 'moveParagraphs':
      return [
        edit.anchor,
        ...edit.ranges.flatMap((r) =>
          r.last < r.first || (edit.anchor >= r.first && edit.anchor <= r.last) ? [-1] : [r.first, r.last],
        ),
      ];
    default:
      return [];
  }
}

type Replacement = Extract<Edit, { kind: 'replaceText' }>;

/** A replacement as it runs: the paragraph's text then, and the windows to avoid (pending revisions). */
interface Step {
  edit: Replacement;
  text: string;
  avoid?: Guard;
}

/**
 * The text replacements in the order they run: per paragraph from its end to its start, each with the paragraph's
 * text as it will stand then. Every place is checked to be addressable before anything is queued, so a refusal
 * leaves nothing half-queued.
 */
function orderReplacements(edits: Edit[], texts: string[], guards: Map<number, Guard>): Step[] {
  const byParagraph = new Map<number, Replacement[]>();
  for (const e of edits)
    if (e.kind === 'replaceText') byParagraph.set(e.paragraph, [...(byParagraph.get(e.paragraph) ?? []), e]);
  const steps: Step[] = [];
  for (const [index, list] of byParagraph) {
    let text = texts[index];
    const avoid = guards.get(index);
    for (const edit of [...list].sort((a, b) => b.start - a.start)) {
      if (!anchorAt(text, edit.start, avoid) || !anchorAt(text, edit.end, avoid)) {
        if (avoid) throw revisedRefusal(index);
        throw new GatewayError(
          `Paragraph ${index + 1} repeats the same text too often for Word to find the place to edit (${quote(text)}). Nothing was changed.`,
        );
      }
      steps.push({ edit, text, avoid });
      text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    }
  }
  return steps;
}

function queueParagraphEdits(
  edits: Edit[],
  items: WordParagraph[],
  replacements: Step[],
  checks: InsertCheck[],
): QueuedMove[] {
  for (const { edit, text, avoid } of replacements) {
    const target = rangeBetween(items[edit.paragraph], text, edit.start, edit.end, avoid);
    // orderReplacements has checked that every place can be addressed.
    if (target) insertRuns(target, edit.text, edit.runs);
  }
  const moves: QueuedMove[] = [];
  for (const edit of edits) {
    if (edit.kind === 'moveParagraphs') {
      // After the replacements: the copies hold them. The placeholder keeps the move's place among the inserts.
      const ooxml = edit.ranges.map((r) =>
        items[r.first].getRange('Whole').expandTo(items[r.last].getRange('Whole')).getOoxml(),
      );
      moves.push({ edit, ooxml, placeholder: items[edit.anchor].insertParagraph('', edit.position) });
    }
    if (edit.kind === 'insertParagraphs') insertParagraphs(items, edit, checks);
    if (edit.kind === 'insertTable') insertTable(items[edit.anchor], edit);
  }
  for (const edit of edits) {
    if (edit.kind === 'deleteParagraphs') for (let i = edit.last; i >= edit.first; i--) items[i].delete();
  }
  return moves;
}

/**
 * A new table after the anchor, queued in the same batch. A cell's first line goes in with the values; each further
 * line is another paragraph of the cell (`body.insertParagraph(…, 'End')`, WordApi 1.1), so no "\n" is left to
 * Word's values. Borders are WordApi 1.3: `rules` is no grid but a rule above and below and under a one-row
 * header; `'masthead'` a rule under every row, the last 1.5 pt as under a UN masthead.
 */
function insertTable(anchor: WordParagraph, edit: Extract<Edit, { kind: 'insertTable' }>): void {
  const columns = Math.max(1, ...edit.rows.map((r) => r.length));
  const lines = edit.rows.map((r) => Array.from({ length: columns }, (_, i) => (r[i] ?? '').split('\n')));
  const table = anchor.insertTable(
    lines.length,
    columns,
    'After',
    lines.map((row) => row.map((cell) => cell[0])),
  );
  lines.forEach((row, r) =>
    row.forEach((cell, c) => {
      for (const line of cell.slice(1)) table.getCell(r, c).body.insertParagraph(line, 'End');
    }),
  );
  if (edit.headerRows > 0) table.headerRowCount = edit.headerRows;
  if (!edit.rules) return;
  table.getBorder('All').type = 'None';
  if (edit.rules === 'masthead') {
    table.getBorder('InsideHorizontal').type = 'Single';
    const bottom = table.getBorder('Bottom');
    bottom.type = 'Single';
    bottom.width = 1.5;
    return;
  }
  table.getBorder('Top').type = 'Single';
  table.getBorder('Bottom').type = 'Single';
  if (edit.headerRows === 1) table.rows.getFirst().getBorder('Bottom').type = 'Single';
}

/** Replaces a range by text, or by runs one after the other, each with its italics when the run sets them. */
function insertRuns(target: WordRange, text: string, runs: TextRun[] | undefined): void {
  if (!runs || runs.length === 0 || runs.every((run) => run.italic === undefined)) {
    target.insertText(text, 'Replace');
    return;
  }
  let at: WordRange | null = null;
  for (const run of runs) {
    at = at === null ? target.insertText(run.text, 'Replace') : at.insertText(run.text, 'After');
    if (run.italic !== undefined) at.font.italic = run.italic;
  }
}

/** An inserted paragraph with what it must be, and its state read back in the edit sync. */
interface InsertCheck {
  inserted: WordParagraph;
  spec: NewParagraph;
  anchor: WordParagraph;
}

/**
 * Inserts the paragraphs and queues, in the same batch, the read-back that checks what Word leaves undocumented:
 * that a paragraph inserted next to a list item joins its list, and that styleBuiltIn applies to a new paragraph
 * (office-js#1656). The anchor's list is read before the first insert, for attachToList in the fallback.
 */
function insertParagraphs(
  items: WordParagraph[],
  { anchor: at, position, paragraphs }: Extract<Edit, { kind: 'insertParagraphs' }>,
  checks: InsertCheck[],
): void {
  const anchor = items[at];
  anchor.load('isListItem');
  anchor.listItemOrNullObject.load('level');
  anchor.listOrNullObject.load('isNullObject,id');
  let previous = anchor;
  let first = true;
  for (const spec of paragraphs) {
    // The page break ends the paragraph before (Microsoft's own sample breaks a page with
    // Paragraph.insertBreak('Page', 'After'); a list paragraph would pass it on to the next, office-js#2792).
    if (spec.pageBreakBefore && (!first || position === 'After')) previous.insertBreak('Page', 'After');
    first = false;
    const inserted =
      position === 'Before'
        ? anchor.insertParagraph(spec.text, 'Before')
        : previous.insertParagraph(spec.text, 'After');
    if (spec.style) {
      if (spec.style.builtIn && spec.style.builtIn !== 'Other') inserted.styleBuiltIn = spec.style.builtIn;
      else inserted.style = spec.style.name;
    }
    if (spec.formatOf !== undefined) copyFormat(items[spec.formatOf], inserted);
    // detachFromList leaves a paragraph that is no list item as it is; setting the level of a null list item
    // changes nothing. Either way the read-back below tells, and queueFallbacks mends it.
    if (spec.listLevel === null) inserted.detachFromList();
    else if (spec.listLevel !== undefined) inserted.listItemOrNullObject.level = spec.listLevel;
    inserted.load('isListItem,style,styleBuiltIn');
    inserted.listItemOrNullObject.load('level');
    checks.push({ inserted, spec, anchor });
    previous = inserted;
  }
}

/** The paragraph format a new paragraph can copy (Word.Paragraph, WordApi 1.1; indents in points). */
const FORMAT_LOAD = 'items/leftIndent,items/firstLineIndent,items/alignment';

function copiesFormat(plan: EditPlan): boolean {
  return plan.edits.some((e) => e.kind === 'insertParagraphs' && e.paragraphs.some((p) => p.formatOf !== undefined));
}

/** After the style: the model's indents, and its alignment unless Word reports none ('Mixed', 'Unknown'). */
function copyFormat(model: WordParagraph | undefined, inserted: WordParagraph): void {
  if (!model) return;
  inserted.leftIndent = model.leftIndent;
  inserted.firstLineIndent = model.firstLineIndent;
  if (model.alignment !== 'Mixed' && model.alignment !== 'Unknown') inserted.alignment = model.alignment;
}

/** The list state a new paragraph must have: none, or a level of the anchor's list (null: nothing to check). */
function wantedList(check: InsertCheck): { listId: number; level: number } | 'none' | null {
  const { spec, anchor } = check;
  if (spec.listLevel === null) return 'none';
  if (!anchor.isListItem || anchor.listOrNullObject.isNullObject) return null;
  const level = spec.listLevel ?? anchor.listItemOrNullObject.level;
  return { listId: anchor.listOrNullObject.id, level };
}

interface Fallback {
  check: InsertCheck;
  what: 'list' | 'unlist' | 'style';
}

type Mend = Fallback['what'];

/** What a new paragraph needs mending, as read back in the edit sync. */
function mendsOf(check: InsertCheck): Mend[] {
  const { inserted, spec } = check;
  const mends: Mend[] = [];
  const want = wantedList(check);
  if (want === 'none' && inserted.isListItem) mends.push('unlist');
  if (want !== null && want !== 'none' && (!inserted.isListItem || inserted.listItemOrNullObject.level !== want.level))
    mends.push('list');
  const style = spec.style;
  if (style && style.builtIn !== 'Other' && inserted.styleBuiltIn !== style.builtIn && inserted.style !== style.name)
    mends.push('style');
  return mends;
}

function needsFallback(check: InsertCheck): boolean {
  return mendsOf(check).length > 0;
}

/** Queues the fallback for each new paragraph that Word did not leave as the plan wants it, with a read-back. */
function queueFallbacks(checks: InsertCheck[]): Fallback[] {
  const queued: Fallback[] = [];
  for (const check of checks) {
    const { inserted, spec } = check;
    const want = wantedList(check);
    for (const what of mendsOf(check)) {
      if (what === 'unlist') inserted.detachFromList();
      if (what === 'list' && want !== null && want !== 'none') {
        // attachToList does not copy the level's indentation (office-js#6524); the level's numbering is right.
        if (!inserted.isListItem) inserted.attachToList(want.listId, want.level);
        else inserted.listItemOrNullObject.level = want.level;
      }
      // styleBuiltIn did not apply (office-js#1656): the style's name as this document's Word shows it.
      if (what === 'style' && spec.style) inserted.style = spec.style.name;
      queued.push({ check, what });
    }
  }
  for (const { check } of queued) check.inserted.load('isListItem,style,styleBuiltIn');
  return queued;
}

/** After the fallback's sync: what is still not as the plan wants it, one warning per paragraph. */
function fallbackWarnings(queued: Fallback[]): string[] {
  const warnings: string[] = [];
  for (const { check, what } of queued) {
    const { inserted, spec } = check;
    const quoted = quote(spec.text.length > 60 ? `${spec.text.slice(0, 59)}…` : spec.text);
    const want = wantedList(check);
    if (what === 'unlist' && inserted.isListItem)
      warnings.push(`The new paragraph ${quoted} is numbered in Word although it should not be: remove its number.`);
    // After attachToList only isListItem is read: the paragraph's list item proxy was taken when it was none.
    if (what === 'list' && want !== null && want !== 'none' && !inserted.isListItem)
      warnings.push(`Word did not number the new paragraph ${quoted} with its list: check its numbering.`);
    if (
      what === 'style' &&
      spec.style &&
      inserted.style !== spec.style.name &&
      inserted.styleBuiltIn !== spec.style.builtIn
    )
      warnings.push(
        `Word kept the style “${inserted.style}” for the new paragraph ${quoted} (wanted “${spec.style.name}”).`,
      );
  }
  return warnings;
}

type TableEdit = Extract<Edit, { kind: 'setCell' | 'insertRows' | 'deleteRows' | 'deleteTable' }>;

type RowInsertion = Extract<Edit, { kind: 'insertRows' }>;

/** Where Word inserts an edit's rows: beside a row with enough cells, and the width the values take. */
interface Placement {
  row: number;
  position: 'Before' | 'After';
  width: number;
}

/**
 * Word's insertRows takes no more values per row than the row it inserts beside has cells (TableRow.insertRows
 * docs). New rows after row r may as well go before row r + 1 (and before r after r − 1): the one of the two
 * that is wide enough is taken, else the plan is refused before anything is written.
 */
function placeRowInsertions(edits: Edit[], tables: WordTable[]): Map<RowInsertion, Placement> {
  const placements = new Map<RowInsertion, Placement>();
  const deleted = (table: number, row: number) =>
    edits.some((e) => e.kind === 'deleteRows' && e.table === table && e.first <= row && row <= e.last);
  for (const edit of edits) {
    if (edit.kind !== 'insertRows') continue;
    const values = tables[edit.table].values;
    const needed = Math.max(
      1,
      ...edit.rows.map((cells) => {
        let last = cells.length;
        while (last > 0 && plain(cells[last - 1]) === '') last--;
        return last;
      }),
    );
    const other =
      edit.position === 'After'
        ? { row: edit.row + 1, position: 'Before' as const }
        : { row: edit.row - 1, position: 'After' as const };
    const candidates = [{ row: edit.row, position: edit.position }];
    if (values[other.row] && !deleted(edit.table, other.row)) candidates.push(other);
    const fit = candidates.find((c) => (values[c.row]?.length ?? 0) >= needed);
    if (!fit) {
      throw new GatewayError(
        `Table ${edit.table + 1}: the new row needs ${needed} cells, but the rows beside row ${edit.row + 1} have fewer, and Word does not insert a row wider than the one it copies. Nothing was changed.`,
      );
    }
    placements.set(edit, { ...fit, width: values[fit.row].length });
  }
  return placements;
}

function queueTableEdits(edits: Edit[], tables: WordTable[], placements: Map<RowInsertion, Placement>): void {
  const tableEdits = edits.filter(
    (e): e is TableEdit =>
      e.kind === 'setCell' || e.kind === 'insertRows' || e.kind === 'deleteRows' || e.kind === 'deleteTable',
  );
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
        // placeRowInsertions has placed every insertion beside a row wide enough for it.
        const place = placements.get(edit) ?? { row: edit.row, position: edit.position, width: 1 };
        const values = edit.rows.map((cells) => Array.from({ length: place.width }, (_, i) => plain(cells[i] ?? [])));
        table.getCell(place.row, 0).parentRow.insertRows(place.position, values.length, values);
        const firstNew = edit.position === 'After' ? edit.row + 1 : edit.row;
        edit.rows.forEach((cells, r) =>
          cells.forEach((runs, c) => {
            if (runs.some((run) => run.italic !== undefined)) writeCell(table, firstNew + r, c, runs);
          }),
        );
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

/** A cell's text as runs: plain text goes in as the cell's value; runs that set italics are appended one by one. */
function writeCell(table: WordTable, row: number, cell: number, runs: TextRun[]): void {
  const target = table.getCell(row, cell);
  if (runs.every((r) => r.italic === undefined)) {
    target.value = plain(runs);
    return;
  }
  target.value = '';
  for (const run of runs) target.body.insertText(run.text, 'End').font.italic = Boolean(run.italic);
}
