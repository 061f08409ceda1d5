/**
 * The document's own conventions win (issue 9, deliverable 2): the time style, the range dash, the list
 * terminators and the "(continued)" word are inferred from the document, only the minority that departs from
 * them is reported, with what is wrong ("colon instead of a full stop: 11:30 → 11.30"), and settings override
 * only the inferred notation.
 */
import { inferConventions, runChecks } from '../../../src/engine/checks';
import type { CheckSettings } from '../../../src/engine/checks/types';
import { parseAgenda } from '../../../src/engine/parse';
import type { Snapshot } from '../../../src/engine/snapshot';
import { conventionsDoc, type ConventionsDoc } from './conventionsFixture';
import { applyTextPlan } from './variants';

const findings = (snapshot: Snapshot, rule: string, settings?: Partial<CheckSettings>) =>
  runChecks(snapshot, parseAgenda(snapshot), settings).filter((f) => f.rule === rule);
const fixed = (f: { fix?: { edits: { kind: string; text?: string }[] } }): string =>
  (f.fix?.edits[0] as { text?: string } | undefined)?.text ?? '';

const GENEVA = [
  '10.00 – 10.15',
  '10.15 – 13.00',
  '15.00 – 16.30',
  '16.30 – 18.00',
  '10.00 – 11.30',
  '11.30 – 13.00',
  '15.00 – 18.00',
];
const NEW_YORK = [
  '10 a.m.–1 p.m.',
  '3–6 p.m.',
  '10 a.m.–1 p.m.',
  '3–6 p.m.',
  '10–11.30 a.m.',
  '11.30 a.m.–1 p.m.',
  '3–6 p.m.',
];

describe("time/format holds the minority to the document's own time style", () => {
  test.each<
    [
      string,
      ConventionsDoc,
      Partial<CheckSettings> | undefined,
      [excerpt: string, diagnosis: string, expected: string][],
    ]
  >([
    ['a Geneva annex, as written', { times: GENEVA }, undefined, []],
    [
      'a Geneva annex with one colon',
      { times: [...GENEVA, '11:30 – 13.00'] },
      undefined,
      [['11:30 – 13.00', 'colon instead of a full stop: 11:30 → 11.30', '11.30 – 13.00']],
    ],
    [
      'a Geneva annex with one unspaced dash',
      { times: [...GENEVA, '15.00–18.00'] },
      undefined,
      [['15.00–18.00', 'no spaces around the dash', '15.00 – 18.00']],
    ],
    [
      'a Geneva annex with one hyphen',
      { times: [...GENEVA, '15.00 - 18.00'] },
      undefined,
      [['15.00 - 18.00', 'a hyphen instead of an en dash', '15.00 – 18.00']],
    ],
    [
      'a Geneva annex with one 12-hour time',
      { times: [...GENEVA, '3–6 p.m.'] },
      undefined,
      [['3–6 p.m.', '12-hour UN style in a document written in 24-hour notation', '15.00 – 18.00']],
    ],
    [
      'an annex that writes colons throughout',
      { times: ['10:00–13:00', '15:00–18:00', '10:00–13:00', '15:00–18:00'] },
      undefined,
      [],
    ],
    [
      'colons throughout but one full stop',
      { times: ['10:00–13:00', '15:00–18:00', '10:00–13:00', '15.00–18:00'] },
      undefined,
      [['15.00–18:00', 'full stop instead of a colon: 15.00 → 15:00', '15:00–18:00']],
    ],
    ['a New York annex, as written', { times: NEW_YORK }, undefined, []],
    [
      'a New York annex with one 24-hour time',
      { times: [...NEW_YORK, '15.00–18.00'] },
      undefined,
      [['15.00–18.00', '24-hour notation in a document written in 12-hour UN style', '3–6 p.m.']],
    ],
    [
      'a New York annex with UN style broken',
      { times: [...NEW_YORK, '3 – 6 p.m.', '10:00 a.m.–1 p.m.'] },
      undefined,
      [
        ['3 – 6 p.m.', 'spaces around the dash', '3–6 p.m.'],
        ['10:00 a.m.–1 p.m.', '":00" on the hour', '10 a.m.–1 p.m.'],
      ],
    ],
    [
      'times only in the text, 24-hour',
      { prose: 'The session opens at 10.00 and resumes at 15.00; it closes at 6 p.m.' },
      undefined,
      [['6 p.m.', '12-hour UN style in a document written in 24-hour notation', '18.00']],
    ],
    [
      'a Geneva annex, settings asking for 12-hour',
      { times: GENEVA.slice(0, 2) },
      { timeConvention: '12h' },
      [
        ['10.00 – 10.15', '24-hour notation in a document written in 12-hour UN style', '10–10.15 a.m.'],
        ['10.15 – 13.00', '24-hour notation in a document written in 12-hour UN style', '10.15 a.m.–1 p.m.'],
      ],
    ],
    [
      'a New York annex, settings asking for 24-hour',
      { times: NEW_YORK.slice(0, 2) },
      { timeConvention: '24h' },
      [
        ['10 a.m.–1 p.m.', '12-hour UN style in a document written in 24-hour notation', '10.00–13.00'],
        ['3–6 p.m.', '12-hour UN style in a document written in 24-hour notation', '15.00–18.00'],
      ],
    ],
  ])('%s', (_name, shape, settings, expected) => {
    const snapshot = conventionsDoc(shape);
    const found = findings(snapshot, 'time/format', settings);
    expect(
      found.map((f) => [
        f.excerpt,
        f.message.includes(`: ${expected.find((e) => e[0] === f.excerpt)?.[1]}`)
          ? expected.find((e) => e[0] === f.excerpt)?.[1]
          : f.message,
        fixed(f),
      ]),
    ).toEqual(expected);
    for (const f of found)
      expect(findings(applyTextPlan(snapshot, f.fix!), 'time/format', settings).map((g) => g.excerpt)).not.toContain(
        fixed(f),
      );
  });

  test("the message names the diagnosis and the document's style", () => {
    const [f] = findings(conventionsDoc({ times: [...GENEVA, '11:30 – 13.00'] }), 'time/format');
    expect(f.message).toBe(
      'Time "11:30 – 13.00": colon instead of a full stop: 11:30 → 11.30. Expected "11.30 – 13.00" (24-hour notation, "10.00 – 13.00", as the document writes its times).',
    );
  });
});

