import { ctocSnapshot } from '../../fixtures/ctocSnapshot';
import { annex, applyTextPlan, check, sample, type Change } from './variants';

const BY_SEA = 'preventing and combating the smuggling of migrants by sea';
const AT_SEA = `Developments, challenges and best practices in ${BY_SEA.replace('by sea', 'at sea')}`;
const ITEM_2 =
  'Determining who to charge with the crime of migrant smuggling: who is and who is not a migrant smuggler';

describe('annex/missing-item', () => {
  test.each<[string, Change[], string[]]>([
    ['the sample', [], []],
    ['item 5 taken out of the annex', [annex(10, 1, ''), annex(10, 2, '')], ['Other matters']],
    [
      'sub-item 1 (b) replaced by a second 1 (a)',
      [annex(3, 1, '1 (a)')],
      ['Adoption of the agenda and organization of work'],
    ],
  ])('%s', (_name, changes, excerpts) => {
    const snapshot = sample(...changes);
    expect(check(snapshot, 'annex/missing-item').map((f) => f.excerpt)).toEqual(excerpts);
  });

  test('an item missing is an error pointing at the agenda line; a sub-item a warning', () => {
    const [missing] = check(sample(annex(10, 1, ''), annex(10, 2, '')), 'annex/missing-item');
    expect(missing.severity).toBe('error');
    expect(missing.location).toMatchObject({ kind: 'paragraph' });
    expect(missing.message).toBe(
      'Item 5 "Other matters" is not scheduled in the annex: expected a row for it in the organization of work.',
    );
    const [sub] = check(sample(annex(3, 1, '1 (a)')), 'annex/missing-item');
    expect(sub.severity).toBe('warning');
  });

  test('an agenda without annex has nothing missing from it', () => {
    const snapshot = ctocSnapshot();
    snapshot.tables = snapshot.tables.slice(0, 1);
    snapshot.paragraphs = snapshot.paragraphs.filter((p) => p.cell === null || p.cell.table === 0);
    expect(check(snapshot, 'annex/missing-item')).toEqual([]);
  });
});

describe('annex/unknown-item', () => {
  test.each<[string, Change[], string[]]>([
    ['the sample', [], []],
    ['item 7 scheduled', [annex(11, 1, '7')], ['7']],
    ['sub-item 1 (c) scheduled', [annex(3, 1, '1 (c)')], ['1 (c)']],
    ['sub-item of an item without sub-items', [annex(10, 1, '5 (a)')], ['5 (a)']],
  ])('%s', (_name, changes, excerpts) => {
    const findings = check(sample(...changes), 'annex/unknown-item');
    expect(findings.map((f) => f.excerpt)).toEqual(excerpts);
    for (const f of findings) expect(f.location.kind).toBe('cell');
  });

  test('says what the agenda has', () => {
    const [f] = check(sample(annex(3, 1, '1 (c)')), 'annex/unknown-item');
    expect(f.message).toBe('The annex schedules sub-item 1 (c), but item 1 has sub-items (a), (b).');
  });
});

describe('annex/title', () => {
  test.each<[string, Change[], string[]]>([
    ['the sample', [], []],
    ['the annex keeps the list punctuation', [annex(2, 2, 'Opening of the meeting;')], []],
    ['spacing differs only', [annex(10, 2, 'Other  matters')], []],
    [
      'quotation marks added',
      [annex(4, 2, ITEM_2.replace('who is not', '"who is not"'))],
      [ITEM_2.replace('who is not', '"who is not"')],
    ],
    ['a word differs', [annex(6, 2, AT_SEA)], [AT_SEA]],
    ['case differs', [annex(11, 2, 'Adoption of the Report')], ['Adoption of the Report']],
    [
      'a resumed row differs',
      [annex(5, 2, `${ITEM_2.replace('charge', 'prosecute')} (continued)`)],
      [ITEM_2.replace('charge', 'prosecute')],
    ],
    ['a sub-item row differs', [annex(3, 2, 'Adoption of the agenda')], ['Adoption of the agenda']],
  ])('%s', (_name, changes, excerpts) => {
    expect(check(sample(...changes), 'annex/title').map((f) => f.excerpt)).toEqual(excerpts);
  });

  test('message quotes where the titles differ, and the fix writes the agenda title', () => {
    const snapshot = sample(annex(6, 2, AT_SEA));
    const [f] = check(snapshot, 'annex/title');
    expect(f.message).toBe(
      "Annex title of item 3 differs from the agenda: '… of migrants at sea' vs '… of migrants by sea'.",
    );
    expect(f.location).toMatchObject({ kind: 'cell', table: 1, row: 6, cell: 2 });
    const fixed = applyTextPlan(snapshot, f.fix!);
    expect(fixed.tables[1].values[6][2]).toBe(ctocSnapshot().tables[1].values[6][2]);
    expect(check(fixed, 'annex/title')).toEqual([]);
  });

  test('the fix of a resumed row keeps "(continued)"', () => {
    const snapshot = sample(annex(5, 2, `${ITEM_2.replace('charge', 'prosecute')} (continued)`));
    const [f] = check(snapshot, 'annex/title');
    expect(f.fix!.edits).toEqual([
      expect.objectContaining({ kind: 'replaceText', expected: ITEM_2.replace('charge', 'prosecute'), text: ITEM_2 }),
    ]);
    expect(applyTextPlan(snapshot, f.fix!).tables[1].values[5][2]).toBe(`${ITEM_2} (continued)`);
  });
});

