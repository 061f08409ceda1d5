/**
 * Which rendered <p> shows which paragraph of the document.
 *
 * The simulator numbers the body's paragraphs in document order, table cells included (as Word's
 * `body.paragraphs` does); docx-preview renders each of them as a <p> in the same order. So when the counts agree
 * (and the texts do too), paragraph i is the i-th <p>. They can disagree: docx-preview splits a paragraph at a
 * page break, and may drop or add empty paragraphs. Then paragraphs are aligned by their text, and a paragraph
 * that cannot be found maps to null (the view then cannot show that selection, which is said, not guessed).
 */

export type ParagraphMapping = {
  /** rendered index for each document paragraph, or null */
  readonly rendered: ReadonlyArray<number | null>;
  /** 'count' when counts and texts agree, 'text' when aligned by text */
  readonly method: 'count' | 'text';
};

/** Lookahead when aligning by text: how many rendered paragraphs may be skipped to find the next match. */
const WINDOW = 8;
/** When counts agree, at most this share of paragraphs may differ in text before the order is distrusted. */
const TOLERATED_MISMATCH = 0.1;

/** Text without any whitespace: tabs, non-breaking spaces and line breaks render differently in HTML. */
function key(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, '');
}

/** Equal, or equal but for a footnote mark or two (docx-preview renders footnote references as numbers). */
function similar(documentKey: string, renderedKey: string): boolean {
  if (documentKey === renderedKey) return true;
  if (Math.abs(documentKey.length - renderedKey.length) > 3) return false;
  const withoutDigits = (text: string): string => text.replace(/[0-9\u00b9\u00b2\u00b3\u2070-\u2079]/g, '');
  return withoutDigits(documentKey) === withoutDigits(renderedKey);
}

export function mapParagraphs(documentTexts: readonly string[], renderedTexts: readonly string[]): ParagraphMapping {
  const documentKeys = documentTexts.map(key);
  const renderedKeys = renderedTexts.map(key);
  if (documentKeys.length === renderedKeys.length) {
    const mismatches = documentKeys.filter((text, index) => !similar(text, renderedKeys[index] ?? '')).length;
    if (mismatches <= Math.floor(documentKeys.length * TOLERATED_MISMATCH)) {
      return { rendered: documentKeys.map((_, index) => index), method: 'count' };
    }
  }
  return { rendered: alignByText(documentKeys, renderedKeys), method: 'text' };
}

function alignByText(documentKeys: readonly string[], renderedKeys: readonly string[]): Array<number | null> {
  const result: Array<number | null> = [];
  let cursor = 0;
  for (const documentKey of documentKeys) {
    const match = findWithin(renderedKeys, cursor, (renderedKey) => similar(documentKey, renderedKey));
    if (match !== null) {
      result.push(match);
      cursor = match + 1;
      continue;
    }
    // A paragraph split over several <p> (at a page break): its text starts with the next rendered text.
    const first = renderedKeys[cursor];
    if (first && documentKey.startsWith(first)) {
      result.push(cursor);
      let joined = first;
      cursor += 1;
      while (
        cursor < renderedKeys.length &&
        joined.length < documentKey.length &&
        documentKey.startsWith(joined + (renderedKeys[cursor] ?? ''))
      ) {
        joined += renderedKeys[cursor] ?? '';
        cursor += 1;
      }
      continue;
    }
    result.push(null);
  }
  return result;
}

function findWithin(keys: readonly string[], from: number, matches: (key: string) => boolean): number | null {
  for (let index = from; index < Math.min(keys.length, from + WINDOW); index += 1) {
    if (matches(keys[index] ?? '')) return index;
  }
  return null;
}
