/**
 * Pending tracked changes, read as their accepted text (Paragraph/Body.getReviewedText, WordApi 1.4).
 * Word on the web reports tracked deletions in Paragraph.text (office-js#1267, #5286) and Word on the Mac does
 * not match a search across one (#5874), so the gateway reads a paragraph with revisions by its 'Current' text
 * and never anchors an edit in it. One body-level probe in the first sync tells whether any paragraph needs it.
 */
import type { WordBody, WordClientResult, WordParagraph } from './api';

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
