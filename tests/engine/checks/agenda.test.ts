import { doc, p } from '../../helpers/snapshotBuilder';
import { applyTextPlan, check, sample, type Change } from './variants';

const BY_SEA =
  'Developments, challenges and best practices in preventing and combating the smuggling of migrants by sea';

/** A small agenda written with the builder: the list only, items as given. */
function listOf(...lines: string[]) {
  return doc(p('CTOC/COP/WG.9/2027/1'), p('Provisional agenda', 'Heading 2'), ...lines.map((l) => p(l))).build();
}

describe('agenda/numbering', () => {
  test.each<[string, string[], string[]]>([
    ['1, 2, 3', ['1.\tOpening.', '2.\tOther matters.', '3.\tAdoption of the report.'], []],
    [
      'sub-items (a), (b)',
      ['1.\tOrganizational matters:', '\t(a)\tOpening;', '\t(b)\tAgenda.', '2.\tAdoption of the report.'],
      [],
    ],
    [
      'a gap: 1, 2, 4, 5',
      ['1.\tOpening.', '2.\tOther matters.', '4.\tThird.', '5.\tAdoption of the report.'],
      ['4.\tThird'],
    ],
    [
      'a repeat: 1, 2, 2, 3',
      ['1.\tOpening.', '2.\tOther matters.', '2.\tThird.', '3.\tAdoption of the report.'],
      ['2.\tThird'],
    ],
    ['starts at 2', ['2.\tOpening.', '3.\tAdoption of the report.'], ['2.\tOpening']],
    [
      'letters out of order: (a), (c)',
      ['1.\tOrganizational matters:', '\t(a)\tOpening;', '\t(c)\tAgenda.', '2.\tAdoption of the report.'],
      ['(c)\tAgenda'],
    ],
    [
      'letters starting at (b)',
      ['1.\tOrganizational matters:', '\t(b)\tOpening;', '\t(c)\tAgenda.', '2.\tAdoption of the report.'],
      ['(b)\tOpening'],
    ],
  ])('%s', (_name, lines, excerpts) => {
    expect(check(listOf(...lines), 'agenda/numbering').map((f) => f.excerpt)).toEqual(excerpts);
  });

  test('says which number was expected', () => {
    const [gap] = check(listOf('1.\tOpening.', '2.\tOther matters.', '4.\tThird.'), 'agenda/numbering');
    expect(gap.message).toBe('Item 4 is out of sequence: expected item 3 here.');
    const [twice] = check(listOf('1.\tOpening.', '2.\tOther matters.', '2.\tThird.', '3.\tLast.'), 'agenda/numbering');
    expect(twice.message).toBe('Item 2 is numbered twice: expected item 3 here.');
    const [letter] = check(listOf('1.\tMatters:', '\t(a)\tOpening;', '\t(c)\tAgenda.'), 'agenda/numbering');
    expect(letter.message).toBe('Sub-item 1 (c) is out of sequence: expected sub-item 1 (b) here.');
  });
});

describe('agenda/annotation-missing', () => {
  test.each<[string, Change[], string[]]>([
    ['the sample', [], []],
    [
      'no heading for item 5',
      [{ in: 'Heading 3', find: '5.\tOther matters', with: 'Other matters are not foreseen.', style: 'Normal' }],
      ['Other matters'],
    ],
    [
      'no heading for sub-item 1 (b)',
      [{ in: 'Heading 3', find: '(b)\tAdoption of the agenda', with: 'Adoption of the agenda', style: 'Normal' }],
      ['Adoption of the agenda and organization of work'],
    ],
  ])('%s', (_name, changes, excerpts) => {
    expect(check(sample(...changes), 'agenda/annotation-missing').map((f) => f.excerpt)).toEqual(excerpts);
  });

  test('no sub-headings at all is fine: the item text covers them', () => {
    const snapshot = sample(
      { in: 'Heading 3', find: '(a)\tOpening of the meeting', with: 'Opening of the meeting', style: 'Normal' },
      { in: 'Heading 3', find: '(b)\tAdoption of the agenda', with: 'Adoption of the agenda', style: 'Normal' },
    );
    expect(check(snapshot, 'agenda/annotation-missing')).toEqual([]);
  });

  test('an agenda without annotations is not missing them', () => {
    const snapshot = doc(
      p('Provisional agenda', 'Heading 2'),
      p('1.\tOpening.'),
      p('2.\tAdoption of the report.'),
    ).build();
    expect(check(snapshot, 'agenda/annotation-missing')).toEqual([]);
  });
});

describe('agenda/annotation-unknown', () => {
  test.each<[string, Change[], string[]]>([
    ['the sample', [], []],
    [
      'heading 7 in an agenda of 6 items',
      [{ in: 'Heading 3', find: '6.\tAdoption of the report', with: '7.\tAdoption of the report' }],
      ['7.\tAdoption of the report'],
    ],
    [
      'sub-heading (c) under item 1',
      [{ in: 'Heading 3', find: '(b)\tAdoption of the agenda', with: '(c)\tAdoption of the agenda' }],
      ['(c)\tAdoption of the agenda and organization of work'],
    ],
  ])('%s', (_name, changes, excerpts) => {
    expect(check(sample(...changes), 'agenda/annotation-unknown').map((f) => f.excerpt)).toEqual(excerpts);
  });
});

