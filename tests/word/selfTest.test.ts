/** "Check this Word" against the simulator: every assumption holds, and the document is left exactly as it was. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { openDocx } from '../../src/simulator';
import { formatReport, runSelfTest } from '../../src/word/selfTest';
import { partXml } from '../simulator/revisionHelpers';

const SAMPLES = path.resolve(__dirname, '../../assets/samples');
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(SAMPLES, name)));
const ENV = {
  platform: 'simulator',
  version: 'test',
  isSetSupported: (name: string, version: string) => name === 'WordApi' && Number(version) <= 1.5,
};

describe.each(['ctoc-cop-wg7-2023-1.docx', 'ctoc-cop-wg7-2023-1-numbered.docx'])('self-test on %s', (name) => {
  test.each(['web', 'desktop'] as const)(
    'every check passes in the simulator (%s) and the document is unchanged',
    async (platform) => {
      const bytes = bytesOf(name);
      const doc = await openDocx(bytes, { platform });
      const report = await runSelfTest(doc, ENV);
      const failed = report.results.filter((r) => r.status === 'FAIL').map((r) => `${r.id}: ${r.observed}`);
      expect(failed).toEqual([]);
      const ids = report.results.map((r) => r.id);
      expect(ids).toEqual(
        expect.arrayContaining([
          'marks-in-text',
          'search-window',
          'styleBuiltIn-inserted',
          'paragraph-format-set',
          'reviewed-text',
          'cells-without-cellIndex',
          'document-restored',
        ]),
      );
      expect(report.results.find((r) => r.id === 'marks-in-text')?.status).toBe('PASS');
      // the move's copy arrives whole: the simulator merges the copy's padding paragraph into the placeholder as Word
      // is reported to (office-js#2914); without the padding its last paragraph would merge and this would fail
      expect(report.results.find((r) => r.id === 'insertOoxml-move')).toMatchObject({
        status: 'PASS',
        observed:
          'between the originals and the end marker: "Agenda Desk self-test: move 1" Heading2, "Agenda Desk self-test: move 2" Heading3, "" Normal',
      });
      const saved = await doc.save();
      expect(await partXml(saved)).toBe(await partXml(bytes));
    },
  );
});

test('a Word without WordApi 1.5 fails that check, and the report can be copied', async () => {
  const doc = await openDocx(bytesOf('ctoc-cop-wg7-2023-1.docx'));
  const report = await runSelfTest(doc, { ...ENV, isSetSupported: (_n, v) => v !== '1.5' });
  expect(report.results.find((r) => r.id === 'WordApi-1.5')?.status).toBe('FAIL');
  const text = formatReport(report);
  expect(text.split('\n')[0]).toBe('Agenda Desk self-test — Word simulator test');
  expect(text).toMatch(/^FAIL WordApi-1\.5: isSetSupported false$/mu);
  expect(JSON.parse(text.split('\n').pop() ?? '')).toEqual(report);
});

test('with Track Changes on, the self-test records nothing and turns it back on', async () => {
  const bytes = bytesOf('ctoc-cop-wg7-2023-1-numbered.docx');
  const doc = await openDocx(bytes);
  await doc.run(async (context) => {
    context.document.changeTrackingMode = 'TrackAll';
    await context.sync();
  });
  const report = await runSelfTest(doc, ENV);
  expect(report.results.filter((r) => r.status === 'FAIL')).toEqual([]);
  const mode = await doc.run(async (context) => {
    context.document.load('changeTrackingMode');
    await context.sync();
    return context.document.changeTrackingMode;
  });
  expect(mode).toBe('TrackAll');
  const xml = await partXml(await doc.save());
  expect(xml).not.toMatch(/<w:(ins|del) /);
  expect(xml).toBe(await partXml(bytes));
});
