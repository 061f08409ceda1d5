import { ctocSnapshot } from '../../fixtures/ctocSnapshot';
import { check, sample, type Change } from './variants';

const DOC_2 = '(CTOC/COP/WG.7/2023/2)';
const DOC_4 = '(CTOC/COP/WG.7/2023/4)';
const JOINT = 'CTOC/COP/WG.3/2023/3-CTOC/COP/WG.4/2023/3-CTOC/COP/WG.7/2023/3';

describe('symbol/malformed', () => {
  test.each<[string, Change[], string[]]>([
    ['the sample (resolution 7/1, paragraph 53 (h), joint symbol, web addresses)', [], []],
    [
      'letter O for zero in a documentation symbol',
      [{ find: DOC_2, with: '(CTOC/COP/WG.7/2O23/2)' }],
      ['CTOC/COP/WG.7/2O23/2'],
    ],
    ['space inside', [{ find: DOC_4, with: '(CTOC/COP/WG.7/ 2023/4)' }], ['CTOC/COP/WG.7/ 2023/4']],
    ['doubled slash', [{ find: DOC_4, with: '(CTOC//COP/WG.7/2023/4)' }], ['CTOC//COP/WG.7/2023/4']],
    [
      'modifier without full stop',
      [{ find: DOC_4, with: '(CTOC/COP/WG.7/2023/4/Rev1)' }],
      ['CTOC/COP/WG.7/2023/4/Rev1'],
    ],
    ['lower-case modifier', [{ find: DOC_4, with: '(CTOC/COP/WG.7/2023/4/corr.1)' }], ['CTOC/COP/WG.7/2023/4/corr.1']],
    [
      'part of a joint symbol',
      [{ find: JOINT, with: JOINT.replace('WG.4/2023', 'WG.4/2O23') }],
      ['CTOC/COP/WG.4/2O23/3'],
    ],
    [
      'masthead symbol',
      [{ find: 'CTOC/COP/WG.7/2023/1', with: 'CTOC/COP/WG.7/2023/1/Add1' }],
      ['CTOC/COP/WG.7/2023/1/Add1'],
    ],
  ])('%s', (_name, changes, excerpts) => {
    expect(check(sample(...changes), 'symbol/malformed').map((f) => f.excerpt)).toEqual(excerpts);
  });

  test('says what is wrong and what is expected, at the exact characters', () => {
    const snapshot = sample({ find: DOC_2, with: '(CTOC/COP/WG.7/2O23/2)' });
    const [f] = check(snapshot, 'symbol/malformed');
    expect(f.message).toBe(
      '"CTOC/COP/WG.7/2O23/2" is not a well-formed document symbol (letter O instead of zero in "2O23"): expected "CTOC/COP/WG.7/2023/2".',
    );
    expect(f.severity).toBe('error');
    const para = f.location.kind === 'paragraph' ? snapshot.paragraphs[f.location.paragraph].text : '';
    expect(para.slice(f.location.start, f.location.end)).toBe('CTOC/COP/WG.7/2O23/2');
  });

  // A malformed symbol whose one candidate is well formed gets a Fix (issue 12); headers and footnotes do not,
  // because plans edit body and cell paragraphs only.
  test.each([
    [DOC_2, 'CTOC/COP/WG.7/2O23/2', 'CTOC/COP/WG.7/2023/2'],
    [DOC_4, 'CTOC/COP/WG.7/ 2023/4', 'CTOC/COP/WG.7/2023/4'],
    [DOC_4, 'CTOC/COP/WG.7/2023/4/corr.1', 'CTOC/COP/WG.7/2023/4/Corr.1'],
  ])('fixes a symbol in %s written %s to its one candidate', (find, excerpt, expected) => {
    const snapshot = sample({ find, with: `(${excerpt})` });
    const [f] = check(snapshot, 'symbol/malformed');
    expect(f.excerpt).toBe(excerpt);
    const edit = f.fix?.edits[0];
    expect(edit).toMatchObject({ kind: 'replaceText', expected: excerpt, text: expected });
  });

  test('header and footnotes are read too', () => {
    const snapshot = ctocSnapshot();
    snapshot.headers = ['CTOC/COP/WG.7/2O23/1'];
    snapshot.footnotes[1].text = 'See CTOC/COP/WG.7/2022/ 5.';
    expect(check(snapshot, 'symbol/malformed').map((f) => [f.location.kind, f.excerpt, f.fix !== undefined])).toEqual([
      ['header', 'CTOC/COP/WG.7/2O23/1', false],
      ['footnote', 'CTOC/COP/WG.7/2022/ 5', false],
    ]);
  });
});

