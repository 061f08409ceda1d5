/**
 * Helpers for building and combining EditPlans: one-edit plans with their expectations, and merging many small
 * plans (e.g. the fixes of several findings) into one that the gateway can apply in a single pass.
 */
import type { Snapshot } from './snapshot';
import { emptySummary } from './plan';
import type { Edit, EditPlan, Expectation, TableExpectation, TextRun } from './plan';

/** A plan that replaces characters [start, end) of one paragraph (body or table cell), keeping run formatting. */
export function replaceTextPlan(
  snapshot: Snapshot,
  paragraph: number,
  start: number,
  end: number,
  text: string,
  description: string,
): EditPlan {
  const current = snapshot.paragraphs[paragraph].text;
  return {
    description,
    edits: [{ kind: 'replaceText', paragraph, start, end, expected: current.slice(start, end), text }],
    expectations: [{ paragraph, text: current }],
    tableExpectations: [],
    warnings: [],
    summary: { ...emptySummary(), paragraphsChanged: 1 },
  };
}

/**
 * A plan that rewrites one table cell as runs (the way to get an italic run in). Its expectations name the cell's
 * paragraphs, which `mergePlans` reads as "this plan rewrites those paragraphs whole".
 */
export function setCellPlan(
  snapshot: Snapshot,
  table: number,
  row: number,
  cell: number,
  runs: TextRun[],
  description: string,
): EditPlan {
  const values = snapshot.tables[table].values;
  const paragraphs = snapshot.paragraphs.filter(
    (p) => p.cell?.table === table && p.cell.row === row && p.cell.cell === cell,
  );
  return {
    description,
    edits: [{ kind: 'setCell', table, row, cell, expected: values[row]?.[cell] ?? '', runs }],
    expectations: paragraphs.map((p) => ({ paragraph: p.index, text: p.text })),
    tableExpectations: [{ table, values: values.map((r) => [...r]) }],
    warnings: [],
    summary: { ...emptySummary(), rowsChanged: 1 },
  };
}

/** What part of the document an edit touches: characters of a paragraph, whole paragraphs, or a table region. */
type Claim =
  | { kind: 'chars'; paragraph: number; start: number; end: number }
  | { kind: 'paragraphs'; first: number; last: number }
  | { kind: 'cell'; table: number; row: number; cell: number }
  | { kind: 'rows'; table: number; first: number; last: number }
  | { kind: 'footnote'; footnote: number }
  | { kind: 'header' };

function claimsOf(plan: EditPlan): Claim[] {
  const claims: Claim[] = [];
  const rewritesCells = plan.edits.some((e) => e.kind === 'setCell');
  for (const edit of plan.edits) claims.push(...claimsOfEdit(edit));
  // A cell rewrite replaces the text of the cell's paragraphs: character edits there would be lost.
  if (rewritesCells)
    for (const e of plan.expectations) claims.push({ kind: 'paragraphs', first: e.paragraph, last: e.paragraph });
  return claims;
}

function claimsOfEdit(edit: Edit): Claim[] {
  switch (edit.kind) {
    case 'replaceText':
      return [{ kind: 'chars', paragraph: edit.paragraph, start: edit.start, end: edit.end }];
    case 'insertParagraphs':
    case 'insertTable':
      return [{ kind: 'paragraphs', first: edit.anchor, last: edit.anchor }];
    case 'moveParagraphs':
      return [
        { kind: 'paragraphs', first: edit.anchor, last: edit.anchor },
        ...edit.ranges.map((r): Claim => ({ kind: 'paragraphs', first: r.first, last: r.last })),
      ];
    case 'deleteParagraphs':
      return [{ kind: 'paragraphs', first: edit.first, last: edit.last }];
    case 'setCell':
      return [{ kind: 'cell', table: edit.table, row: edit.row, cell: edit.cell }];
    case 'insertRows':
      return [{ kind: 'rows', table: edit.table, first: edit.row, last: edit.row }];
    case 'deleteRows':
      return [{ kind: 'rows', table: edit.table, first: edit.first, last: edit.last }];
    case 'deleteTable':
      return [{ kind: 'rows', table: edit.table, first: 0, last: Number.MAX_SAFE_INTEGER }];
    case 'appendFootnoteText':
      return [{ kind: 'footnote', footnote: edit.footnote }];
    case 'setHeader':
      return [{ kind: 'header' }];
  }
}

function tableRange(c: Claim): { table: number; first: number; last: number } | null {
  if (c.kind === 'cell') return { table: c.table, first: c.row, last: c.row };
  if (c.kind === 'rows') return c;
  return null;
}

