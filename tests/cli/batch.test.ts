/**
 * `check` on many files: the bundled CLI spreads them over worker threads (src/cli/batch.ts) and reports them
 * exactly as one-by-one checking does, in the order given, with one stderr line per unreadable file; progress
 * goes to a terminal's stderr only, and only after a second.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'fs';
import { availableParallelism, tmpdir } from 'os';
import * as path from 'path';
import { runBatch, terminalProgress } from '../../src/cli/batch';
import { resolveSettings } from '../../src/engine/checks';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/agenda-desk.js');
const SAMPLES = path.join(ROOT, 'assets/samples');

function run(...args: string[]): { code: number | null; out: string; err: string } {
  if (!existsSync(path.join(ROOT, 'build/agenda-desk.js')))
    throw new Error('The CLI is not built: run `npm run build:cli` (npm test does).');
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('check on a batch of files', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'agenda-batch-'));
  const files = [
    'ctoc-cop-wg7-2023-1.docx',
    'large-agenda.docx',
    'ctoc-cop-wg7-2023-1-numbered.docx',
    'large-agenda.docx',
  ].map((name, i) => {
    const file = path.join(work, `${i}-${name}`);
    copyFileSync(path.join(SAMPLES, name), file);
    return file;
  });
  const broken = path.join(work, 'broken.docx');
  writeFileSync(broken, 'not a zip');

  it('reports every file as checking them one by one does, in the order given', () => {
    const together = run('check', ...files, broken, '--json', '--stats');
    const single = files.map((file) => run('check', file, '--json', '--stats'));
    const reports = (out: string) => (JSON.parse(out) as { files: unknown[] }).files;
    expect(reports(together.out)).toEqual([
      ...single.flatMap((s) => reports(s.out)),
      expect.objectContaining({ file: broken, error: expect.any(String) as unknown }),
    ]);
    const errLines = together.err.trim().split('\n');
    expect(errLines[0]).toMatch(/^.*broken\.docx: Not a \.docx file/);
    // Syncs add up over the files, whichever thread read them.
    const stats = JSON.parse(errLines[errLines.length - 1]) as { syncs: number; engineMs: number; workers?: number };
    expect(stats.syncs).toBe(2 * files.length);
    const cores = Math.min(availableParallelism(), files.length + 1);
    expect(stats.workers).toBe(cores > 1 ? cores : undefined);
    expect(stats.engineMs).toBeGreaterThan(0);
    expect(together.code).toBe(2);
  }, 240_000);

  it('keeps the exit code of findings when every file is readable', () => {
    const together = run('check', files[0], files[1]);
    expect(together.code).toBe(run('check', files[0]).code === 1 || run('check', files[1]).code === 1 ? 1 : 0);
    expect(together.out).toContain(files[0]);
    expect(together.out.indexOf(files[0])).toBeLessThan(together.out.indexOf(files[1]));
  }, 240_000);
});

describe('batch progress', () => {
  function fakeStream(isTTY: boolean): NodeJS.WriteStream & { written: string[] } {
    const written: string[] = [];
    return { isTTY, written, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream & {
      written: string[];
    };
  }

  it('is silent when stderr is not a terminal', () => {
    expect(terminalProgress(fakeStream(false))).toBeUndefined();
  });

  it('shows the count on a terminal once the delay has passed, and clears its line at the end', async () => {
    const stream = fakeStream(true);
    const settings = resolveSettings({});
    const checkOne = (file: string) => Promise.resolve({ report: file, syncs: 2, engineMs: 1 });
    const results = await runBatch({ name: 'check', run: checkOne }, ['a', 'b', 'c'], {
      input: settings,
      progress: terminalProgress(stream, 0),
      threads: 1,
    });
    expect(results.map((r) => r.report)).toEqual(['a', 'b', 'c']);
    expect(stream.written).toEqual(['\rchecked 1/3', '\rchecked 2/3', '\rchecked 3/3', '\r\x1b[K']);
  });

  it('shows nothing for a batch shorter than the delay', async () => {
    const stream = fakeStream(true);
    const checkOne = (file: string) => Promise.resolve({ report: file, syncs: 2, engineMs: 1 });
    await runBatch({ name: 'check', run: checkOne }, ['a', 'b'], {
      input: resolveSettings({}),
      progress: terminalProgress(stream, 60_000),
      threads: 1,
    });
    expect(stream.written).toEqual([]);
  });
});
