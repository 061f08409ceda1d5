/**
 * Variants of the CTOC sample with one defect each, as testers will make them: change the text (or style) of the
 * paragraph or table cell that holds some text, then parse and check. Also: apply a fix plan to a snapshot (the
 * text edits only), so that a test can check the fixed text and that the finding is gone after the fix.
 */
import { runChecks } from '../../../src/engine/checks';
import type { CheckSettings, Finding } from '../../../src/engine/checks/types';
import type { Agenda } from '../../../src/engine/model';
import { parseAgenda } from '../../../src/engine/parse';
import type { EditPlan } from '../../../src/engine/plan';
import type { Snapshot } from '../../../src/engine/snapshot';
import { ctocSnapshot } from '../../fixtures/ctocSnapshot';

export type Change = TextChange | CellChange;

/** The whole text of a one-paragraph table cell: [table, row, cell]. */
export interface CellChange {
  cell: [number, number, number];
  text: string;
}

export interface TextChange {
  /** Text to find (the `nth` paragraph that contains it, 0-based). */
  find: string;
  /** Replacement for `find` (only that occurrence inside the paragraph). */
  with?: string;
  nth?: number;
  /** Only paragraphs of this style are searched ("Heading 3" for annotation headings). */
  in?: string;
  /** New style name for the paragraph (built-in name derived for "Heading N" and "Normal"). */
  style?: string;
}

function clone(snapshot: Snapshot): Snapshot {
  return JSON.parse(JSON.stringify(snapshot)) as Snapshot;
}

/** Keeps `tables[].values` in step with the cell paragraphs, as the gateway reports them. */
function syncCell(snapshot: Snapshot, index: number): void {
  const cell = snapshot.paragraphs[index].cell;
  if (!cell) return;
  const texts = snapshot.paragraphs
    .filter((p) => p.cell?.table === cell.table && p.cell.row === cell.row && p.cell.cell === cell.cell)
    .map((p) => p.text);
  snapshot.tables[cell.table].values[cell.row][cell.cell] = texts.join('\n');
}

export function change(base: Snapshot, ...changes: Change[]): Snapshot {
  const snapshot = clone(base);
  for (const c of changes) {
    if ('cell' in c) {
      const [table, row, cell] = c.cell;
      const para = snapshot.paragraphs.find(
        (p) => p.cell?.table === table && p.cell.row === row && p.cell.cell === cell,
      );
      if (!para) throw new Error(`variant: no cell ${c.cell.join(':')}`);
      para.text = c.text;
      syncCell(snapshot, para.index);
      continue;
    }
    const matches = snapshot.paragraphs.filter(
      (p) => p.text.includes(c.find) && (c.in === undefined || p.style === c.in),
    );
    const para = matches[c.nth ?? 0];
    if (!para) throw new Error(`variant: no paragraph ${c.nth ?? 0} contains "${c.find}"`);
    if (c.with !== undefined) para.text = para.text.replace(c.find, c.with);
    if (c.style !== undefined) {
      para.style = c.style;
      para.styleBuiltIn = /^Heading \d$/u.test(c.style)
        ? c.style.replace(' ', '')
        : c.style === 'Normal'
          ? 'Normal'
          : 'Other';
    }
    syncCell(snapshot, para.index);
  }
  return snapshot;
}

/** A change of the CTOC annex table (table 1): row 2 is "10 a.m.–1 p.m. | 1 (a) | Opening of the meeting". */
export function annex(row: number, cell: number, text: string): CellChange {
  return { cell: [1, row, cell], text };
}

/** The CTOC sample with changes applied. */
export function sample(...changes: Change[]): Snapshot {
  return change(ctocSnapshot(), ...changes);
}

export function check(snapshot: Snapshot, rule: string, settings?: Partial<CheckSettings>): Finding[] {
  return runChecks(snapshot, parseAgenda(snapshot), settings).filter((f) => f.rule === rule);
}

export function checkAgenda(
  snapshot: Snapshot,
  agenda: Agenda,
  rule: string,
  settings?: Partial<CheckSettings>,
): Finding[] {
  return runChecks(snapshot, agenda, settings).filter((f) => f.rule === rule);
}

/**
 * The snapshot after `plan`, for text edits (replaceText, setCell): checks each edit's expected text first, as
 * the gateway does, and applies replacements in one paragraph from the last to the first.
 */
export function applyTextPlan(base: Snapshot, plan: EditPlan): Snapshot {
  const snapshot = clone(base);
  for (const e of plan.expectations) {
    if (snapshot.paragraphs[e.paragraph].text !== e.text)
      throw new Error(`stale expectation on paragraph ${e.paragraph}`);
  }
  const edits = [...plan.edits].sort(
    (a, b) => (b.kind === 'replaceText' ? b.start : 0) - (a.kind === 'replaceText' ? a.start : 0),
  );
  for (const edit of edits) {
    if (edit.kind === 'replaceText') {
      const para = snapshot.paragraphs[edit.paragraph];
      if (para.text.slice(edit.start, edit.end) !== edit.expected)
        throw new Error(`replaceText expects "${edit.expected}"`);
      para.text = para.text.slice(0, edit.start) + edit.text + para.text.slice(edit.end);
      syncCell(snapshot, para.index);
    } else if (edit.kind === 'setCell') {
      const values = snapshot.tables[edit.table].values;
      if (values[edit.row][edit.cell] !== edit.expected) throw new Error(`setCell expects "${edit.expected}"`);
      const text = edit.runs.map((r) => r.text).join('');
      values[edit.row][edit.cell] = text;
      const para = snapshot.paragraphs.find(
        (p) => p.cell?.table === edit.table && p.cell.row === edit.row && p.cell.cell === edit.cell,
      );
      if (para) para.text = text;
    } else {
      throw new Error(`applyTextPlan: ${edit.kind} is not a text edit`);
    }
  }
  return snapshot;
}
