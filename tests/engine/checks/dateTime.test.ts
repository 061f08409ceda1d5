import { ctocSnapshot } from '../../fixtures/ctocSnapshot';
import { annex, applyTextPlan, check, sample, type Change } from './variants';

const OPENED = 'opened on Thursday, 5 October, at 10 a.m.';
const HELD = 'held on Friday, 1 July 2022';

describe('date/weekday', () => {
  test.each<[string, Change[], [string, string][]]>([
    ['the sample ("Thursday, 5 October", "Friday, 1 July 2022")', [], []],
    ['annex day with the wrong weekday', [annex(7, 0, 'Saturday, 6 October')], [['error', 'Saturday, 6 October']]],
    [
      'date with its year in running text',
      [{ find: HELD, with: 'held on Thursday, 1 July 2022' }],
      [['error', 'Thursday, 1 July 2022']],
    ],
    [
      'date without a year in running text',
      [{ find: OPENED, with: 'opened on Wednesday, 5 October, at 10 a.m.' }],
      [['warning', 'Wednesday, 5 October']],
    ],
  ])('%s', (_name, changes, expected) => {
    expect(check(sample(...changes), 'date/weekday').map((f) => [f.severity, f.excerpt])).toEqual(expected);
  });

  test('says which weekday the date is', () => {
    const [f] = check(sample(annex(7, 0, 'Saturday, 6 October')), 'date/weekday');
    expect(f.message).toBe(
      '"Saturday, 6 October" does not match the calendar: 6 October 2023 (year of the meeting) is a Friday.',
    );
    expect(f.location).toMatchObject({ kind: 'cell', table: 1, row: 7, cell: 0 });
  });
});

describe('date/meeting-range', () => {
  test.each<[string, Change[], string[]]>([
    ['the sample', [], []],
    ['an annex day after the meeting', [annex(7, 0, 'Saturday, 7 October')], ['Saturday, 7 October']],
    [
      'meeting dates changed under the masthead',
      [{ find: 'Vienna, 5 and 6 October 2023', with: 'Vienna, 5 and 9 October 2023' }],
      ['Friday, 6 October'],
    ],
  ])('%s', (_name, changes, excerpts) => {
    expect(check(sample(...changes), 'date/meeting-range').map((f) => f.excerpt)).toEqual(excerpts);
  });
});

describe('time/format', () => {
  test.each<[string, Change[], string[][]]>([
    ['the sample', [], []],
    ['spaces around the dash in the annex', [annex(5, 0, '3 – 6 p.m.')], [['3 – 6 p.m.', '3–6 p.m.']]],
    ['a hyphen in the annex', [annex(2, 0, '10 a.m. - 1 p.m.')], [['10 a.m. - 1 p.m.', '10 a.m.–1 p.m.']]],
    ['24-hour time in a 12-hour document', [annex(10, 0, '15.00–18.00')], [['15.00–18.00', '3–6 p.m.']]],
    [
      '":00" in running text',
      [{ find: OPENED, with: 'opened on Thursday, 5 October, at 10:00 a.m.' }],
      [['10:00 a.m.', '10 a.m.']],
    ],
    ['"am" in running text', [{ find: OPENED, with: 'opened on Thursday, 5 October, at 10am' }], [['10am', '10 a.m.']]],
  ])('%s', (_name, changes, expected) => {
    const snapshot = sample(...changes);
    const findings = check(snapshot, 'time/format');
    expect(
      findings.map((f) => [f.excerpt, f.fix?.edits[0]?.kind === 'replaceText' ? f.fix.edits[0].text : '']),
    ).toEqual(expected);
    for (const f of findings) {
      expect(f.severity).toBe('warning');
      expect(check(applyTextPlan(snapshot, f.fix!), 'time/format')).toEqual([]);
    }
  });

  test('the message names the problem and the expected text', () => {
    const [f] = check(sample(annex(5, 0, '3 – 6 p.m.')), 'time/format');
    expect(f.message).toBe(
      'Time "3 – 6 p.m.": spaces around the dash. Expected "3–6 p.m." (12-hour UN style, "10 a.m.–1 p.m.", as the document writes its times).',
    );
    const [g] = check(sample(annex(10, 0, '15.00–18.00')), 'time/format');
    expect(g.message).toBe(
      'Time "15.00–18.00": 24-hour notation in a document written in 12-hour UN style. Expected "3–6 p.m." (12-hour UN style, "10 a.m.–1 p.m.", as the document writes its times).',
    );
  });

  test('in the 24-hour convention the 12-hour times are reported and fixed', () => {
    const snapshot = ctocSnapshot();
    const findings = check(snapshot, 'time/format', { timeConvention: '24h' });
    expect(findings.map((f) => (f.fix?.edits[0]?.kind === 'replaceText' ? f.fix.edits[0].text : ''))).toEqual([
      '10.00',
      '10.00–13.00',
      '15.00–18.00',
      '10.00–13.00',
      '15.00–18.00',
    ]);
  });

  test('a Geneva timetable in the 24-hour convention is fine, spaced en dashes included', () => {
    const snapshot = sample(
      annex(2, 0, '10.00 – 13.00'),
      annex(5, 0, '15.00 – 18.00'),
      annex(8, 0, '10.00 – 13.00'),
      annex(10, 0, '15.00 – 18.00'),
      {
        find: OPENED,
        with: 'opened on Thursday, 5 October, at 10.00',
      },
    );
    expect(check(snapshot, 'time/format', { timeConvention: '24h' })).toEqual([]);
  });
});
