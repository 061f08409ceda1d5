/**
 * An annex split over several Word tables is one annex (issue 9, deliverable 1): one table per day, a table
 * continued after a page break or a heading, the day as a paragraph between tables or as a row, a repeated header.
 * Every layout below holds the same schedule; the outline, `annex/missing-item` and every edit must see it whole.
 */
import { runChecks } from '../../../src/engine/checks';
import type { Agenda } from '../../../src/engine/model';
import { insertItem, moveItem, regenerateAnnex, removeItem, renameItem } from '../../../src/engine/operations';
import { toOutline } from '../../../src/engine/outline';
import { parseAgenda } from '../../../src/engine/parse';
import type { EditPlan } from '../../../src/engine/plan';
import type { Snapshot } from '../../../src/engine/snapshot';
import { doc, p, table } from '../../helpers/snapshotBuilder';
import { apply, inconsistencies, paragraphDiff } from './helpers';

const FRONT = [
  p('CTOC/COP/WG.9/2027/1'),
  p('Working Group on Things'),
  p('Vienna, 7 and 8 October 2027'),
  p('Provisional agenda', 'Heading 2'),
  p('1.\tOrganizational matters:'),
  p('\t(a)\tOpening of the meeting;'),
  p('\t(b)\tAdoption of the agenda.'),
  p('2.\tGeneral debate.'),
  p('3.\tSmuggling by sea.'),
  p('4.\tOther matters.'),
  p('5.\tAdoption of the report.'),
  p('Annotations', 'Heading 2'),
  p('1.\tOrganizational matters', 'Heading 3'),
  p('(a)\tOpening of the meeting', 'Heading 4'),
  p('The meeting will be opened on 7 October.'),
  p('(b)\tAdoption of the agenda', 'Heading 4'),
  p('The agenda will be adopted.'),
  p('2.\tGeneral debate', 'Heading 3'),
  p('Statements under agenda item 2.'),
  p('3.\tSmuggling by sea', 'Heading 3'),
  p('The Group will discuss smuggling by sea.'),
  p('4.\tOther matters', 'Heading 3'),
  p('No other matters are foreseen.'),
  p('5.\tAdoption of the report', 'Heading 3'),
  p('The report will be adopted under item 5.'),
  p('Annex', 'Heading 1'),
  p('Proposed organization of work', 'Heading 2'),
];

const HEADER = ['Date and time', 'Agenda item', 'Title or description'];
const THU = 'Thursday, 7 October';
const FRI = 'Friday, 8 October';
const R = {
  a: ['10 a.m.–1 p.m.', '1 (a)', 'Opening of the meeting'],
  b: ['', '1 (b)', 'Adoption of the agenda'],
  two: ['', '2', 'General debate'],
  twoCont: ['3–6 p.m.', '2', 'General debate (continued)'],
  three: ['', '3', 'Smuggling by sea'],
  four: ['10 a.m.–1 p.m.', '4', 'Other matters'],
  five: ['3–6 p.m.', '5', 'Adoption of the report'],
};

/** The same schedule in each layout. */
const LAYOUTS: [string, ReturnType<typeof p>[]][] = [
  [
    'one table (control)',
    [table([HEADER, [THU, '', ''], R.a, R.b, R.two, R.twoCont, R.three, [FRI, '', ''], R.four, R.five])],
  ],
  [
    'one table per day, the day as a row, the header repeated',
    [
      table([HEADER, [THU, '', ''], R.a, R.b, R.two, R.twoCont, R.three]),
      p(''),
      table([HEADER, [FRI, '', ''], R.four, R.five]),
    ],
  ],
  [
    'one table per day, the day as a paragraph before each table',
    [
      p(THU, 'Heading 3'),
      table([HEADER, R.a, R.b, R.two, R.twoCont, R.three]),
      p(FRI, 'Heading 3'),
      table([R.four, R.five]),
    ],
  ],
  [
    'a table continued after a page break (header repeated, the slot runs on)',
    [
      table([HEADER, [THU, '', ''], R.a, R.b]),
      p(''),
      table([HEADER, R.two, R.twoCont, R.three, [FRI, '', ''], R.four, R.five]),
    ],
  ],
  [
    'a table continued after a heading, the day repeated "(continued)"',
    [
      table([HEADER, [THU, '', ''], R.a, R.b, R.two, R.twoCont]),
      p('Proposed organization of work (continued)', 'Heading 2'),
      table([[`${THU} (continued)`, '', ''], R.three, [FRI, '', ''], R.four, R.five]),
    ],
  ],
];

