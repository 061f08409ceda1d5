/**
 * An edit changes only what it names (issue 9, deliverable 6): insert, remove and move renumber; they never
 * rewrite a title, a time or a cell the operation does not concern — not even a title that differs from the list
 * (that is `annex/title`'s finding, and regenerate-annex's job, which says what it changes first).
 * Every paragraph and cell text is diffed before/after with the numbers blanked: what is left is what the edit names.
 */
import { runChecks } from '../../../src/engine/checks';
import type { Agenda } from '../../../src/engine/model';
import { insertItem, moveItem, regenerateAnnex, removeItem } from '../../../src/engine/operations';
import { parseAgenda } from '../../../src/engine/parse';
import type { EditPlan } from '../../../src/engine/plan';
import type { Snapshot } from '../../../src/engine/snapshot';
import { ctocSnapshot } from '../../fixtures/ctocSnapshot';
import { genevaSnapshot } from '../../fixtures/genevaSnapshot';
import { doc, p, table } from '../../helpers/snapshotBuilder';
import { apply, sequenceDiff } from './helpers';

/** Sets the text of every paragraph (and its table value) that reads `from`, and checks there was one. */
function retitle(s: Snapshot, from: string, to: string): Snapshot {
  const hits = s.paragraphs.filter((para) => para.text === from);
  if (hits.length !== 1) throw new Error(`"${from}" found ${hits.length} times`);
  const at = hits[0];
  return {
    ...s,
    paragraphs: s.paragraphs.map((para) => (para === at ? { ...para, text: to } : para)),
    tables: s.tables.map((t) =>
      at.cell && t.index === at.cell.table
        ? {
            ...t,
            values: t.values.map((r, row) =>
              r.map((c, cell) => (row === at.cell?.row && cell === at.cell.cell ? to : c)),
            ),
          }
        : t,
    ),
  };
}

/**
 * Every text of the document, body paragraphs and cells alike, with numbers blanked ("3" → "#"); cells that hold
 * nothing else (an empty cell, a bare number) are left out, as a new row's or a removed row's are.
 */
