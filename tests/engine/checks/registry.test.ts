import { defaultSettings, fixAll, resolveSettings, rules, runChecks } from '../../../src/engine/checks';
import { parseAgenda } from '../../../src/engine/parse';
import { ctocSnapshot } from '../../fixtures/ctocSnapshot';
import { annex, applyTextPlan, sample } from './variants';

const CONTRACT_IDS = [
  'symbol/malformed',
  'symbol/year',
  'symbol/duplicate',
  'symbol/own',
  'footnote/empty',
  'footnote/manual-mark',
  'footnote/url',
  'footnote/punctuation',
  'agenda/numbering',
  'agenda/annotation-missing',
  'agenda/annotation-title',
  'agenda/annotation-order',
  'agenda/reference',
  'annex/missing-item',
  'annex/unknown-item',
  'annex/title',
  'annex/order',
  'annex/continued',
  'date/weekday',
  'date/meeting-range',
  'time/format',
];

describe('registry', () => {
  test('has every rule id of the contract, each once', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of CONTRACT_IDS) expect(ids).toContain(id);
  });

  test.each(rules.map((r) => [r.meta.id, r] as const))(
    '%s has an id "group/name", a one-line description, a severity',
    (id, rule) => {
      expect(id).toMatch(/^[a-z]+\/[a-z-]+$/u);
      expect(rule.meta.description).toMatch(/^[A-Z"].*\.$/u);
      expect(rule.meta.description).not.toContain('\n');
      expect(['error', 'warning', 'info']).toContain(rule.meta.severity);
    },
  );
});

describe('resolveSettings', () => {
  test.each<[string, unknown, object]>([
    ['nothing', undefined, defaultSettings],
    ['an empty object (the time style is then inferred)', {}, { rules: {} }],
    ['24-hour times', { timeConvention: '24h' }, { timeConvention: '24h', rules: {} }],
    [
      'a rule off and one raised',
      { rules: { 'annex/order': 'off', 'symbol/year': 'error' } },
      { rules: { 'annex/order': 'off', 'symbol/year': 'error' } },
    ],
    [
      'a self-describing file',
      { $schema: 'x', description: 'Geneva', timeConvention: '24h' },
      { timeConvention: '24h', rules: {} },
    ],
  ])('accepts %s', (_name, input, expected) => {
    expect(resolveSettings(input)).toEqual(expected);
  });

  test.each<[string, unknown, string]>([
    ['an array', [], 'Check settings must be a JSON object such as {"timeConvention": "12h"}.'],
    [
      'an unknown key',
      { timeconvention: '24h' },
      'Unknown check setting "timeconvention" (known: "timeConvention", "rules").',
    ],
    ['a bad convention', { timeConvention: '24' }, 'timeConvention must be "12h", "24h", not "24".'],
    [
      'rules not an object',
      { rules: ['annex/order'] },
      '"rules" must be an object of rule id to severity, e.g. {"annex/order": "off"}.',
    ],
    [
      'an unknown rule',
      { rules: { 'annex/titel': 'off' } },
      'Unknown rule "annex/titel" in check settings (annex rules: annex/missing-item, annex/unknown-item, annex/title, annex/order, annex/continued, annex/day-order).',
    ],
    [
      'an unknown group',
      { rules: { 'foo/bar': 'off' } },
      'Unknown rule "foo/bar" in check settings (rule groups: symbol, agenda, annex, date, time, footnote).',
    ],
    [
      'a bad severity',
      { rules: { 'annex/order': 'fatal' } },
      'Rule "annex/order": severity must be "error", "warning", "info", "off", not "fatal".',
    ],
  ])('refuses %s with one line', (_name, input, message) => {
    expect(() => resolveSettings(input)).toThrow(message);
    try {
      resolveSettings(input);
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('\n');
    }
  });
});

describe('runChecks', () => {
  const broken = () =>
    sample(annex(6, 2, 'Developments at sea'), annex(5, 0, '3 – 6 p.m.'), {
      find: '(CTOC/COP/WG.7/2023/4)',
      with: '(CTOC/COP/WG.7/2O23/4)',
    });

  test('lists findings in document order', () => {
    const snapshot = broken();
    const findings = runChecks(snapshot, parseAgenda(snapshot));
    expect(findings.map((f) => f.rule)).toEqual(['symbol/malformed', 'time/format', 'annex/title']);
  });

  test('settings turn a rule off or change its severity', () => {
    const snapshot = broken();
    const agenda = parseAgenda(snapshot);
    const findings = runChecks(snapshot, agenda, { rules: { 'symbol/malformed': 'off', 'time/format': 'error' } });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['time/format', 'error'],
      ['annex/title', 'error'],
    ]);
  });

  test('a rule that fails is reported, and the others still run', () => {
    const snapshot = ctocSnapshot();
    const agenda = parseAgenda(snapshot);
    const rule = rules.find((r) => r.meta.id === 'annex/order')!;
    const original = rule.check;
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      const findings = runChecks(snapshot, agenda);
      expect(findings).toEqual([
        expect.objectContaining({
          rule: 'annex/order',
          severity: 'warning',
          message: 'This check could not run on this document (boom).',
        }),
      ]);
    } finally {
      rule.check = original;
    }
  });
});

describe('fixAll', () => {
  test('merges every fix into one plan that corrects the document', () => {
    const snapshot = sample(
      annex(6, 2, 'Developments at sea'),
      annex(5, 0, '3 – 6 p.m.'),
      annex(10, 2, 'Other matters (continued)'),
      { in: 'Heading 3', find: '6.\tAdoption of the report', with: '6.\tAdoption of the Report' },
    );
    const findings = runChecks(snapshot, parseAgenda(snapshot));
    const plan = fixAll(findings);
    expect(plan.edits).toHaveLength(4);
    expect(plan.warnings).toEqual([]);
    expect(plan.description).toBe('Fix 4 findings');
    const fixed = applyTextPlan(snapshot, plan);
    expect(fixed.tables[1].values).toEqual(ctocSnapshot().tables[1].values);
    expect(runChecks(fixed, parseAgenda(fixed))).toEqual([]);
  });

  test('two fixes of the same text: the first is taken, the second left for the next run with a warning', () => {
    const ITEM_2 =
      'Determining who to charge with the crime of migrant smuggling: who is and who is not a migrant smuggler';
    // Row 5 resumes item 2 without its marker (fix rewrites the cell) and with a wrong title (fix edits the text).
    const snapshot = sample(annex(5, 2, ITEM_2.replace('charge', 'prosecute')));
    const findings = runChecks(snapshot, parseAgenda(snapshot));
    expect(findings.map((f) => f.rule)).toEqual(['annex/title', 'annex/continued']);
    const plan = fixAll(findings);
    expect(plan.edits).toHaveLength(1);
    expect(plan.warnings).toEqual([expect.stringMatching(/^Not fixed in this pass .*annex\/continued/u)]);
    const once = applyTextPlan(snapshot, plan);
    const twice = applyTextPlan(once, fixAll(runChecks(once, parseAgenda(once))));
    expect(runChecks(twice, parseAgenda(twice))).toEqual([]);
    expect(twice.tables[1].values[5][2]).toBe(`${ITEM_2} (continued)`);
  });

  test('no fixable finding gives an empty plan', () => {
    const plan = fixAll([]);
    expect(plan.edits).toEqual([]);
    expect(plan.expectations).toEqual([]);
  });
});
