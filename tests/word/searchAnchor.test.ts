import { anchorAt, encodeSearchText, MAX_SEARCH_LENGTH } from '../../src/word/searchAnchor';

/** What Word's search would find for an anchor: the offset it stands for. */
function resolve(text: string, offset: number): number | null {
  const anchor = anchorAt(text, offset);
  if (!anchor) return null;
  if (anchor.kind === 'paragraphStart') return 0;
  const at = text.indexOf(anchor.window);
  return anchor.kind === 'endOf' ? at + anchor.window.length : at;
}

describe('anchorAt', () => {
  it.each([
    ['3.\tDevelopments, challenges', 0],
    ['3.\tDevelopments, challenges', 1],
    ['As no issues to be raised under agenda item 5 have come to the attention', 45],
    ['items 5 and 5 and 5', 18],
    ['aaaaaaaa', 5],
    ['5', 1],
  ])('finds offset %#', (text, offset) => {
    expect(resolve(text, offset)).toBe(offset);
  });

  it('addresses every offset of a paragraph with repeated words', () => {
    const text = 'item 5, item 5 and item 5 (continued) item 5';
    for (let offset = 0; offset <= text.length; offset++) expect(resolve(text, offset)).toBe(offset);
  });

  it('keeps windows within Word’s 255-character search limit', () => {
    const text = `${'x'.repeat(400)} agenda item 5 ${'y'.repeat(400)}`;
    const offset = text.indexOf('5');
    const anchor = anchorAt(text, offset);
    expect(anchor && anchor.kind !== 'paragraphStart' ? anchor.window.length : 0).toBeLessThanOrEqual(
      MAX_SEARCH_LENGTH,
    );
    expect(resolve(text, offset)).toBe(offset);
  });

  it('gives up (null) where no window of 255 characters is unique', () => {
    const text = 'ab'.repeat(300);
    expect(anchorAt(text, 300)).toBeNull();
  });

  it('rejects offsets outside the text', () => {
    expect(anchorAt('abc', 4)).toBeNull();
    expect(anchorAt('abc', -1)).toBeNull();
  });
});

describe('encodeSearchText', () => {
  it('escapes Word’s special characters', () => {
    expect(encodeSearchText('1.\tTitle ^ x\v\u00a0y')).toBe('1.^tTitle ^^ x^l^sy');
  });
});

describe('object marks in Word’s paragraph text', () => {
  // Word keeps a footnote mark as U+0002 in Paragraph.text, and its search never matches across it.
  const text = 'The proposed organization of work\u0002 (see annex) was prepared under agenda item 5.';

  it('anchors on either side of a footnote mark without a window that spans it', () => {
    for (let offset = 0; offset <= text.length; offset++) {
      const anchor = anchorAt(text, offset);
      // eslint-disable-next-line no-control-regex -- U+0002 is Word's footnote mark
      if (anchor && anchor.kind !== 'paragraphStart') expect(anchor.window).not.toMatch(/\u0002/);
      if (anchor) expect(resolve(text, offset)).toBe(offset);
    }
    expect(resolve(text, text.indexOf('5'))).toBe(text.indexOf('5'));
    expect(resolve(text, text.indexOf(' (see'))).toBe(text.indexOf(' (see'));
  });

  it('gives up rather than search across a mark', () => {
    expect(anchorAt('x\u0002x\u0002x', 2)).toBeNull();
    expect(anchorAt('ab\u0002cd', 3)).toEqual({ kind: 'startOf', window: 'c' });
    expect(anchorAt('\u0002', 1)).toBeNull();
  });
});
