/**
 * `agenda-desk compare` on the sample agenda's six language versions (built in code: tests/fixtures/versions)
 * and on the one-defect variants of issue 11: the clean set gives no finding, each defect exactly one, with its
 * place in both files.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { availableParallelism, tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import type { VersionFinding } from '../../src/engine/compare';
import {
  buildVersion,
  LANGUAGES,
  MORE_DEFECTS,
  ONE_DEFECT,
  type Defect,
  type Language,
} from '../fixtures/versions/ctocVersions';

const work = mkdtempSync(path.join(tmpdir(), 'agenda-compare-'));
const SAMPLE = path.resolve(__dirname, '../../assets/samples/ctoc-cop-wg7-2023-1.docx');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err };
}

async function version(lang: Language, defects: Defect[] = []): Promise<string> {
  const file = path.join(work, `${lang}${defects.length ? `-${defects.join('-')}` : ''}.docx`);
  writeFileSync(file, await buildVersion(lang, defects));
  return file;
}

interface Report {
  original: string;
  notCompared: string;
  files: { file: string; findings: VersionFinding[] }[];
}

async function compareJson(...files: string[]): Promise<{ code: number; report: Report }> {
  const { code, out, err } = await cli('compare', ...files, '--json');
  if (code === 2) throw new Error(err.join(' '));
  return { code, report: JSON.parse(out) as Report };
}

describe('compare: the six language versions of the sample', () => {
  it('finds no structural difference in the clean set, and says titles are not compared', async () => {
    const files = await Promise.all(LANGUAGES.map((lang) => version(lang)));
    const { code, out } = await cli('compare', ...files);
    expect(out).toMatch(/Titles, annotations and footnote wording are translations and are not compared/);
    for (const file of files.slice(1)) expect(out).toContain(`${file}: no structural difference`);
    expect(code).toBe(0);
  });

  it('finds none between the real English sample and the five built translations', async () => {
    const others = await Promise.all(LANGUAGES.slice(1).map((lang) => version(lang)));
    const { code, report } = await compareJson(SAMPLE, ...others);
    expect(report.files.flatMap((f) => f.findings)).toEqual([]);
    expect(code).toBe(0);
  });

  it.each(ONE_DEFECT)(
    'catches the $defect defect in the $lang version with exactly one $rule finding, placed in both files',
    async ({ lang, defect, rule }) => {
      const original = await version('en');
      const clean = await Promise.all(LANGUAGES.filter((l) => l !== 'en' && l !== lang).map((l) => version(l)));
      const broken = await version(lang, [defect]);
      const { code, report } = await compareJson(original, broken, ...clean);
      const findings = report.files.flatMap((f) => f.findings);
      expect(findings.map((f) => f.rule)).toEqual([rule]);
      expect(report.files.find((f) => f.file === broken)?.findings).toHaveLength(1);
      const [finding] = findings;
      expect(finding.locations.map((l) => l.file)).toEqual([original, broken]);
      for (const place of finding.locations) expect(place.location).not.toBeNull();
      expect(code).toBe(1);
    },
  );

  it.each(MORE_DEFECTS)(
    'catches a $defect difference in the $lang version with exactly one $rule finding',
    async ({ lang, defect, rule }) => {
      const original = await version('en');
      const broken = await version(lang, [defect]);
      const { code, report } = await compareJson(original, broken);
      const [other] = report.files;
      expect(other.findings.map((f) => f.rule)).toEqual([rule]);
      expect(other.findings[0].locations.map((l) => l.file)).toEqual([original, broken]);
      for (const place of other.findings[0].locations) expect(place.location).not.toBeNull();
      expect(code).toBe(1);
    },
  );

  it('points each defect at the right place in each file', async () => {
    const en = await version('en');
    const expected: Partial<Record<Defect, [RegExp, RegExp]>> = {
      'sub-item': [/Adoption of the agenda and organization of work/, /Ouverture de la réunion/],
      symbol: [/^CTOC\/COP\/WG\.7\/2023\/4$/, /^CTOC\/COP\/WG\.7\/2023\/5$/],
      day: [/^Friday, 6 October$/, /^الجمعة، 7 تشرين الأول\/أكتوبر$/],
      footnote: [/^Available at www\./, /^4\.\t/],
      reference: [/^agenda item 5$/, /^пункта 4$/],
    };
    for (const { lang, defect } of ONE_DEFECT) {
      const { report } = await compareJson(en, await version(lang, [defect]));
      const [finding] = report.files[0].findings;
      const [a, b] = expected[defect] ?? [/^$/, /^$/];
      expect([defect, finding.locations[0].excerpt]).toEqual([defect, expect.stringMatching(a)]);
      expect([defect, finding.locations[1].excerpt]).toEqual([defect, expect.stringMatching(b)]);
    }
  });

  it('writes a readable report naming the rule, both files and both places', async () => {
    const en = await version('en');
    const es = await version('es', ['symbol']);
    const { code, out } = await cli('compare', en, es);
    expect(out).toContain(`${es}: 1 difference`);
    expect(out).toMatch(
      /versions\/symbols: Item 3 cites CTOC\/COP\/WG\.7\/2023\/4 in .*en\.docx where .*es-symbol\.docx cites CTOC\/COP\/WG\.7\/2023\/5\./,
    );
    expect(out).toMatch(new RegExp(`${en}, paragraph \\d+, characters \\d+–\\d+: “CTOC/COP/WG.7/2023/4”`));
    expect(code).toBe(1);
  });
});

describe('compare: bad input', () => {
  it('exits 2 with one line when a version cannot be read, and still reports the others', async () => {
    const en = await version('en');
    const fr = await version('fr');
    const missing = path.join(work, 'missing.docx');
    const { code, err, out } = await cli('compare', en, missing, fr);
    expect(err).toEqual([`${missing}: no such file.`]);
    expect(out).toContain(`${fr}: no structural difference`);
    expect(code).toBe(2);
  });

  it('exits 2 when a file holds no agenda, and on fewer than two files', async () => {
    const notAgenda = path.join(work, 'letter.docx');
    const { buildDocx, p } = await import('../helpers/docxFactory');
    writeFileSync(notAgenda, await buildDocx({ documentXml: p('Dear colleagues,') }));
    const en = await version('en');
    const a = await cli('compare', notAgenda, en);
    expect(a.err).toHaveLength(1);
    expect(a.err[0]).toMatch(/letter\.docx: holds no agenda: no provisional agenda list found/);
    expect(a.code).toBe(2);
    const b = await cli('compare', en);
    expect(b.err[0]).toMatch(/compare takes the original and one or more other language versions/);
    expect(b.code).toBe(2);
  });
});

describe('compare in the bundled CLI (build/agenda-desk.js)', () => {
  it('exits 0 on the clean pair and 1 with one finding on a defect, as a process', async () => {
    const bin = path.resolve(__dirname, '../../bin/agenda-desk.js');
    const en = await version('en');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [bin, 'compare', ...args], { encoding: 'utf8', timeout: 60_000 });
    expect(run(en, await version('zh')).status).toBe(0);
    const broken = run(en, await version('zh', ['footnote']), '--json');
    expect(broken.status).toBe(1);
    expect((JSON.parse(broken.stdout) as Report).files[0].findings.map((f) => f.rule)).toEqual(['versions/footnotes']);
  });

  it('reads the versions on worker threads and reports exactly what the comparison in one thread reports', async () => {
    const bin = path.resolve(__dirname, '../../bin/agenda-desk.js');
    const missing = path.join(work, 'missing.docx');
    const files = [
      await version('en'),
      ...(await Promise.all(ONE_DEFECT.map(({ lang, defect }) => version(lang, [defect])))),
      missing,
    ];
    const bundled = spawnSync(process.execPath, [bin, 'compare', ...files, '--json', '--stats'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    // In jest the CLI runs from source, where no worker can start: every version is read in this thread.
    const inThread = await cli('compare', ...files, '--json', '--stats');
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(inThread.out));
    const errLines = bundled.stderr.trim().split('\n');
    expect(errLines.slice(0, -1)).toEqual(inThread.err.slice(0, -1));
    expect(errLines[0]).toBe(`${missing}: no such file.`);
    // Round trips add up over the versions, whichever thread read them: two syncs per readable file.
    const stats = JSON.parse(errLines[errLines.length - 1]) as { syncs: number; workers?: number };
    expect(stats.syncs).toBe(2 * (files.length - 1));
    // Spread over the cores (none on a one-core machine, where the versions are read one by one).
    const cores = Math.min(availableParallelism(), files.length);
    expect(stats.workers).toBe(cores > 1 ? cores : undefined);
    expect(bundled.status).toBe(2);
  }, 120_000);
});