const blanked = (s: Snapshot): string[] =>
  s.paragraphs
    .map((para) => para.text.replace(/\d+/gu, '#'))
    .filter((text, i) => !s.paragraphs[i].cell || !/^[#\s]*$/u.test(text));

/** The texts that belong to item `number`: its list lines, its annotation section, its annex rows (blanked). */
function textsOf(s: Snapshot, number: string): string[] {
  const agenda = parseAgenda(s);
  const item = agenda.items.find((i) => i.number === number);
  const annotation = agenda.annotations.find((a) => a.item === number);
  const indices = new Set<number>([item?.paragraph ?? -1, ...(item?.subItems.map((sub) => sub.paragraph) ?? [])]);
  if (annotation) for (let i = annotation.firstParagraph; i <= annotation.lastParagraph; i++) indices.add(i);
  // Its annex rows, but not their times: a slot's time stays, on the slot's next row.
  for (const row of (agenda.annex?.days ?? []).flatMap((d) => d.slots.flatMap((slot) => slot.rows))) {
    if (row.ref?.number !== number) continue;
    s.paragraphs.forEach((para) => {
      if (para.cell?.table === row.table && para.cell.row === row.row && para.cell.cell !== agenda.annex?.columns.time)
        indices.add(para.index);
    });
  }
  const all = blanked({
    ...s,
    paragraphs: s.paragraphs.map((para) => (indices.has(para.index) ? para : { ...para, text: '\u0000' })),
  });
  return all.filter((t) => t !== '\u0000');
}

const ctocDiffering = (): Snapshot =>
  retitle(
    retitle(ctocSnapshot(), 'Other matters', 'Any other matters'), // the annex row of item 5 differs from the list
    '4.\tMatters pertaining to the Mechanism for the Review of the Implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto',
    '4.\tThe Review Mechanism', // and so does item 4's annotation heading
  );

const genevaDiffering = (): Snapshot =>
  retitle(genevaSnapshot(), 'Item 3: Other business', 'Item 3: Any other business');

const TIMETABLE = (): Snapshot =>
  doc(
    p('ECE/TRANS/WP.9/2027/1'),
    p('Working Party on Things'),
    p('Geneva, 5 March 2027'),
    p('Provisional agenda', 'Heading 2'),
    p('1.\tAdoption of the agenda.'),
    p('2.\tGeneral debate.'),
    p('3.\tOther business.'),
    p('Annex', 'Heading 1'),
    p('Provisional timetable', 'Heading 2'),
    table([
      ['Date', 'Time', 'Agenda item', 'Title'],
      ['Tuesday, 5 March 2027', '10.00–10.15', '1', 'Adoption of the agenda'],
      ['', '10.15–12.30', '2', 'General debate'],
      ['', '12.30–13.00', '3', 'Any other business'],
    ]),
  ).build();

type Op = (s: Snapshot, a: Agenda) => EditPlan;

describe.each<[string, () => Snapshot, [string, Op, string[], string[]][]]>([
  [
    'CTOC sample with titles that differ from the list',
    ctocDiffering,
    [
      [
        'insert at 2',
        (s, a) => insertItem(s, a, { position: 2, title: 'Election of officers' }),
        [],
        [
          '#.\tElection of officers.',
          '#.\tElection of officers',
          '[Annotation to be drafted.]',
          'Election of officers',
        ],
      ],
      ['remove 2', (s, a) => removeItem(s, a, { item: '2' }), textsOf(ctocDiffering(), '2'), []],
      ['move 6 to 5', (s, a) => moveItem(s, a, { item: '6', to: 5 }), [], []],
    ],
  ],
  [
    'Geneva layout (number and title in one cell) with a title that differs',
    genevaDiffering,
    [
      [
        'insert at 1',
        (s, a) => insertItem(s, a, { position: 1, title: 'Election of officers' }),
        [],
        [
          '#.\tElection of officers.',
          'Item #.\tElection of officers',
          '[Annotation to be drafted.]',
          'Item #: Election of officers',
          '#.#–#.#',
        ],
      ],
      // Every row has its own time: the moved row is given the time of the row it joins (and the plan warns).
      ['move 3 to 2', (s, a) => moveItem(s, a, { item: '3', to: 2 }), [], ['#.#–#.#']],
    ],
  ],
  [
    'a timetable with a title that differs',
    TIMETABLE,
    [['move 3 to 1', (s, a) => moveItem(s, a, { item: '3', to: 1 }), [], ['#.#–#.#']]],
  ],
])('%s', (_name, build, cases) => {
  const before = build();
  it.each(cases)('%s changes only the item it names; renumbering aside, nothing else', (_op, op, removed, added) => {
    const { after } = apply(before, op);
    const diff = sequenceDiff(blanked(before), blanked(after));
    // A moved item's texts leave and come back: compare as multisets.
    const sorted = (xs: string[]) => [...xs].sort();
    const moved = diff.removed.filter((t) => diff.added.includes(t));
    expect(sorted(diff.removed.filter((t) => !moved.includes(t)))).toEqual(sorted(removed));
    expect(sorted(diff.added.filter((t) => !moved.includes(t)))).toEqual(sorted(added));
  });

  it('the titles that differ from the list are still there after every edit', () => {
    for (const [, op] of cases) {
      const { after } = apply(before, op);
      const texts = after.paragraphs.map((para) => para.text).join('\n');
      for (const odd of ['Any other matters', 'The Review Mechanism', 'Any other business']) {
        if (before.paragraphs.some((para) => para.text.includes(odd))) expect(texts).toContain(odd);
      }
    }
  });
});

describe('title sync belongs to regenerate-annex, which says what it changes', () => {
  it('lists every title it will write before it writes it', () => {
    const before = ctocDiffering();
    const plan = regenerateAnnex(before, parseAgenda(before));
    expect(plan.warnings).toEqual(["Annex, item 5: the title “Any other matters” becomes the list's “Other matters”."]);
  });

  it('the annex/title fix names what it writes over', () => {
    const before = ctocDiffering();
    const finding = runChecks(before, parseAgenda(before)).find((f) => f.rule === 'annex/title');
    expect(finding?.fix?.description).toBe(
      "Use the agenda's title for item 5 in the annex: “Any other matters” becomes “Other matters”",
    );
  });
});

describe('a new row in a timetable where every row has its own time', () => {
  it('gets the time of the row it joins, and a warning, never an empty time', () => {
    const before = TIMETABLE();
    const { plan, after } = apply(before, (s, a) => insertItem(s, a, { position: 3, title: 'Election of officers' }));
    const rows = after.tables[0].values.slice(1).map((r) => r.slice(1).join(' | '));
    expect(rows).toEqual([
      '10.00–10.15 | 1 | Adoption of the agenda',
      '10.15–12.30 | 2 | General debate',
      '10.15–12.30 | 3 | Election of officers',
      '12.30–13.00 | 4 | Any other business',
    ]);
    expect(plan.warnings).toEqual([
      expect.stringMatching(
        /every row of the timetable has its own time; the new row of item 3 is given 10\.15–12\.30/u,
      ),
    ]);
  });
});
