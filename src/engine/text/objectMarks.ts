/**
 * Characters Word keeps in a paragraph's text for objects rather than text: U+0002 for a footnote or endnote mark
 * (OfficeDev/office-js#2749, #6942), U+0005 for a comment anchor (#2258), U+0001 for pictures, U+0013–U+0015 for
 * fields, U+FFFD where Word serializes a placeholder. A reader does not see them; Word's search never matches
 * across them (#4401).
 */
// eslint-disable-next-line no-control-regex -- the marks are control characters: matching them is the point
export const OBJECT_MARK = /[\u0001-\u0008\u000e-\u001f\ufffd]/u;

const OBJECT_MARKS = new RegExp(OBJECT_MARK.source, 'gu');

/** Text as a reader sees it, without the object marks. */
export function withoutObjectMarks(text: string): string {
  return text.replace(OBJECT_MARKS, '');
}
