/**
 * The real CTOC agenda (both list variants) as an editor would submit it: no error may be reported on it. Every
 * finding of any severity is listed here, so that a new one has to be looked at.
 */
import { runChecks } from '../../../src/engine/checks';
import { parseAgenda } from '../../../src/engine/parse';
import { ctocNumberedSnapshot, ctocSnapshot } from '../../fixtures/ctocSnapshot';

describe.each([
  ['typed list', ctocSnapshot],
  ['auto-numbered list', ctocNumberedSnapshot],
])('CTOC sample (%s)', (_name, build) => {
  const snapshot = build();
  const findings = runChecks(snapshot, parseAgenda(snapshot));

  test('has no finding at all, in the 12-hour convention', () => {
    expect(findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });

  test('in the 24-hour convention only the times are reported, as warnings with fixes', () => {
    const in24 = runChecks(snapshot, parseAgenda(snapshot), { timeConvention: '24h' });
    expect(in24.every((f) => f.rule === 'time/format' && f.severity === 'warning' && f.fix)).toBe(true);
    expect(in24.map((f) => f.excerpt)).toEqual(['10 a.m.', '10 a.m.–1 p.m.', '3–6 p.m.', '10 a.m.–1 p.m.', '3–6 p.m.']);
  });
});
