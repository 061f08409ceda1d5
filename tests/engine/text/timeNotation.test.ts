import { findTimes, formatTime } from '../../../src/engine/text/timeNotation';

/** The single time expression in `text` (fails the test when there is not exactly one). */
function only(text: string, context: 'prose' | 'cell' = 'cell') {
  const found = findTimes(text, context);
  expect(found.map((t) => t.text)).toHaveLength(1);
  return found[0];
}

describe('findTimes: UN 12-hour style as it should be', () => {
  test.each([
    ['10 a.m.', { hour: 10, minute: 0 }, null],
    ['3 p.m.', { hour: 15, minute: 0 }, null],
    ['8.30 p.m.', { hour: 20, minute: 30 }, null],
    ['10 a.m.–1 p.m.', { hour: 10, minute: 0 }, { hour: 13, minute: 0 }],
    ['3–6 p.m.', { hour: 15, minute: 0 }, { hour: 18, minute: 0 }],
    ['10–11.30 a.m.', { hour: 10, minute: 0 }, { hour: 11, minute: 30 }],
    ['10 a.m.–noon', { hour: 10, minute: 0 }, { hour: 12, minute: 0 }],
    ['noon–3 p.m.', { hour: 12, minute: 0 }, { hour: 15, minute: 0 }],
    ['10 a.m.–12 noon', { hour: 10, minute: 0 }, { hour: 12, minute: 0 }],
    ['noon', { hour: 12, minute: 0 }, null],
  ])('%s', (text, from, to) => {
    const t = only(text);
    expect(t).toMatchObject({ text, notation: '12h', from, to, problems: [] });
    // Correct text formats back to itself ("12 noon" as written is kept).
    expect(formatTime(t, '12h')).toBe(text);
  });
});

describe('findTimes: 12-hour notation that breaks UN style', () => {
  test.each([
    ['10:00 a.m.', '10 a.m.', '":00" on the hour'],
    ['10.00 a.m.', '10 a.m.', '".00" on the hour'],
    ['10am', '10 a.m.', '"am" instead of "a.m."'],
    ['10 am', '10 a.m.', '"am" instead of "a.m."'],
    ['10 AM', '10 a.m.', '"AM" instead of "a.m."'],
    ['6 p.m', '6 p.m.', '"p.m" instead of "p.m."'],
    ['10a.m.', '10 a.m.', 'no space before "a.m."'],
    ['8:30 p.m.', '8.30 p.m.', 'colon instead of a full stop in "8:30"'],
    ['09 a.m.', '9 a.m.', 'leading zero in "09"'],
    ['10 a.m. - 1 p.m.', '10 a.m.–1 p.m.', 'a hyphen instead of an en dash'],
    ['10 a.m.-1 p.m.', '10 a.m.–1 p.m.', 'a hyphen instead of an en dash'],
    ['3 – 6 p.m.', '3–6 p.m.', 'spaces around the dash'],
    ['3 p.m.–6 p.m.', '3–6 p.m.', '"p.m." repeated'],
    ['10–1 p.m.', '10 a.m.–1 p.m.', '"a.m." missing after "10"'],
    ['10:00 a.m.–1:00 p.m.', '10 a.m.–1 p.m.', '":00" on the hour'],
  ])('%s → %s', (text, expected, problem) => {
    const t = only(text);
    expect(t.text).toBe(text);
    expect(t.notation).toBe('12h');
    expect(t.problems).toContain(problem);
    expect(formatTime(t, '12h')).toBe(expected);
  });
});

describe('findTimes: 24-hour notation', () => {
  test.each([
    ['10.00–13.00', [], '10.00–13.00', '10 a.m.–1 p.m.'],
    ['15.00–18.00', [], '15.00–18.00', '3–6 p.m.'],
    ['10.00 – 10.15', [], '10.00 – 10.15', '10–10.15 a.m.'],
    ['09.30–12.00', [], '09.30–12.00', '9.30 a.m.–noon'],
    [
      '10:00 - 13:00',
      ['colon instead of a full stop in "10:00"', 'a hyphen instead of an en dash'],
      '10.00–13.00',
      '10 a.m.–1 p.m.',
    ],
    ['13.00', [], '13.00', '1 p.m.'],
  ])('%s', (text, problems, as24, as12) => {
    const t = only(text);
    expect(t.notation).toBe('24h');
    for (const p of problems) expect(t.problems).toContain(p);
    if (problems.length === 0) expect(t.problems).toEqual([]);
    expect(formatTime(t, '24h')).toBe(as24);
    expect(formatTime(t, '12h')).toBe(as12);
  });

  test('12-hour times convert to 24-hour', () => {
    expect(formatTime(only('10 a.m.–1 p.m.'), '24h')).toBe('10.00–13.00');
    expect(formatTime(only('3–6 p.m.'), '24h')).toBe('15.00–18.00');
    expect(formatTime(only('8.30 p.m.'), '24h')).toBe('20.30');
  });
});

describe('findTimes in running text', () => {
  test('finds times where the text says them', () => {
    const text = 'The meeting will be opened on Thursday, 5 October, at 10 a.m. and resume from 3–6 p.m.';
    expect(findTimes(text).map((t) => t.text)).toEqual(['10 a.m.', '3–6 p.m.']);
    expect(findTimes('It meets between 10.00 and 13.00 daily.').map((t) => t.text)).toEqual(['10.00', '13.00']);
    expect(findTimes('Meetings run 10.00–13.00.').map((t) => t.text)).toEqual(['10.00–13.00']);
    expect(findTimes('at 15:30, or at 15.00 hours').map((t) => t.text)).toEqual(['15:30', '15.00']);
  });

  test.each([
    'In its resolution 7/1, entitled “Strengthening …”',
    'pursuant to paragraph 53 (h) of the procedures',
    'held on Friday, 1 July 2022 following the conclusion',
    'held on 27 and 28 June 2022',
    'Vienna, 5 and 6 October 2023',
    'documents CTOC/COP/WG.7/2023/2 and CTOC/COP/WG.3/2023/3-CTOC/COP/WG.4/2023/3',
    'Available at www.unodc.org/unodc/en/treaties/CTOC/working-group-2023.html.',
    'Costs fell by 3.75 per cent in 2001, 1.60 per cent in 2002 and at 12.50 per cent.',
    'see paragraphs 10.11–10.15 of the report',
    'as set out in sections 12.10 and 12.30',
    'a budget of 10.30 million',
    'no later than noon on Friday',
    'agenda items 2–4 and 5',
  ])('no time in: %s', (text) => {
    expect(findTimes(text)).toEqual([]);
  });
});
