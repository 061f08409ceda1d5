/**
 * The sample .docx files read the way the CLI and the add-in read them (simulator + gateway + parser): the real
 * documents, with the real footnote offsets and headers, must give no error. Warnings are listed so that a new
 * one is looked at.
 */
import * as path from 'path';
import { fixAll, runChecks } from '../../../src/engine/checks';
import { Stopwatch, loadAgenda } from '../../../src/cli/session';

const SAMPLES = path.join(__dirname, '../../../assets/samples');

describe.each(['ctoc-cop-wg7-2023-1.docx', 'ctoc-cop-wg7-2023-1-numbered.docx', 'large-agenda.docx'])('%s', (name) => {
  test('has no finding', async () => {
    const loaded = await loadAgenda(path.join(SAMPLES, name), new Stopwatch());
    const findings = runChecks(loaded.snapshot, loaded.agenda);
    expect(findings.map((f) => `${f.severity} ${f.rule}: ${f.message}`)).toEqual([]);
    expect(fixAll(findings).edits).toEqual([]);
  });
});