const EXPECTED = [
  {
    label: THU,
    date: '2027-10-07',
    slots: [
      {
        time: '10 a.m.–1 p.m.',
        rows: [
          ['1 (a)', 'Opening of the meeting', false],
          ['1 (b)', 'Adoption of the agenda', false],
          ['2', 'General debate', false],
        ],
      },
      {
        time: '3–6 p.m.',
        rows: [
          ['2', 'General debate', true],
          ['3', 'Smuggling by sea', false],
        ],
      },
    ],
  },
  {
    label: FRI,
    date: '2027-10-08',
    slots: [
      { time: '10 a.m.–1 p.m.', rows: [['4', 'Other matters', false]] },
      { time: '3–6 p.m.', rows: [['5', 'Adoption of the report', false]] },
    ],
  },
];

function annexOf(agenda: Agenda) {
  return (toOutline(agenda).annex?.days ?? []).map((d) => ({
    label: d.label,
    date: d.date,
    slots: d.slots.map((s) => ({ time: s.time, rows: s.rows.map((r) => [r.item, r.title, r.continued]) })),
  }));
}

/** Every annex row as "item title" per day, in order, from the re-read document. */
const rowsByDay = (agenda: Agenda): string[][] =>
  (agenda.annex?.days ?? []).map((d) =>
    d.slots.flatMap((s) => s.rows.map((r) => `${r.item} ${r.title}${r.continued ? ' +' : ''}`)),
  );

/** All cell texts of all tables, as "table:row:cell=text", to diff what an edit touched. */
const cells = (s: Snapshot): string[] =>
  s.tables.flatMap((t, i) => t.values.flatMap((r, row) => r.map((c, cell) => `${i}:${row}:${cell}=${c}`)));

