import { ctocSnapshot, CTOC_FOOTNOTES } from '../../fixtures/ctocSnapshot';
import { check, sample } from './variants';

/** The CTOC sample with footnote 2's text replaced. */
function withNote(text: string) {
  const snapshot = ctocSnapshot();
  snapshot.footnotes[1].text = text;
  return snapshot;
}

describe('footnote/empty', () => {
  test.each<[string, number]>([
    [CTOC_FOOTNOTES[1], 0],
    ['', 1],
    ['  ', 1],
    ['\t', 1],
  ])('"%s" gives %d finding(s)', (text, count) => {
    const findings = check(withNote(text), 'footnote/empty');
    expect(findings).toHaveLength(count);
    for (const f of findings) expect(f.location).toMatchObject({ kind: 'footnote', footnote: 2 });
  });
});

describe('footnote/punctuation', () => {
  test.each<[string, string[]]>([
    [CTOC_FOOTNOTES[0], []],
    [CTOC_FOOTNOTES[1], []],
    ['See the report (A/78/1).', []],
    ['As the Conference put it, “no more than one item.”', []],
    ['Reissued for technical reasons on 5 September 2023?', []],
    [
      'Available at www.unodc.org/unodc/en/organized-crime/som_2022.html',
      ['www.unodc.org/unodc/en/organized-crime/som_2022.html'],
    ],
    ['See the report of the Working Group', ['Group']],
    ['Available at:', ['at:']],
  ])('"%s"', (text, excerpts) => {
    const findings = check(withNote(text), 'footnote/punctuation');
    expect(findings.map((f) => f.excerpt)).toEqual(excerpts);
    for (const f of findings) {
      expect(f.severity).toBe('warning');
      expect(text.slice(f.location.start, f.location.end)).toBe(f.excerpt);
    }
  });
});

describe('footnote/url', () => {
  test.each<[string, string[]]>([
    [CTOC_FOOTNOTES[0], []],
    [CTOC_FOOTNOTES[1], []],
    ['See https://undocs.org/en/CTOC/COP/WG.7/2023/2.', []],
    ['Write to unodc-sectiona@un.org.', []],
    [
      'Available at www.unodc.org/unodc/ en/organized-crime/intro.html.',
      ['www.unodc.org/unodc/ en/organized-crime/intro.html'],
    ],
    ['Available at htps://undocs.org/en/A/78/1.', ['htps://undocs.org/en/A/78/1']],
    ['Available at https//undocs.org/en/A/78/1.', ['https//undocs.org/en/A/78/1']],
    ['Available at http:/www.un.org/en.', ['http:/www.un.org/en']],
    ['Available at ww.unodc.org/unodc/en.', ['ww.unodc.org/unodc/en']],
    ['Available at www,unodc.org/unodc/en.', ['www,unodc.org/unodc/en']],
    ['Available at www.unodc..org/unodc/en.', ['www.unodc..org/unodc/en']],
    ['Available at www.unodc/unodc/en.', ['www.unodc/unodc/en']],
  ])('"%s"', (text, excerpts) => {
    expect(check(withNote(text), 'footnote/url').map((f) => f.excerpt)).toEqual(excerpts);
  });

  test('says what is wrong and the address expected', () => {
    const [f] = check(withNote('Available at www.unodc.org/unodc/ en/intro.html.'), 'footnote/url');
    expect(f.message).toBe(
      'Malformed web address in footnote 2 (space inside the address): expected "www.unodc.org/unodc/en/intro.html".',
    );
  });
});

describe('footnote/manual-mark', () => {
  const OPENED = 'will be opened on Thursday, 5 October, at 10 a.m.';
  test.each<[string, string, string[]]>([
    ['the sample', OPENED, []],
    ['a typed ¹ after a word', 'will be opened¹ on Thursday, 5 October, at 10 a.m.', ['¹']],
    ['typed ²³ after punctuation', 'will be opened on Thursday, 5 October, at 10 a.m.²³', ['²³']],
    ['square kilometres', 'covers 25 km² of sea, opened on Thursday, 5 October, at 10 a.m.', []],
    ['a power of ten', 'counted 10⁶ cases, opened on Thursday, 5 October, at 10 a.m.', []],
  ])('%s', (_name, text, excerpts) => {
    expect(check(sample({ find: OPENED, with: text }), 'footnote/manual-mark').map((f) => f.excerpt)).toEqual(excerpts);
  });
});

describe('footnote/mark-position', () => {
  test.each<[string, string, number, string[]]>([
    ['the sample: after a full stop', 'Mechanism.', 10, []],
    ['before a parenthesis', 'work (see annex)', 4, []],
    ['before a comma', 'work, and', 4, ['work,']],
    ['before a full stop', 'Mechanism.', 9, ['Mechanism.']],
    ['at the very end', 'Mechanism', 9, []],
    // Word's text keeps the mark as U+0002 at the offset (office-js#2749, #4997): the rule looks past it.
    ['Word text: mark before a comma', 'work\u0002, and', 4, ['work,']],
    ['Word text: mark before a full stop', 'Mechanism\u0002.', 9, ['Mechanism.']],
    ['Word text: mark after a full stop', 'Mechanism.\u0002', 10, []],
    ['Word text: mark before a parenthesis', 'work\u0002 (see annex)', 4, []],
  ])('%s', (_name, text, offset, excerpts) => {
    const snapshot = ctocSnapshot();
    const para = snapshot.footnotes[1].paragraph;
    snapshot.paragraphs[para].text = text;
    snapshot.footnotes[1].offset = offset;
    expect(check(snapshot, 'footnote/mark-position').map((f) => f.excerpt)).toEqual(excerpts);
  });
});