describe('inferConventions says which convention applies and why', () => {
  const conventions = (shape: ConventionsDoc, settings?: Partial<CheckSettings>) => {
    const snapshot = conventionsDoc(shape);
    return inferConventions(parseAgenda(snapshot), snapshot, settings);
  };

  test.each<[string, ConventionsDoc, Partial<CheckSettings> | undefined, object]>([
    [
      '7 of 8 Geneva slots',
      { times: [...GENEVA, '3–6 p.m.'] },
      undefined,
      {
        value: { notation: '24h', separator: '.', example: '10.00 – 13.00' },
        source: 'inferred',
        evidence: '7 of 8 annex slot times are in 24-hour notation; minutes after a full stop in 7 of 7.',
      },
    ],
    [
      'a New York annex',
      { times: NEW_YORK },
      undefined,
      { value: { notation: '12h', separator: '.', example: '10 a.m.–1 p.m.' }, source: 'inferred' },
    ],
    [
      'colons throughout',
      { times: ['10:00–13:00', '15:00–18:00'] },
      undefined,
      { value: { notation: '24h', separator: ':', example: '10:00–13:00' }, source: 'inferred' },
    ],
    [
      'no time at all',
      {},
      undefined,
      {
        value: { notation: '12h' },
        source: 'default',
        evidence: 'The document writes no time of day: the default applies.',
      },
    ],
    [
      'a tie',
      { times: ['10.00–13.00', '3–6 p.m.'] },
      undefined,
      {
        value: { notation: '12h' },
        source: 'default',
        evidence: '1 of 2 annex slot times are in 12-hour UN style, no majority: the default applies.',
      },
    ],
    [
      "settings override the notation, the separator is still the document's",
      { times: ['10:00–13:00', '15:00–18:00'] },
      { timeConvention: '24h' },
      {
        value: { notation: '24h', separator: ':' },
        source: 'settings',
        evidence: 'timeConvention "24h" in the settings; minutes after a colon in 2 of 2.',
      },
    ],
  ])('time: %s', (_name, shape, settings, expected) => {
    expect(conventions(shape, settings).time).toMatchObject(expected);
  });

  test('range dash, terminators and "(continued)" carry their evidence', () => {
    const c = conventions({
      terminators: [';', ';', ';', '.'],
      times: GENEVA.slice(0, 5),
      markers: ['', '', '', '', ' (suite)'],
    });
    expect(c.rangeDash).toEqual({
      value: { dash: '–', spaced: true },
      source: 'inferred',
      evidence: '5 of 5 time ranges (annex slot times) use an en dash with spaces.',
    });
    expect(c.terminators).toEqual({
      value: { item: ';', last: '.' },
      source: 'inferred',
      evidence: 'In the agenda list items end with ";" (3 of 3), the last line end with "." (1 of 1).',
    });
    expect(c.continued).toEqual({
      value: 'suite',
      source: 'inferred',
      evidence: '1 of 1 resumed annex rows are marked "(suite)".',
    });
  });
});