describe.each(LAYOUTS)('annex layout: %s', (_name, blocks) => {
  const before = doc(...FRONT, ...blocks).build();
  const agenda = parseAgenda(before);
  const run = (op: (s: Snapshot, a: Agenda) => EditPlan) => apply(before, op);

  it('the outline shows every day, slot and row', () => {
    expect(annexOf(agenda)).toEqual(EXPECTED);
    expect(agenda.problems).toEqual([]);
  });

  it('check finds nothing wrong with the annex', () => {
    const annexFindings = runChecks(before, agenda).filter(
      (f) => f.rule.startsWith('annex/') || f.rule.startsWith('item/'),
    );
    expect(annexFindings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });

  it('annex/missing-item sees the rows of the later tables, and reports the one item that has none', () => {
    // Item 4's row (in the last table but one row) becomes a lunch row: only item 4 is missing.
    const lunchAt = before.paragraphs.findIndex((para) => para.text === '4' && para.cell);
    const lunch: Snapshot = {
      ...before,
      paragraphs: before.paragraphs.map((para, i) => (i === lunchAt ? { ...para, text: '' } : para)),
      tables: before.tables.map((t) => ({
        ...t,
        values: t.values.map((r) => r.map((c, k) => (k === 1 && c === '4' ? '' : c))),
      })),
    };
    const missing = runChecks(lunch, parseAgenda(lunch)).filter((f) => f.rule === 'annex/missing-item');
    expect(missing.map((f) => f.message)).toEqual([expect.stringMatching(/\b4\b/u)]);
  });

  it('insert renumbers the rows of every table and places the new row after its predecessor', () => {
    const {
      after,
      agenda: next,
      plan,
    } = run((s, a) => insertItem(s, a, { position: 4, title: 'Trafficking by land' }));
    expect(inconsistencies(next)).toEqual([]);
    expect(rowsByDay(next)).toEqual([
      [
        '1 (a) Opening of the meeting',
        '1 (b) Adoption of the agenda',
        '2 General debate',
        '2 General debate +',
        '3 Smuggling by sea',
        '4 Trafficking by land',
      ],
      ['5 Other matters', '6 Adoption of the report'],
    ]);
    expect(after.tables.length).toBe(before.tables.length);
    expect(plan.warnings).toEqual([]);
  });

  it('remove renumbers the later tables; a day keeps its table', () => {
    const { after, agenda: next } = run((s, a) => removeItem(s, a, { item: '4' }));
    expect(inconsistencies(next)).toEqual([]);
    expect(rowsByDay(next)).toEqual([
      [
        '1 (a) Opening of the meeting',
        '1 (b) Adoption of the agenda',
        '2 General debate',
        '2 General debate +',
        '3 Smuggling by sea',
      ],
      ['4 Adoption of the report'],
    ]);
    expect(next.annex?.days.map((d) => d.label)).toEqual([THU, FRI]);
    expect(after.tables.length).toBe(before.tables.length);
  });

  it('move takes a row from a later table and renumbers all of them', () => {
    const { agenda: next } = run((s, a) => moveItem(s, a, { item: '5', to: 2 }));
    expect(inconsistencies(next)).toEqual([]);
    expect(rowsByDay(next).flat()).toEqual([
      '1 (a) Opening of the meeting',
      '1 (b) Adoption of the agenda',
      '2 Adoption of the report',
      '3 General debate',
      '3 General debate +',
      '4 Smuggling by sea',
      '5 Other matters',
    ]);
  });

  it('rename edits the row in whichever table holds it, and nothing else of the annex', () => {
    const { after, agenda: next } = run((s, a) =>
      renameItem(s, a, { item: '5', title: 'Adoption of the final report' }),
    );
    expect(inconsistencies(next)).toEqual([]);
    const changed = cells(after).filter((c) => !cells(before).includes(c));
    expect(changed).toEqual([expect.stringMatching(/=Adoption of the final report$/u)]);
    expect(paragraphDiff(before, after).added).toEqual([
      '5.\tAdoption of the final report.',
      '5.\tAdoption of the final report',
    ]);
  });

  it('regenerate-annex leaves an annex that follows the list alone', () => {
    expect(regenerateAnnex(before, agenda).edits).toEqual([]);
  });
});

describe('a table that loses every row', () => {
  it('is kept, emptied, with a warning, when its only rows go', () => {
    // The afternoon of Friday continues in a table of its own, which holds only item 5's row.
    const before = doc(
      ...FRONT,
      table([HEADER, [THU, '', ''], R.a, R.b, R.two, R.twoCont, R.three, [FRI, '', ''], R.four]),
      p(''),
      table([['', '5', 'Adoption of the report']]),
    ).build();
    expect(annexOf(parseAgenda(before))[1].slots[0].rows).toEqual([
      ['4', 'Other matters', false],
      ['5', 'Adoption of the report', false],
    ]);
    const { plan, after } = apply(before, (s, a) => removeItem(s, a, { item: '5' }));
    expect(after.tables.length).toBe(before.tables.length);
    expect(after.tables[before.tables.length - 1].values).toEqual([['', '', '']]);
    expect(plan.warnings).toEqual([expect.stringMatching(/has no item left; it is kept with one empty row/u)]);
  });
});

describe('tables that are not the annex stay out of it', () => {
  it('a table after a paragraph of text, or with other columns, is not read as the annex', () => {
    const before = doc(
      ...FRONT,
      table([HEADER, [THU, '', ''], R.a, R.b, R.two, R.twoCont, R.three, [FRI, '', ''], R.four, R.five]),
      p(
        'The secretariat will circulate a list of participants before the meeting, and statements may be sent in advance.',
      ),
      table([['10 a.m.–1 p.m.', '1', 'Side event']]),
      p(''),
      table([
        ['Name', 'Country'],
        ['A. Person', 'Austria'],
      ]),
    ).build();
    const agenda = parseAgenda(before);
    expect(agenda.annex?.tables).toEqual([0]);
    expect(annexOf(agenda)).toEqual(EXPECTED);
  });
});