describe('agenda/annotation-title', () => {
  test.each<[string, Change[], string[]]>([
    ['the sample', [], []],
    ['heading with a full stop', [{ in: 'Heading 3', find: '5.\tOther matters', with: '5.\tOther matters.' }], []],
    [
      'heading with two spaces',
      [{ in: 'Heading 3', find: '6.\tAdoption of the report', with: '6.\tAdoption of the  report' }],
      [],
    ],
    [
      'a word differs',
      [{ in: 'Heading 3', find: `3.\t${BY_SEA}`, with: `3.\t${BY_SEA.replace('by sea', 'at sea')}` }],
      [BY_SEA.replace('by sea', 'at sea')],
    ],
    [
      'sentence case broken',
      [{ in: 'Heading 3', find: '6.\tAdoption of the report', with: '6.\tAdoption of the Report' }],
      ['Adoption of the Report'],
    ],
    [
      'sub-item heading differs',
      [{ in: 'Heading 3', find: '(a)\tOpening of the meeting', with: '(a)\tOpening of the session' }],
      ['Opening of the session'],
    ],
  ])('%s', (_name, changes, excerpts) => {
    expect(check(sample(...changes), 'agenda/annotation-title').map((f) => f.excerpt)).toEqual(excerpts);
  });

  test('the message quotes the difference and the fix writes the list title', () => {
    const snapshot = sample({
      in: 'Heading 3',
      find: `3.\t${BY_SEA}`,
      with: `3.\t${BY_SEA.replace('by sea', 'at sea')}`,
    });
    const [f] = check(snapshot, 'agenda/annotation-title');
    expect(f.message).toBe(
      "Annotation heading of item 3 differs from the agenda: '… of migrants at sea' vs '… of migrants by sea'.",
    );
    expect(f.location).toMatchObject({ kind: 'paragraph', start: 3, end: 3 + BY_SEA.length });
    const fixed = applyTextPlan(snapshot, f.fix!);
    expect(fixed.paragraphs[f.location.kind === 'paragraph' ? f.location.paragraph : -1].text).toBe(`3.\t${BY_SEA}`);
    expect(check(fixed, 'agenda/annotation-title')).toEqual([]);
  });
});

describe('agenda/annotation-order', () => {
  test.each<[string, Change[], string[]]>([
    ['the sample', [], []],
    [
      'annotations of items 5 and 6 swapped',
      [
        { in: 'Heading 3', find: '5.\tOther matters', with: '6.\tAdoption of the report' },
        { in: 'Heading 3', find: '6.\tAdoption of the report', nth: 1, with: '5.\tOther matters' },
      ],
      ['5.'],
    ],
    [
      'sub-headings (a) and (b) swapped',
      [
        {
          in: 'Heading 3',
          find: '(a)\tOpening of the meeting',
          with: '(b)\tAdoption of the agenda and organization of work',
        },
        {
          in: 'Heading 3',
          find: '(b)\tAdoption of the agenda and organization of work',
          nth: 1,
          with: '(a)\tOpening of the meeting',
        },
      ],
      ['(a)'],
    ],
  ])('%s', (_name, changes, excerpts) => {
    expect(check(sample(...changes), 'agenda/annotation-order').map((f) => f.excerpt)).toEqual(excerpts);
  });
});

describe('agenda/reference', () => {
  const AS_NO_ISSUES = 'As no issues to be raised under agenda item 5';
  test.each<[string, Change[], string[]]>([
    ['the sample ("agenda item 5")', [], []],
    [
      'an item that does not exist',
      [{ find: AS_NO_ISSUES, with: 'As no issues to be raised under agenda item 7' }],
      ['under agenda item 7'],
    ],
    [
      'a sub-item that does not exist',
      [{ find: AS_NO_ISSUES, with: 'As no issues to be raised under agenda item 1 (c)' }],
      ['under agenda item 1 (c)'],
    ],
    [
      'a range running past the end',
      [{ find: AS_NO_ISSUES, with: 'As no issues to be raised under agenda items 5–7' }],
      ['under agenda items 5–7'],
    ],
    [
      "another body's agenda",
      [
        {
          find: AS_NO_ISSUES,
          with: 'As under item 9 of the provisional agenda of the Conference at its eleventh session',
        },
      ],
      [],
    ],
    ['another body', [{ find: AS_NO_ISSUES, with: 'As under item 9 of the Conference' }], []],
    [
      'this agenda, named',
      [{ find: AS_NO_ISSUES, with: 'As no issues under item 9 of the provisional agenda' }],
      ['under item 9'],
    ],
    [
      'resolution and paragraph numbers',
      [{ find: AS_NO_ISSUES, with: 'As resolution 7/1 and paragraph 53 (h) say' }],
      [],
    ],
  ])('%s', (_name, changes, excerpts) => {
    expect(check(sample(...changes), 'agenda/reference').map((f) => f.excerpt)).toEqual(excerpts);
  });

  test('says what the agenda has', () => {
    const [f] = check(
      sample({ find: AS_NO_ISSUES, with: 'As no issues to be raised under agenda item 1 (c)' }),
      'agenda/reference',
    );
    expect(f.message).toBe('"agenda item 1 (c)" refers to sub-item 1 (c), but item 1 has sub-items (a), (b).');
  });
});