describe('annex/order', () => {
  test.each<[string, Change[], string[]]>([
    ['the sample (resumed items come back after later ones)', [], []],
    [
      'items 5 and 6 swapped',
      [annex(10, 1, '6'), annex(10, 2, 'Adoption of the report'), annex(11, 1, '5'), annex(11, 2, 'Other matters')],
      ['5'],
    ],
    [
      'sub-items swapped',
      [
        annex(2, 1, '1 (b)'),
        annex(2, 2, 'Adoption of the agenda and organization of work'),
        annex(3, 1, '1 (a)'),
        annex(3, 2, 'Opening of the meeting'),
      ],
      ['1 (a)'],
    ],
  ])('%s', (_name, changes, excerpts) => {
    const findings = check(sample(...changes), 'annex/order');
    expect(findings.map((f) => f.excerpt)).toEqual(excerpts);
    for (const f of findings) expect(f.severity).toBe('warning');
  });
});

describe('annex/continued', () => {
  test.each<[string, Change[], string[]]>([
    ['the sample', [], []],
    ['marker missing on a resumed item', [annex(5, 2, ITEM_2)], [ITEM_2]],
    ['marker on a first appearance', [annex(10, 2, 'Other matters (continued)')], ['Other matters (continued)']],
    ['an item twice in one slot needs no marker', [annex(3, 1, '1 (a)'), annex(3, 2, 'Opening of the meeting')], []],
  ])('%s', (_name, changes, excerpts) => {
    expect(check(sample(...changes), 'annex/continued').map((f) => f.excerpt)).toEqual(excerpts);
  });

  test('adds the marker as an italic run, and the finding is gone', () => {
    const snapshot = sample(annex(5, 2, ITEM_2));
    const [f] = check(snapshot, 'annex/continued');
    expect(f.message).toBe('Item 2 resumes here after an earlier slot: expected "(continued)" after its title.');
    expect(f.fix!.edits).toEqual([
      {
        kind: 'setCell',
        table: 1,
        row: 5,
        cell: 2,
        expected: ITEM_2,
        runs: [{ text: `${ITEM_2} (` }, { text: 'continued', italic: true }, { text: ')' }],
      },
    ]);
    expect(check(applyTextPlan(snapshot, f.fix!), 'annex/continued')).toEqual([]);
  });

  test('removes a marker from a first appearance', () => {
    const snapshot = sample(annex(10, 2, 'Other matters (continued)'));
    const [f] = check(snapshot, 'annex/continued');
    const fixed = applyTextPlan(snapshot, f.fix!);
    expect(fixed.tables[1].values[10][2]).toBe('Other matters');
  });

  test("uses the word of the document's own markers", () => {
    const snapshot = sample(annex(5, 2, `${ITEM_2} (suite)`), annex(8, 2, AT_SEA.replace('at sea', 'by sea')));
    const [f] = check(snapshot, 'annex/continued');
    expect(f.message).toContain('"(suite)"');
  });
});

describe('annex/day-order', () => {
  test.each<[string, Change[], string[]]>([
    ['the sample', [], []],
    ['days swapped', [annex(1, 0, 'Friday, 6 October'), annex(7, 0, 'Thursday, 5 October')], ['Thursday, 5 October']],
    ['a day twice', [annex(7, 0, 'Thursday, 5 October')], ['Thursday, 5 October']],
  ])('%s', (_name, changes, excerpts) => {
    expect(check(sample(...changes), 'annex/day-order').map((f) => f.excerpt)).toEqual(excerpts);
  });
});
