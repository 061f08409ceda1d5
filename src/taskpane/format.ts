/** Short texts the panels show about plans and agenda entries. */
import type { PlanSummary } from '../engine/plan';

/** "2 paragraphs changed, 1 inserted, 3 annex rows, 1 reference updated", or "No change to the document". */
export function summaryText(summary: PlanSummary): string {
  const parts: string[] = [];
  if (summary.paragraphsChanged) parts.push(count(summary.paragraphsChanged, 'paragraph') + ' changed');
  if (summary.paragraphsInserted) parts.push(count(summary.paragraphsInserted, 'paragraph') + ' inserted');
  if (summary.paragraphsDeleted) parts.push(count(summary.paragraphsDeleted, 'paragraph') + ' deleted');
  if (summary.paragraphsMoved) parts.push(count(summary.paragraphsMoved, 'paragraph') + ' moved');
  if (summary.rowsChanged) parts.push(count(summary.rowsChanged, 'table row') + ' changed');
  if (summary.referencesUpdated) parts.push(count(summary.referencesUpdated, 'reference') + ' updated');
  return parts.length ? parts.join(', ') : 'No change to the document';
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Sub-item letters: a … z, then aa, ab … (as far as any agenda goes). */
export function letterAt(index: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz';
  return index < 26 ? alphabet[index] : letterAt(Math.floor(index / 26) - 1) + alphabet[index % 26];
}

/** Ends a one-line text with exactly one full stop (descriptions may or may not carry their own). */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
