import { parseAgenda } from '../../../src/engine/parse';
import { toOutline } from '../../../src/engine/outline';
import { doc, p, table } from '../../helpers/snapshotBuilder';

const FRONT = [
  p('A/AC.291/2027/1'),
  p('Ad Hoc Committee on Things'),
  p('New York, 1–3 March 2027'),
  p('Provisional agenda', 'Heading 2'),
  p('1.\tOrganizational matters:'),
  p('\t(a)\tOpening of the session;'),
  p('\t(b)\tAdoption of the agenda.'),
  p('2.\tGeneral debate.'),
  p('6.\tActivities of the Centre.'),
  p('Annex', 'Heading 1'),
];

const outline = (rows: string[][], front = FRONT) => toOutline(parseAgenda(doc(...front, table(rows)).build())).annex;

describe('annex', () => {
  it.each<[string, string[]]>([
    ['English', ['Date and time', 'Agenda item', 'Title or description']],
    ['short', ['Date', 'Item', 'Title']],
    ['upper case', ['DATE AND TIME', 'AGENDA ITEM', 'TITLE OR DESCRIPTION']],
    ['French', ['Date et heure', "Point de l'ordre du jour", 'Titre ou description']],
    ['Spanish', ['Fecha y hora', 'Tema del programa', 'Título o descripción']],
  ])('finds the table by its %s header', (_name, header) => {
    const annex = outline([
      header,
      ['Monday, 1 March', '', ''],
      ['10 a.m.–1 p.m.', '1 (a)', 'Opening of the session'],
      ['', '1(b)', 'Adoption of the agenda'],
    ]);
    expect(annex).toEqual({
      days: [
        {
          label: 'Monday, 1 March',
          date: '2027-03-01',
          slots: [
            {
              time: '10 a.m.–1 p.m.',
              rows: [
                { item: '1 (a)', title: 'Opening of the session', continued: false },
                { item: '1(b)', title: 'Adoption of the agenda', continued: false },
              ],
            },
          ],
        },
      ],
    });
  });

  it('ignores extra columns, skips lunch rows, reads a time on every row (24-hour clock)', () => {
    const agenda = parseAgenda(
      doc(
        ...FRONT,
        table([
          ['Date and time', 'Agenda item', 'Title or description', 'Introduced by'],
          ['Monday, 1 March 2027', '', '', ''],
          ['10.00–10.15', '1 (a)', 'Opening of the session', 'Chair'],
          ['10.15–13.00', '2', 'General debate', 'Secretariat'],
          ['13.00–15.00', '', 'Lunch break', ''],
          ['15.00–18.00', '2', 'General debate (continued)', ''],
        ]),
      ).build(),
    );
    expect(agenda.problems).toEqual([]);
    expect(agenda.annex?.columns).toEqual({ time: 0, item: 1, title: 2 });
    const [day] = toOutline(agenda).annex?.days ?? [];
    expect(day.slots.map((s) => [s.time, s.rows.map((r) => `${r.item}|${r.title}|${r.continued}`)])).toEqual([
      ['10.00–10.15', ['1 (a)|Opening of the session|false']],
      ['10.15–13.00', ['2|General debate|false']],
      ['15.00–18.00', ['2|General debate|true']],
    ]);
  });

  it('splits "Item 6: Title" (number and title in one cell) and finds "Provisional timetable" without a header', () => {
    const front = [...FRONT.slice(0, -1), p('Provisional timetable', 'Heading 1')];
    const agenda = parseAgenda(
      doc(
        ...front,
        table([
          ['Tuesday, 2 March', ''],
          ['10 a.m.–1 p.m.', 'Item 2: General debate'],
          ['', 'Item 6: Activities of the Centre (continued)'],
          ['3–6 p.m.', 'Item 6. Activities of the Centre'],
        ]),
      ).build(),
    );
    expect(agenda.annex?.titleParagraph).toBe(front.length - 1);
    const rows = agenda.annex?.days.flatMap((d) => d.slots.flatMap((s) => s.rows)) ?? [];
    expect(rows.map((r) => [r.item, r.ref, r.title, r.continued])).toEqual([
      ['Item 2', { number: '2', letter: null }, 'General debate', false],
      ['Item 6', { number: '6', letter: null }, 'Activities of the Centre', true],
      ['Item 6', { number: '6', letter: null }, 'Activities of the Centre', false],
    ]);
    expect(agenda.annex?.days[0].date).toBe('2027-03-02');
  });

  it.each([
    ['Opening of the session (continued)', true],
    ['Opening of the session (*continued*)'.replace(/\*/gu, ''), true],
    ['Opening of the session (suite)', true],
    ['Opening of the session (continuación)', true],
    ['Opening of the session (Continued)', true],
    ['Opening of the session(continued)', true],
    ['(continued) Opening of the session', true],
    ['Opening of the session', false],
  ])('%j continued: %s', (title, continued) => {
    const annex = outline([
      ['Date and time', 'Agenda item', 'Title or description'],
      ['Monday, 1 March', '', ''],
      ['3–6 p.m.', '1 (a)', title],
    ]);
    expect(annex?.days[0].slots[0].rows[0]).toEqual({ item: '1 (a)', title: 'Opening of the session', continued });
  });

  it('keeps punctuation written after "(continued)"', () => {
    const annex = outline([
      ['Date and time', 'Agenda item', 'Title or description'],
      ['Monday, 1 March', '', ''],
      ['3–6 p.m.', '1 (a)', 'Opening (continued).'],
    ]);
    expect(annex?.days[0].slots[0].rows[0]).toEqual({ item: '1 (a)', title: 'Opening.', continued: true });
  });

  it('a day and a time in one cell (two paragraphs), and a day row merged across the table', () => {
    const snap = doc(
      ...FRONT,
      table([
        ['Date and time', 'Agenda item', 'Title or description'],
        ['Monday, 1 March\n10 a.m.–1 p.m.', '1 (a)', 'Opening of the session'],
        ['Tuesday, 2 March'],
        ['10 a.m.', '2', 'General debate'],
      ]),
    ).build();
    // The builder gives one paragraph per cell: split the first into two, as Word would report it.
    const cell = snap.paragraphs.find((para) => para.text.startsWith('Monday'));
    if (!cell) throw new Error('fixture');
    const [dayText, timeText] = cell.text.split('\n');
    cell.text = dayText;
    snap.paragraphs.splice(cell.index + 1, 0, { ...cell, text: timeText });
    snap.paragraphs.forEach((para, i) => (para.index = i));
    const annex = toOutline(parseAgenda(snap)).annex;
    expect(annex?.days.map((d) => [d.label, d.date, d.slots.map((s) => [s.time, s.rows.map((r) => r.item)])])).toEqual([
      ['Monday, 1 March', '2027-03-01', [['10 a.m.–1 p.m.', ['1 (a)']]]],
      ['Tuesday, 2 March', '2027-03-02', [['10 a.m.', ['2']]]],
    ]);
  });

  it('gives days across New Year the right year', () => {
    const front = [p('A/AC.1/2026/1'), p('Geneva, 30 December 2026–2 January 2027'), ...FRONT.slice(3)];
    const annex = outline(
      [
        ['Date and time', 'Agenda item', 'Title or description'],
        ['Wednesday, 30 December', '', ''],
        ['10 a.m.', '1 (a)', 'Opening'],
        ['Friday, 1 January', '', ''],
        ['10 a.m.', '2', 'Debate'],
      ],
      front,
    );
    expect(annex?.days.map((d) => d.date)).toEqual(['2026-12-30', '2027-01-01']);
  });

  it('an agenda without an annex has annex null and no problem; an Annex heading without a table is a problem', () => {
    const without = parseAgenda(doc(...FRONT.slice(0, -1)).build());
    expect(without.annex).toBeNull();
    expect(without.problems).toEqual([]);
    const headingOnly = parseAgenda(doc(...FRONT, p('To be issued.')).build());
    expect(headingOnly.annex).toBeNull();
    expect(headingOnly.problems.map((pr) => pr.code)).toEqual(['annex/table-not-found']);
  });

  it('locates the item and the title cells', () => {
    const snap = doc(
      ...FRONT,
      table([
        ['Date and time', 'Agenda item', 'Title or description'],
        ['Monday, 1 March', '', ''],
        ['10 a.m.', '2', 'General debate (continued)'],
      ]),
    ).build();
    const row = parseAgenda(snap).annex?.days[0].slots[0].rows[0];
    expect(row?.itemLocation).toMatchObject({ kind: 'cell', table: 0, row: 2, cell: 1, start: 0, end: 1 });
    expect(row?.titleLocation).toMatchObject({ kind: 'cell', table: 0, row: 2, cell: 2, start: 0, end: 26 });
  });
});
