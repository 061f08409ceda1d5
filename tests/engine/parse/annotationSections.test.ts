/**
 * Structure the list does not name is the annotation's own (issue 9, deliverable 3): lettered or numbered
 * sub-headings under an item the list gives no sub-items are read as the annotation's sections, draw no finding,
 * and every edit keeps them; sub-items the list names are checked as before.
 */
import { runChecks } from '../../../src/engine/checks';
import { insertItem, moveItem, removeItem, renameItem } from '../../../src/engine/operations/items';
import { insertSubItem } from '../../../src/engine/operations/subItems';
import type { Agenda } from '../../../src/engine/model';
import { parseAgenda } from '../../../src/engine/parse';
import type { EditPlan } from '../../../src/engine/plan';
import type { Snapshot } from '../../../src/engine/snapshot';
import { doc, p } from '../../helpers/snapshotBuilder';
import { apply } from '../operations/helpers';

type Block = ReturnType<typeof p>;

/** Item 3 "Documents before the Committee" has no sub-items in the list; its annotation carries `sections`. */
function agenda(sections: Block[], item1Subs = false): Snapshot {
  return doc(
    p('A/AC.7/2024/1'),
    p('New York, 6 May 2024'),
    p('Provisional agenda', 'Heading 1'),
    p(item1Subs ? '1.\tOrganizational matters:' : '1.\tOpening of the session.'),
    ...(item1Subs ? [p('\t(a)\tOpening of the session;'), p('\t(b)\tAdoption of the agenda.')] : []),
    p('2.\tElection of officers.'),
    p('3.\tDocuments before the Committee.'),
    p('4.\tOther matters.'),
    p('Annotations', 'Heading 1'),
    p(item1Subs ? '1.\tOrganizational matters' : '1.\tOpening of the session', 'Heading 2'),
    ...(item1Subs
      ? [
          p('(a)\tOpening of the session', 'Heading 3'),
          p('The session opens.'),
          p('(b)\tAdoption of the agenda', 'Heading 3'),
          p('The agenda is adopted.'),
        ]
      : [p('The session opens.')]),
    p('2.\tElection of officers', 'Heading 2'),
    p('The Committee elects its officers.'),
    p('3.\tDocuments before the Committee', 'Heading 2'),
    p('The Committee will have before it the following documents.'),
    ...sections,
    p('4.\tOther matters', 'Heading 2'),
    p('No other matters have been raised.'),
  )
    .header('A/AC.7/2024/1')
    .build();
}

const LETTERED = [
  p('(a)\tDocuments for decision', 'Heading 3'),
  p('Report of the Secretary-General (A/AC.7/2024/2).'),
  p('(b)\tDocuments for information', 'Heading 3'),
  p('Note by the Secretariat (A/AC.7/2024/3).'),
];
const LETTERED_PLAIN = [
  p('(a)\tDocuments for decision'),
  p('Report of the Secretary-General (A/AC.7/2024/2).'),
  p('(b)\tDocuments for information'),
  p('Note by the Secretariat (A/AC.7/2024/3).'),
];
const NUMBERED = [
  p('1.\tBackground', 'Heading 3'),
  p('The item was last considered in 2022.'),
  p('2.\tDocuments', 'Heading 3'),
  p('Report of the Secretary-General (A/AC.7/2024/2).'),
];

const headingsOf = (a: Agenda) =>
  a.annotations.map((x) => [
    x.item,
    x.subHeadings.map((h) => h.label),
    (x.sections ?? []).map((h) => `${h.label} ${h.title}`),
  ]);

describe("read as the annotation's own sections, with no finding", () => {
  test.each<[string, Block[], string[]]>([
    ['lettered, styled as headings', LETTERED, ['a Documents for decision', 'b Documents for information']],
    ['lettered, in body style', LETTERED_PLAIN, ['a Documents for decision', 'b Documents for information']],
    ['numbered, in another heading style', NUMBERED, ['1 Background', '2 Documents']],
  ])('%s', (_name, sections, expected) => {
    const snapshot = agenda(sections);
    const parsed = parseAgenda(snapshot);
    expect(headingsOf(parsed)).toEqual([
      ['1', [], []],
      ['2', [], []],
      ['3', [], expected],
      ['4', [], []],
    ]);
    expect(runChecks(snapshot, parsed).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });
});

test('sub-items the list names are still sub-item headings, and one it does not name is still reported', () => {
  const snapshot = agenda(LETTERED, true);
  const parsed = parseAgenda(snapshot);
  expect(headingsOf(parsed)[0]).toEqual(['1', ['a', 'b'], []]);
  expect(headingsOf(parsed)[2]).toEqual(['3', [], ['a Documents for decision', 'b Documents for information']]);
  const wrong = agenda(LETTERED, true);
  const c = wrong.paragraphs.find((x) => x.text === '(b)\tAdoption of the agenda' && x.style === 'Heading 3')!;
  c.text = '(c)\tAdoption of the agenda';
  expect(runChecks(wrong, parseAgenda(wrong)).map((f) => f.rule)).toContain('agenda/annotation-unknown');
});

describe('every edit keeps them', () => {
  const SECTION_TEXTS = LETTERED.map((b) => (b as { text: string }).text);
  test.each<[string, (s: Snapshot, a: Agenda) => EditPlan, string]>([
    ['insert an item before', (s, a) => insertItem(s, a, { position: 1, title: 'Statement by the Chair' }), '4'],
    ['remove an item before', (s, a) => removeItem(s, a, { item: '2' }), '2'],
    ['move the item', (s, a) => moveItem(s, a, { item: '3', to: 1 }), '1'],
    ['rename the item', (s, a) => renameItem(s, a, { item: '3', title: 'Documentation before the Committee' }), '3'],
    [
      'insert a sub-item elsewhere',
      (s, a) => insertSubItem(s, a, { position: '2 (a)', title: 'Election of the Chair' }),
      '3',
    ],
  ])('%s', (_name, operation, number) => {
    const before = agenda(LETTERED);
    const { after, agenda: parsed } = apply(before, operation);
    for (const text of SECTION_TEXTS) expect(after.paragraphs.filter((x) => x.text === text)).toHaveLength(1);
    const annotation = parsed.annotations.find((x) => x.item === number);
    expect((annotation?.sections ?? []).map((h) => h.label)).toEqual(['a', 'b']);
    expect(
      runChecks(after, parsed)
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.rule}: ${f.message}`),
    ).toEqual([]);
  });
});
