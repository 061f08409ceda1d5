import { parseDateRange, parseDayLabel } from '../../../src/engine/text/dates';

describe('parseDateRange', () => {
  it.each<[string, string[], string]>([
    ['Vienna, 5 and 6 October 2023', ['2023-10-05', '2023-10-06'], '5 and 6 October 2023'],
    ['5–6 October 2023', ['2023-10-05', '2023-10-06'], '5–6 October 2023'],
    ['Geneva, 1-3 July 2024', ['2024-07-01', '2024-07-02', '2024-07-03'], '1-3 July 2024'],
    [
      'New York, 30 September–2 October 2024',
      ['2024-09-30', '2024-10-01', '2024-10-02'],
      '30 September–2 October 2024',
    ],
    [
      '30 December 2026 – 1 January 2027',
      ['2026-12-30', '2026-12-31', '2027-01-01'],
      '30 December 2026 – 1 January 2027',
    ],
    ['11 July 2023', ['2023-07-11'], '11 July 2023'],
    ['held on 27 and 28 June 2022, was prepared', ['2022-06-27', '2022-06-28'], '27 and 28 June 2022'],
    ['4, 5 and 6 May 2024', ['2024-05-04', '2024-05-05', '2024-05-06'], '4, 5 and 6 May 2024'],
    ['Ginebra, 5 y 6 de octubre de 2023', ['2023-10-05', '2023-10-06'], '5 y 6 de octubre de 2023'],
    ['Vienne, 1er–3 mars 2027', ['2027-03-01', '2027-03-02', '2027-03-03'], '1er–3 mars 2027'],
    ['29 February 2024', ['2024-02-29'], '29 February 2024'],
  ])('%s', (text, dates, matched) => {
    const found = parseDateRange(text);
    expect(found?.dates).toEqual(dates);
    expect(found && text.slice(found.start, found.end)).toBe(matched);
  });

  it.each([
    '31 June 2023',
    '29 February 2023',
    'resolution 7/1',
    'item 5 of the agenda',
    '6–5 October 2023',
    '',
    'October 2023',
  ])('no date in %j', (text) => expect(parseDateRange(text)).toBeNull());

  it('finds the first date of several', () => {
    expect(parseDateRange('On 6 June 2023, approved on 20 June 2023')?.dates).toEqual(['2023-06-06']);
  });
});

describe('parseDayLabel', () => {
  it.each<[string, number | null, string | null, string | null, boolean | null]>([
    ['Thursday, 5 October', 2023, '2023-10-05', 'Thursday', true],
    ['Friday, 6 October', 2023, '2023-10-06', 'Friday', true],
    ['Monday, 1 March 2027', null, '2027-03-01', 'Monday', true],
    ['Monday, 1 March 2027', 2020, '2027-03-01', 'Monday', true],
    ['Friday, 5 October', 2023, '2023-10-05', 'Friday', false],
    ['Thursday, 5 October', null, null, 'Thursday', null],
    ['5 October', 2023, '2023-10-05', null, null],
    ['jeudi 5 octobre', 2023, '2023-10-05', 'jeudi', true],
    ['jueves, 5 de octubre', 2023, '2023-10-05', 'jueves', true],
  ])('%s (year %s)', (label, year, iso, weekday, matches) => {
    const day = parseDayLabel(label, year);
    expect(day).not.toBeNull();
    expect(day?.iso).toBe(iso);
    expect(day?.weekday).toBe(weekday);
    expect(day?.weekdayMatches).toBe(matches);
  });

  it.each(['10 a.m.–1 p.m.', '3–6 p.m.', 'Opening of the meeting', '1 (a)', '', '31 September'])(
    '%j is not a day',
    (label) => expect(parseDayLabel(label, 2023)).toBeNull(),
  );
});
