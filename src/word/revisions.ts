/**
 * Pending tracked changes, read as their accepted text (Paragraph/Body.getReviewedText, WordApi 1.4).
 * Word on the web reports tracked deletions in Paragraph.text (office-js#1267, #5286) and Word on the Mac does
 * not match a search across one (#5874), so the gateway reads a paragraph with revisions by its 'Current' text
 * and never anchors an edit in it. One body-level probe in the first sync tells whether any paragraph needs it.
 */
import type { WordBody, WordClientResult, WordParagraph } from './api';
import { lcsTable } from './lcs';

export interface Reviewed {
  original: WordClientResult<string>;
  current: WordClientResult<string>;
}

function reviewed(target: WordBody | WordParagraph): Reviewed {
  return { original: target.getReviewedText('Original'), current: target.getReviewedText('Current') };
}

/** Queues the body-level probe; after the sync, `hasRevisions` tells whether anything is pending. */
export function probeRevisions(body: WordBody): Reviewed {
  return reviewed(body);
}

export function hasRevisions(probe: Reviewed): boolean {
  return probe.original.value !== probe.current.value;
}

/** Queues the reviewed texts of the given paragraphs (by index); the others are left out. */
export function queueReviewed(items: WordParagraph[], indexes: Iterable<number>): Map<number, Reviewed> {
  const out = new Map<number, Reviewed>();
  for (const i of indexes) if (items[i]) out.set(i, reviewed(items[i]));
  return out;
}

/** Whether a paragraph has pending revisions (its text with them rejected differs from accepted). */
export function isRevised(entry: Reviewed | undefined): boolean {
  return entry !== undefined && entry.original.value !== entry.current.value;
}

/** A paragraph's text with its revisions accepted: its 'Current' reviewed text, without a paragraph mark. */
export function acceptedText(paragraph: WordParagraph, entry: Reviewed | undefined): string {
  return isRevised(entry) && entry ? entry.current.value.replace(/[\r\n]+$/u, '') : paragraph.text;
}

/** Above this many character pairs a paragraph's revisions are not located: no edit is anchored in it. */
const MAX_DIFF = 4_000_000;

/**
 * Where a paragraph's pending revisions sit in its accepted text, from its rejected ('Original') and accepted
 * ('Current') texts: `crosses(start, end)` tells whether a search window [start, end) of the accepted text would
 * contain inserted text or span a place where text was deleted — a window Word may not match (#5874). Null when
 * the paragraph is too long to locate them.
 */
export function revisionCrossing(original: string, current: string): ((start: number, end: number) => boolean) | null {
  const n = original.length;
  const m = current.length;
  if (n * m > MAX_DIFF) return null;
  // Longest common subsequence, then walk it: current characters outside it are inserted; original characters
  // outside it were deleted before the current position reached.
  const table = lcsTable(original, current);
  const inserted = new Uint8Array(m);
  const deletedAt = new Uint8Array(m + 1);
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && original[i] === current[j]) {
      i++;
      j++;
    } else if (j < m && (i === n || table[i][j + 1] >= table[i + 1][j])) {
      inserted[j++] = 1;
    } else {
      deletedAt[j] = 1;
      i++;
    }
  }
  return (start, end) => {
    for (let k = start; k < end; k++) if (inserted[k]) return true;
    for (let k = start + 1; k < end; k++) if (deletedAt[k]) return true;
    return false;
  };
}
