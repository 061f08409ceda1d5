/**
 * Addressing a character offset inside a paragraph with the Word API, which has no "range at offset":
 * we search for a short window of the paragraph's own text that ends (or starts) exactly at the offset and
 * whose first occurrence in the paragraph is that one, then take the window's End (or Start) as a collapsed
 * range. `paragraph.search(...).getFirst()` needs no sync, so every edit can be queued in one batch.
 * Pure functions: the caller has verified the paragraph's text first.
 */
import { OBJECT_MARK } from '../engine/text/objectMarks';

/** Word's search takes at most 255 characters, counted in the encoded search string. */
export const MAX_SEARCH_LENGTH = 255;

export type Anchor =
  /** The paragraph's start. */
  | { kind: 'paragraphStart' }
  /** The End of the first match of `window` (its first occurrence ends at the offset). */
  | { kind: 'endOf'; window: string }
  /** The Start of the first match of `window` (its first occurrence starts at the offset). */
  | { kind: 'startOf'; window: string };

/** Escapes text for Word's search without wildcards: "^" is Word's escape character; tabs and breaks have codes. */
export function encodeSearchText(text: string): string {
  return text
    .replace(/\^/g, '^^')
    .replace(/\t/g, '^t')
    .replace(/\v/g, '^l')
    .replace(/\u00a0/g, '^s');
}

/** Whether a window of text can be searched for at all (no paragraph marks or object marks; not blank, which Word ignores). */
function searchable(window: string): boolean {
  return window.trim().length > 0 && !/[\r\n]/.test(window) && !OBJECT_MARK.test(window);
}

/**
 * An anchor for `offset` in `text`, or null when no window of at most 255 characters identifies it
 * (a pathological paragraph of repeated text).
 */
export function anchorAt(text: string, offset: number, avoid?: (start: number, end: number) => boolean): Anchor | null {
  if (offset < 0 || offset > text.length) return null;
  if (offset === 0) return { kind: 'paragraphStart' };
  // Grow a window leftwards from the offset: the longer it is, the likelier its first occurrence is ours.
  // A window that has reached an object mark cannot be searched, and growing it will not help: stop there.
  // The limit holds for the search string Word receives, after encoding: "^", tabs, breaks and no-break spaces
  // take two characters there (OfficeDev/office-js#1726; above it Windows throws or finds nothing, #168, #731).
  let encoded = 0;
  for (let start = offset - 1; start >= 0; start--) {
    if (OBJECT_MARK.test(text[start])) break;
    encoded += encodeSearchText(text[start]).length;
    if (encoded > MAX_SEARCH_LENGTH || avoid?.(start, offset)) break;
    const window = text.slice(start, offset);
    if (searchable(window) && text.indexOf(window) === start) return { kind: 'endOf', window };
  }
  encoded = 0;
  for (let end = offset + 1; end <= text.length; end++) {
    if (OBJECT_MARK.test(text[end - 1])) break;
    encoded += encodeSearchText(text[end - 1]).length;
    if (encoded > MAX_SEARCH_LENGTH || avoid?.(offset, end)) break;
    const window = text.slice(offset, end);
    if (searchable(window) && text.indexOf(window) === offset) return { kind: 'startOf', window };
  }
  return null;
}
