import { parseAgenda } from '../../../src/engine/parse';
import { doc, p, table } from '../../helpers/snapshotBuilder';
import { splitCellParagraphs } from '../../fixtures/ctocSnapshot';

const AGENDA = [p('Provisional agenda', 'Heading 2'), p('1.\tOpening of the session.')];

describe('masthead', () => {
  it.each<[string, string | null, string[]]>([
    ['Vienna, 5 and 6 October 2023', 'Vienna', ['2023-10-05', '2023-10-06']],
    ['New York, 30 September–2 October 2024', 'New York', ['2024-09-30', '2024-10-01', '2024-10-02']],
    ['Geneva, 1–5 July 2024', 'Geneva', ['2024-07-01', '2024-07-02', '2024-07-03', '2024-07-04', '2024-07-05']],
    ['Sixty-seventh session, Vienna, 14–15 March 2024', 'Vienna', ['2024-03-14', '2024-03-15']],
    [
      'Nairobi, 26 February–1 March 2024.',
      'Nairobi',
      ['2024-02-26', '2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01'],
    ],
    ['5 and 6 October 2023', null, ['2023-10-05', '2023-10-06']],
  ])('meeting line %j', (line, venue, dates) => {
    const m = parseAgenda(
      doc(p('A/AC.1/2024/1'), p('Commission on Narcotic Drugs'), p(line), ...AGENDA).build(),
    ).masthead;
    expect(m.meeting).toMatchObject({ venue, dates });
  });

  it('a UN masthead table: symbol, parent organ, distribution, date of issue; then body, meeting, item line', () => {
    const snap = splitCellParagraphs(
      doc(
        table([
          ['', 'United Nations', 'E/CN.15/2024/1*'],
          ['', 'Economic and Social Council', 'Distr.: Limited\n2 February 2024\n\nOriginal: English'],
        ]),
        p('Commission on Crime Prevention and Criminal Justice'),
        p('Thirty-third session'),
        p('Vienna, 13–17 May 2024'),
        p('Item 3 of the provisional agenda*'),
        p('Thematic discussion', 'Heading 1'),
        ...AGENDA,
      ).build(),
    );
    const m = parseAgenda(snap).masthead;
    expect(m.symbol?.value).toBe('E/CN.15/2024/1*');
    expect(m.symbol?.location).toMatchObject({ kind: 'cell', table: 0, row: 0, cell: 2 });
    expect(m.distribution?.value).toBe('Limited');
    expect(m.date).toMatchObject({
      value: '2 February 2024',
      iso: '2024-02-02',
      location: { kind: 'cell', row: 1, cell: 2 },
    });
    expect(m.parentBody?.value).toBe('Economic and Social Council');
    expect(m.body?.value).toBe('Commission on Crime Prevention and Criminal Justice');
    expect(m.meeting).toMatchObject({ value: 'Vienna, 13–17 May 2024', venue: 'Vienna' });
  });

  it('"Item 3 of the provisional agenda" and a cited symbol are not the meeting line or the own symbol', () => {
    const snap = doc(
      p('CTOC/COP/WG.2/2024/3'),
      p('Distr.: General'),
      p('1 March 2024'),
      p('Item 3 of the provisional agenda, 5 and 6 June 2024'),
      p('Working Group on Firearms'),
      p('Vienna, 5 and 6 June 2024'),
      ...AGENDA,
    )
      .header('CTOC/COP/WG.2/2024/3')
      .build();
    const m = parseAgenda(snap).masthead;
    expect(m.symbol?.value).toBe('CTOC/COP/WG.2/2024/3');
    expect(m.date).toMatchObject({
      value: '1 March 2024',
      iso: '2024-03-01',
      location: { kind: 'paragraph', paragraph: 2, start: 0, end: 12 },
    });
    expect(m.meeting?.value).toBe('Vienna, 5 and 6 June 2024');
    expect(m.body?.value).toBe('Working Group on Firearms');
    expect(m.parentBody).toBeNull();
    expect(m.headerSymbols).toEqual([
      { value: 'CTOC/COP/WG.2/2024/3', location: { kind: 'header', header: 0, start: 0, end: 20 } },
    ]);
  });

  it('the own symbol is the first one before the agenda; symbols later in the text do not count', () => {
    const snap = doc(
      p('Note: see A/78/5 for the budget.'),
      p('A/AC.291/2024/1'),
      ...AGENDA,
      p('The report (A/AC.291/2024/2) will be issued.'),
    ).build();
    expect(parseAgenda(snap).masthead.symbol?.value).toBe('A/AC.291/2024/1');
    const onlyCited = doc(p('Note: see A/78/5 for the budget.'), ...AGENDA).build();
    expect(parseAgenda(onlyCited).masthead.symbol?.value).toBe('A/78/5');
  });

  it('only the running header has the symbol: no problem, the outline takes it from there', () => {
    const agenda = parseAgenda(
      doc(...AGENDA)
        .header('A/AC.1/2024/1')
        .build(),
    );
    expect(agenda.masthead.symbol).toBeNull();
    expect(agenda.problems).toEqual([]);
  });

  it('no symbol anywhere is a problem', () => {
    expect(parseAgenda(doc(...AGENDA).build()).problems.map((pr) => pr.code)).toEqual(['masthead/symbol-not-found']);
  });
});