describe('agenda/terminator flags the list line that ends unlike the others of its kind', () => {
  test.each<[string, string[], [excerpt: string, fix: string][]]>([
    ['";" throughout, "." last', [';', ';', ';', ';', '.'], []],
    ['no terminators at all', ['', '', '', ''], []],
    ['one "." among ";"', [';', ';', '.', ';', '.'], [['Item 3.', ';']]],
    ['one missing among "."', ['.', '.', '', '.', '.'], [['Item 3', '.']]],
    ['two of four differ: no majority to hold them to', [';', '.', ';', '.', '.'], []],
    ['too few lines to tell', [';', '.', '.'], []],
  ])('%s', (_name, terminators, expected) => {
    const snapshot = conventionsDoc({ terminators });
    const found = findings(snapshot, 'agenda/terminator');
    expect(found.map((f) => [f.excerpt, fixed(f)])).toEqual(expected);
    for (const f of found) expect(findings(applyTextPlan(snapshot, f.fix!), 'agenda/terminator')).toEqual([]);
  });
});

describe('annex/continued writes and asks for the document\'s own "(continued)" word', () => {
  const times = [
    '10 a.m.–1 p.m.',
    '3–6 p.m.',
    '10 a.m.–1 p.m.',
    '3–6 p.m.',
    '10 a.m.–1 p.m.',
    '3–6 p.m.',
    '10 a.m.–1 p.m.',
  ];
  test.each<[string, string[], [excerpt: string, fix: string][]]>([
    ['three "(continued)"', ['', '', '', '', ' (continued)', ' (continued)', ' (continued)'], []],
    [
      'one "(cont.)" among "(continued)"',
      ['', '', '', '', ' (continued)', ' (cont.)', ' (continued)'],
      [['(cont.)', 'continued']],
    ],
    [
      'one "(continued)" among "(suite)"',
      ['', '', '', '', ' (suite)', ' (suite)', ' (continued)'],
      [['(continued)', 'suite']],
    ],
    ['one of each: no majority', ['', '', '', '', ' (suite)', ' (continued)'], []],
  ])('%s', (_name, markers, expected) => {
    const snapshot = conventionsDoc({ times: times.slice(0, markers.length), markers });
    const found = findings(snapshot, 'annex/continued').filter((f) => f.severity === 'warning');
    expect(found.map((f) => [f.excerpt, fixed(f)])).toEqual(expected);
    for (const f of found) expect(findings(applyTextPlan(snapshot, f.fix!), 'annex/continued')).toEqual([]);
  });
});

describe("agenda/range-dash holds item ranges to the document's dash", () => {
  test.each<[string, ConventionsDoc, [excerpt: string, fix: string][]]>([
    [
      'an en dash, as the times write it',
      { times: NEW_YORK.slice(0, 2), prose: 'The Committee will take up items 2–4 together.' },
      [],
    ],
    [
      'a hyphen among en-dash times',
      { times: NEW_YORK.slice(0, 2), prose: 'The Committee will take up items 2-4 together.' },
      [['items 2-4', '–']],
    ],
    [
      'a hyphen and no time range: UN style',
      { prose: 'The Committee will take up items 2-4 together.' },
      [['items 2-4', '–']],
    ],
    [
      'hyphens throughout the item ranges, no time range',
      { prose: 'It will take up items 2-4 together, and items 1-3 again.' },
      [],
    ],
  ])('%s', (_name, shape, expected) => {
    const snapshot = conventionsDoc(shape);
    const found = findings(snapshot, 'agenda/range-dash');
    expect(found.map((f) => [f.excerpt, fixed(f)])).toEqual(expected);
    for (const f of found) expect(findings(applyTextPlan(snapshot, f.fix!), 'agenda/range-dash')).toEqual([]);
  });
});