describe('symbol/year', () => {
  test.each<[string, Change[], string[]]>([
    ['the sample', [], []],
    [
      'a document of this body dated another year',
      [{ find: DOC_4, with: '(CTOC/COP/WG.7/2022/4)' }],
      ['CTOC/COP/WG.7/2022/4'],
    ],
    [
      'the own-body part of a joint symbol',
      [{ find: JOINT, with: JOINT.replace('WG.7/2023/3', 'WG.7/2022/3') }],
      ['CTOC/COP/WG.7/2022/3'],
    ],
    ["another working group's part", [{ find: JOINT, with: JOINT.replace('WG.3/2023/3', 'WG.3/2022/3') }], []],
    [
      'a previous report cited in running text',
      [{ find: 'held on 27 and 28 June 2022', with: 'held on 27 and 28 June 2022 (see CTOC/COP/WG.7/2022/5)' }],
      [],
    ],
  ])('%s', (_name, changes, excerpts) => {
    expect(check(sample(...changes), 'symbol/year').map((f) => f.excerpt)).toEqual(excerpts);
  });

  test('points at the part within the joint symbol', () => {
    const snapshot = sample({ find: JOINT, with: JOINT.replace('WG.7/2023/3', 'WG.7/2022/3') });
    const [f] = check(snapshot, 'symbol/year');
    const para = f.location.kind === 'paragraph' ? snapshot.paragraphs[f.location.paragraph].text : '';
    expect(para.slice(f.location.start, f.location.end)).toBe('CTOC/COP/WG.7/2022/3');
    expect(f.message).toContain('documents of CTOC/COP/WG.7 for this session carry 2023');
  });
});

describe('symbol/duplicate', () => {
  test.each<[string, Change[], string[]]>([
    ['the sample', [], []],
    ['one symbol for two documents', [{ find: DOC_4, with: DOC_2 }], ['CTOC/COP/WG.7/2023/2']],
    [
      "the agenda's own symbol for another document",
      [{ find: DOC_4, with: '(CTOC/COP/WG.7/2023/1)' }],
      ['CTOC/COP/WG.7/2023/1'],
    ],
    ...[
      'Provisional agenda and annotations',
      'Ordre du jour provisoire et annotations',
      'Programa provisional y anotaciones',
    ].map((title): [string, Change[], string[]] => [
      `the own symbol for the agenda itself, titled "${title}"`,
      [
        {
          find: `Background paper prepared by the Secretariat on developments, challenges and best practices in preventing and combating the smuggling of migrants by sea ${DOC_4}`,
          with: `${title} (CTOC/COP/WG.7/2023/1)`,
        },
      ],
      [],
    ]),
    [
      'one document listed under two items',
      [
        {
          find: 'Background paper prepared by the Secretariat on developments',
          with: 'Background paper prepared by the Secretariat on determining who to charge with the crime of migrant smuggling: who is and who is not a migrant smuggler (CTOC/COP/WG.7/2023/2) and on developments',
        },
      ],
      [],
    ],
  ])('%s', (_name, changes, excerpts) => {
    expect(check(sample(...changes), 'symbol/duplicate').map((f) => f.excerpt)).toEqual(excerpts);
  });

  test('names both documents', () => {
    const [f] = check(sample({ find: DOC_4, with: DOC_2 }), 'symbol/duplicate');
    expect(f.message).toMatch(
      /^"CTOC\/COP\/WG\.7\/2023\/2" is cited for two different documents: "Background paper .* smuggler" \(item 2\) and "Background paper .* by sea" \(item 3\)/u,
    );
  });
});

describe('symbol/own', () => {
  test.each<[string, Change[], string[][]]>([
    ['the sample', [], []],
    [
      'masthead and header differ',
      [{ find: 'CTOC/COP/WG.7/2023/1', with: 'CTOC/COP/WG.7/2023/5' }],
      [['error', 'CTOC/COP/WG.7/2023/1']],
    ],
    ['no symbol in the masthead', [{ find: 'CTOC/COP/WG.7/2023/1', with: '' }], [['error', '']]],
    [
      'a reissue: asterisk on the masthead symbol only',
      [{ find: 'CTOC/COP/WG.7/2023/1', with: 'CTOC/COP/WG.7/2023/1*' }],
      [],
    ],
    [
      'a reissue whose header differs',
      [{ find: 'CTOC/COP/WG.7/2023/1', with: 'CTOC/COP/WG.7/2023/5*' }],
      [['error', 'CTOC/COP/WG.7/2023/1']],
    ],
  ])('%s', (_name, changes, expected) => {
    expect(check(sample(...changes), 'symbol/own').map((f) => [f.severity, f.excerpt])).toEqual(expected);
  });

  test('a document without a running header is a warning', () => {
    const snapshot = ctocSnapshot();
    snapshot.headers = [];
    const [f] = check(snapshot, 'symbol/own');
    expect(f.severity).toBe('warning');
    expect(f.message).toBe(
      'The document has no running header: expected "CTOC/COP/WG.7/2023/1" in the header of the pages after the first.',
    );
  });
});
