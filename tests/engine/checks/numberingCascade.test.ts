/**
 * One defect, one finding (issue 9, deliverable 4): when the list's numbering skips or repeats, the annotations,
 * the annex and the references are paired with the list by title and order, and only `agenda/numbering` reports.
 * Each rule that used to cascade has its own case.
 */
import { runChecks } from '../../../src/engine/checks';
import { parseAgenda } from '../../../src/engine/parse';
import { doc, p, table } from '../../helpers/snapshotBuilder';

const TITLES = [
  'Opening of the session',
  'Adoption of the agenda',
  'Election of officers',
  'Review of implementation',
  'Technical assistance',
  'Other matters',
];

interface Shape {
  /** The numbers the list writes, one per title. */
  list: string[];
  /** The numbers the annotation headings write (default: 1..6). */
  headings?: string[];
  /** The numbers the annex writes (default: 1..6). */
  annex?: string[];
  /** Replace the title of the 5th annotation heading. */
  headingTitle5?: string;
}

function agenda(shape: Shape) {
  const sequence = TITLES.map((_, i) => String(i + 1));
  const headings = shape.headings ?? sequence;
  const annex = shape.annex ?? sequence;
  const snapshot = doc(
    p('A/AC.9/2024/1'),
    p('Committee on Numbering'),
    p('New York, 6 and 7 May 2024'),
    p('Provisional agenda', 'Heading 1'),
    ...TITLES.map((t, i) => p(`${shape.list[i]}.\t${t}.`)),
    p('Annotations', 'Heading 1'),
    ...TITLES.flatMap((t, i) => [
      p(`${headings[i]}.\t${i === 4 && shape.headingTitle5 ? shape.headingTitle5 : t}`, 'Heading 2'),
      p(
        i === 3
          ? `Under agenda item ${headings[i]}, the Committee will review implementation; see also item ${headings[5]}.`
          : 'The Committee will consider the item.',
      ),
    ]),
    p('Annex', 'Heading 1'),
    p('Proposed organization of work', 'Heading 2'),
    table([
      ['Date and time', 'Item', 'Title or description'],
      ['Monday, 6 May', '', ''],
      ['10 a.m.–1 p.m.', annex[0], TITLES[0]],
      ['', annex[1], TITLES[1]],
      ['', annex[2], TITLES[2]],
      ['3–6 p.m.', annex[3], TITLES[3]],
      ['Tuesday, 7 May', '', ''],
      ['10 a.m.–1 p.m.', annex[4], TITLES[4]],
      ['3–6 p.m.', annex[5], TITLES[5]],
    ]),
  )
    .header('A/AC.9/2024/1')
    .build();
  return runChecks(snapshot, parseAgenda(snapshot)).map((f) => `${f.rule}: ${f.excerpt}`);
}

const SKIP = ['1', '2', '3', '5', '6', '7'];
const REPEAT = ['1', '2', '3', '3', '4', '5'];

describe('a list numbering defect is reported once', () => {
  test.each<[string, Shape, string[]]>([
    ['a skip; annotations and annex numbered 1–6', { list: SKIP }, ['agenda/numbering: 5.\tReview of implementation']],
    [
      'a skip; annotations and annex numbered as the list',
      { list: SKIP, headings: SKIP, annex: SKIP },
      ['agenda/numbering: 5.\tReview of implementation'],
    ],
    [
      'a repeat; annotations and annex numbered 1–6',
      { list: REPEAT },
      ['agenda/numbering: 3.\tReview of implementation'],
    ],
    [
      'a repeat; annotations and annex numbered as the list',
      { list: REPEAT, headings: REPEAT, annex: REPEAT },
      ['agenda/numbering: 3.\tReview of implementation'],
    ],
    [
      'a skip and a real title defect: both, once each',
      { list: SKIP, headingTitle5: 'Technical cooperation' },
      ['agenda/numbering: 5.\tReview of implementation', 'agenda/annotation-title: Technical cooperation'],
    ],
  ])('%s', (_name, shape, expected) => {
    expect(agenda(shape)).toEqual(expected);
  });
});

describe('no cascade: each rule that used to follow the numbering', () => {
  test.each<[rule: string, shape: Shape]>([
    ['agenda/annotation-title', { list: SKIP }],
    ['agenda/annotation-missing', { list: SKIP }],
    ['agenda/annotation-unknown', { list: SKIP }],
    ['agenda/annotation-order', { list: REPEAT }],
    ['agenda/reference', { list: SKIP }],
    ['annex/unknown-item', { list: SKIP }],
    ['annex/title', { list: SKIP }],
    ['annex/missing-item', { list: SKIP }],
    ['annex/title', { list: REPEAT }],
    ['annex/missing-item', { list: REPEAT }],
    ['agenda/annotation-missing', { list: REPEAT }],
    ['agenda/annotation-title', { list: REPEAT }],
    ['annex/continued', { list: REPEAT, annex: REPEAT }],
    ['annex/title', { list: REPEAT, annex: REPEAT }],
  ])('%s (%j)', (rule, shape) => {
    expect(agenda(shape).filter((f) => f.startsWith(`${rule}:`))).toEqual([]);
  });
});

test('a list numbered in sequence still reports headings and rows whose numbers differ', () => {
  const findings = agenda({ list: ['1', '2', '3', '4', '5', '6'], headings: SKIP, annex: SKIP });
  expect(findings).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^agenda\/annotation-unknown: 7/u),
      expect.stringMatching(/^annex\/unknown-item: 7/u),
    ]),
  );
});