function paragraphRange(c: Claim): [number, number] | null {
  if (c.kind === 'chars') return [c.paragraph, c.paragraph];
  if (c.kind === 'paragraphs') return [c.first, c.last];
  return null;
}

/** Two claims collide when they touch the same characters, paragraph or table rows. */
function collide(a: Claim, b: Claim): boolean {
  if (a.kind === 'header' || b.kind === 'header') return a.kind === b.kind;
  if (a.kind === 'footnote' || b.kind === 'footnote')
    return a.kind === 'footnote' && b.kind === 'footnote' && a.footnote === b.footnote;
  if (a.kind === 'chars' && b.kind === 'chars') {
    if (a.paragraph !== b.paragraph) return false;
    // Two insertions at one point would leave their order to chance; touching ranges are fine.
    if (a.start === b.start) return true;
    return a.start < b.end && b.start < a.end;
  }
  const ta = tableRange(a);
  const tb = tableRange(b);
  if (ta || tb) {
    if (!ta || !tb || ta.table !== tb.table || ta.first > tb.last || tb.first > ta.last) return false;
    // Two single cells of one row are independent; anything else on the same rows is not.
    return !(a.kind === 'cell' && b.kind === 'cell' && a.cell !== b.cell);
  }
  const ra = paragraphRange(a);
  const rb = paragraphRange(b);
  return ra !== null && rb !== null && ra[0] <= rb[1] && rb[0] <= ra[1];
}

function plansCollide(a: Claim[], b: Claim[]): boolean {
  return a.some((x) => b.some((y) => collide(x, y)));
}

function editOrder(edit: Edit): [number, number, number] {
  switch (edit.kind) {
    case 'replaceText':
      return [0, edit.paragraph, edit.start];
    case 'insertParagraphs':
    case 'insertTable':
    case 'moveParagraphs':
      return [0, edit.anchor, Number.MAX_SAFE_INTEGER];
    case 'deleteParagraphs':
      return [0, edit.first, -1];
    case 'setCell':
      return [1 + edit.table, edit.row, edit.cell];
    case 'insertRows':
      return [1 + edit.table, edit.row, -1];
    case 'deleteRows':
      return [1 + edit.table, edit.first, -2];
    case 'deleteTable':
      return [1 + edit.table, -1, -3];
    case 'appendFootnoteText':
      return [Number.MAX_SAFE_INTEGER, edit.footnote, 0];
    case 'setHeader':
      return [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 0];
  }
}

function compareEdits(a: Edit, b: Edit): number {
  const [a0, a1, a2] = editOrder(a);
  const [b0, b1, b2] = editOrder(b);
  return a0 - b0 || a1 - b1 || a2 - b2;
}

export interface MergeResult {
  plan: EditPlan;
  /** Indices (into the input) of plans left out because they touch what an earlier plan already changes. */
  skipped: number[];
}

/**
 * Merges plans made against one snapshot into one plan. Each plan is taken whole or not at all: a plan that
 * collides with one taken before it is skipped (run the checks again after applying to get the rest). Edits are
 * sorted in document order; expectations are united (they agree, coming from one snapshot).
 */
export function mergePlans(plans: EditPlan[], description: string): MergeResult {
  const taken: { plan: EditPlan; claims: Claim[] }[] = [];
  const skipped: number[] = [];
  plans.forEach((plan, index) => {
    const claims = claimsOf(plan);
    if (taken.some((t) => plansCollide(t.claims, claims))) skipped.push(index);
    else taken.push({ plan, claims });
  });
  const expectations = new Map<number, Expectation>();
  const tableExpectations = new Map<number, TableExpectation>();
  const summary = emptySummary();
  for (const { plan } of taken) {
    for (const e of plan.expectations) expectations.set(e.paragraph, e);
    for (const t of plan.tableExpectations) tableExpectations.set(t.table, t);
    for (const key of Object.keys(summary) as (keyof typeof summary)[])
      summary[key] = (summary[key] ?? 0) + (plan.summary[key] ?? 0);
  }
  return {
    plan: {
      description,
      edits: taken.flatMap((t) => t.plan.edits).sort(compareEdits),
      expectations: [...expectations.values()].sort((a, b) => a.paragraph - b.paragraph),
      tableExpectations: [...tableExpectations.values()].sort((a, b) => a.table - b.table),
      warnings: taken.flatMap((t) => t.plan.warnings),
      summary,
    },
    skipped,
  };
}
