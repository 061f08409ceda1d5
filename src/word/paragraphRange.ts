/**
 * Ranges inside a paragraph by character offsets, built from search anchors (see searchAnchor.ts) so that
 * they can be queued without a sync.
 */
import type { WordParagraph, WordRange } from './api';
import { anchorAt, encodeSearchText, type Anchor } from './searchAnchor';

/** A collapsed range at an anchor. */
export function rangeAt(paragraph: WordParagraph, anchor: Anchor): WordRange {
  if (anchor.kind === 'paragraphStart') return paragraph.getRange('Start');
  const match = paragraph.search(encodeSearchText(anchor.window), { matchCase: true }).getFirst();
  return match.getRange(anchor.kind === 'endOf' ? 'End' : 'Start');
}

/** The range [start, end) of a paragraph whose current text is `text`, or null when it cannot be addressed. */
export function rangeBetween(
  paragraph: WordParagraph,
  text: string,
  start: number,
  end: number,
  avoid?: (start: number, end: number) => boolean,
): WordRange | null {
  const from = anchorAt(text, start, avoid);
  const to = end === start ? from : anchorAt(text, end, avoid);
  if (!from || !to) return null;
  const startRange = rangeAt(paragraph, from);
  return end === start ? startRange : startRange.expandTo(rangeAt(paragraph, to));
}
