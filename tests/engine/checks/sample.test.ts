/**
 * The real CTOC agenda (both list variants) as an editor would submit it: no error may be reported on it. Every
 * finding of any severity is listed here, so that a new one has to be looked at.
 */
import { runChecks } from '../../../src/engine/checks';
import { parseAgenda } from '../../../src/engine/parse';
import { ctocNumberedSnapshot, ctocSnapshot } from '../../fixtures/ctocSnapshot';
import { sample } from './variants';

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

describe('legitimate text draws no finding from any rule', () => {
  test.each([
    'In its resolution 7/1 and pursuant to paragraph 53 (h), see www.unodc.org/unodc/en/treaties/CTOC/index.html.',
    'The joint note (CTOC/COP/WG.3/2023/3-CTOC/COP/WG.4/2023/3-CTOC/COP/WG.7/2023/3) and A/78/1 and Corr.1.',
    'Security Council resolution S/RES/1440 (2002) and document A/62/17(PartI), https://undocs.org/en/A/78/1.',
    'The dialogues were held on Friday, 1 July 2022; the meeting opens on Thursday, 5 October, at 10 a.m.',
    'It will meet from 10 a.m. to 1 p.m. and from 3 to 6 p.m., between 3 and 6 p.m., until noon.',
    'Under agenda items 2–4 and item 1 (b), the Group covered 25 km² of sea and 3.75 per cent of 10⁶ cases.',
    'See paragraphs 10.11–10.15 of the report (E/CN.15/2024/1/Add.1) and the 2022/23 biennium; HIV/AIDS and/or COVID-19.',
  ])('%s', (text) => {
    const snapshot = sample({ find: 'The Working Group is expected to adopt a report', with: text });
    expect(runChecks(snapshot, parseAgenda(snapshot)).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });
});
