/**
 * Never lose a byte (issue 13): output through a pipe, outputs that would overwrite an input or each other,
 * characters a .docx cannot hold, and --in-place keeping the file's mode, symlink, hard links and a concurrent
 * change — through the real command line.
 */
import { spawn, spawnSync } from 'child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { openDocx } from '../../src/simulator';
import { readSnapshot } from '../../src/word/readSnapshot';
import { writeFileSafely } from '../../src/cli/writeFile';
import { agendaDocx } from '../../scripts/bench/agendaDocx';
import { generateAgenda } from '../../scripts/bench/generateAgenda';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/agenda-desk.js');
const CTOC = path.join(ROOT, 'assets/samples/ctoc-cop-wg7-2023-1.docx');
const LARGE = path.join(ROOT, 'assets/samples/large-agenda.docx');
let work = '';

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'agenda-output-'));
});

function agendaDesk(...args: string[]): { code: number | null; stdout: string; stderr: string[] } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr.split('\n').filter((l) => l.trim() !== ''),
  };
}

/** A shell pipeline whose reader waits a second before reading: the CLI's stdout fills the 64 KiB pipe buffer. */
function piped(command: string): { status: string; stdout: string; stderr: string } {
  const result = spawnSync('bash', ['-c', `set -o pipefail; ${command}; echo "status \${PIPESTATUS[*]}" >&2`], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    status: /status (.*)/.exec(result.stderr)?.[1] ?? '',
    stdout: result.stdout,
    stderr: result.stderr.replace(/status .*\n?/, ''),
  };
}

function copy(name: string, from = CTOC): string {
  const file = path.join(work, name);
  mkdirSync(path.dirname(file), { recursive: true });
  copyFileSync(from, file);
  return file;
}

async function titleOf(file: string, item: number): Promise<string> {
  const snapshot = await readSnapshot(await openDocx(new Uint8Array(readFileSync(file))));
  const line = snapshot.paragraphs.find((p) => p.text.startsWith(`${item}.\t`));
  return line?.text ?? '';
}

describe('stdout is written whole before the process exits', () => {
  it('outline --json of the large agenda through a slow pipe is valid JSON', () => {
    const result = piped(`node ${BIN} outline --json ${LARGE} | (sleep 1; python3 -m json.tool > /dev/null)`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe('0 0');
  });

  it('check --json of a 1,200-item agenda with many findings (and more files) through a slow pipe keeps every report', async () => {
    const big = path.join(work, 'big.docx');
    writeFileSync(big, await agendaDocx(generateAgenda(1200)));
    // the reader takes one byte as soon as it comes (the report is written at the end), then waits
    const result = piped(
      `node ${BIN} check --json ${big} ${CTOC} ${LARGE} | (dd bs=1 count=1 2>/dev/null; sleep 1; cat)`,
    );
    expect(result.stdout.length).toBeGreaterThan(65_536);
    const report = JSON.parse(result.stdout) as { files: { file: string }[] };
    expect(report.files.map((f) => f.file)).toEqual([big, CTOC, LARGE]);
    expect(result.status).toBe('1 0');
  }, 60_000);

  it('a reader that stops early (EPIPE) gets no stack trace and the exit code stays', () => {
    const result = piped(`node ${BIN} outline --json ${LARGE} | head -c 10 > /dev/null`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe('0 0');
  });
});

describe('an output that would overwrite an input or another output is refused, nothing written', () => {
  const cases: [string, (input: string) => string[], RegExp][] = [
    ['--out equal to the input', (input) => ['--out', input], /Refusing to overwrite .*--in-place/],
    [
      '--out naming the input through ..',
      (input) => ['--out', path.join(path.dirname(input), '..', path.basename(path.dirname(input)), 'a.docx')],
      /Refusing to overwrite/,
    ],
    [
      '--out through a symlink to the input',
      (input) => {
        symlinkSync(input, path.join(work, 'link.docx'));
        return ['--out', path.join(work, 'link.docx')];
      },
      /Refusing to overwrite/,
    ],
    [
      '--out a hard link of the input',
      (input) => {
        linkSync(input, path.join(work, 'hard.docx'));
        return ['--out', path.join(work, 'hard.docx')];
      },
      /Refusing to overwrite/,
    ],
    ["--out-dir the input's own folder", (input) => ['--out-dir', path.dirname(input)], /Refusing to overwrite/],
  ];
  it.each(cases)('%s', (_label, options, pattern) => {
    const input = copy('a.docx');
    const before = readFileSync(input);
    const result = agendaDesk('regenerate-annex', input, ...options(input));
    expect(result.code).toBe(2);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(pattern);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('two inputs with the same name sent to one --out-dir', () => {
    const a = copy('x/a.docx');
    const b = copy('y/a.docx');
    const result = agendaDesk('regenerate-annex', a, b, '--out-dir', path.join(work, 'out'));
    expect(result.code).toBe(2);
    expect(result.stderr).toEqual([expect.stringMatching(/both be written to .*a\.docx/)]);
    expect(existsSync(path.join(work, 'out', 'a.docx'))).toBe(false);
  });
});

describe('user text a .docx cannot hold is refused (not silently changed)', () => {
  it.each([
    ['U+0001', 'Opening\u0001 of the session', 'U+0001'],
    ['an ESC of a coloured paste', '\u001b[31mOpening of the session\u001b[0m', 'U+001B'],
    ['U+FFFE', 'Opening\uFFFE', 'U+FFFE'],
  ])('--title with %s', (_label, title, code) => {
    const input = copy('a.docx');
    const out = path.join(work, 'out.docx');
    const result = agendaDesk('rename-item', input, '--item', '1', '--title', title, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toEqual([expect.stringContaining(code)]);
    expect(existsSync(out)).toBe(false);
  });
});

describe('--in-place writes through to the real file', () => {
  it('keeps the mode (600)', () => {
    const input = copy('a.docx');
    chmodSync(input, 0o600);
    expect(agendaDesk('rename-item', input, '--item', '1', '--title', 'Opening', '--in-place').code).toBe(0);
    expect(statSync(input).mode & 0o777).toBe(0o600);
  });

  it('keeps a symlink and edits its target', async () => {
    const target = copy('real/a.docx');
    const link = path.join(work, 'link.docx');
    symlinkSync(target, link);
    expect(
      agendaDesk('rename-item', link, '--item', '1', '--title', 'Opening of the meeting at last', '--in-place').code,
    ).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(await titleOf(target, 1)).toMatch(/Opening of the meeting at last/);
  });

  it('keeps hard links', async () => {
    const input = copy('a.docx');
    const other = path.join(work, 'other.docx');
    linkSync(input, other);
    expect(
      agendaDesk('rename-item', input, '--item', '1', '--title', 'Opening of the meeting at last', '--in-place').code,
    ).toBe(0);
    expect(statSync(input).ino).toBe(statSync(other).ino);
    expect(statSync(input).nlink).toBe(2);
    expect(await titleOf(other, 1)).toMatch(/Opening of the meeting at last/);
    expect(readdirSync(work).sort()).toEqual(['a.docx', 'other.docx']);
  });

  it('two concurrent runs never lose an edit: both land, or one is refused with exit 2', async () => {
    const input = copy('a.docx');
    const runOne = (item: string, title: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [
          BIN,
          'rename-item',
          input,
          '--item',
          item,
          '--title',
          title,
          '--in-place',
        ]);
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (code) => resolve({ code, stderr }));
      });
    const [a, b] = await Promise.all([runOne('1', 'First title edited'), runOne('2', 'Second title edited')]);
    const landed = [
      (await titleOf(input, 1)).includes('First title edited'),
      (await titleOf(input, 2)).includes('Second title edited'),
    ];
    for (const [run, ok] of [
      [a, landed[0]],
      [b, landed[1]],
    ] as const) {
      if (run.code === 0) expect(ok).toBe(true);
      else {
        expect(run.code).toBe(2);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toMatch(/changed since it was read|another agenda-desk run/);
      }
    }
    expect(readdirSync(work)).toEqual(['a.docx']);
  }, 60_000);

  it('removes the temporary files and lock of an earlier run that was killed', () => {
    const input = copy('a.docx');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const pid = Number(dead.stdout);
    writeFileSync(path.join(work, `.a.docx.agenda-desk-${pid}-k1ll3d.tmp`), 'half written');
    writeFileSync(path.join(work, '.a.docx.agenda-desk.lock'), String(pid));
    writeFileSync(path.join(work, '.a.docx.someone-else.tmp'), 'not ours');
    expect(agendaDesk('rename-item', input, '--item', '1', '--title', 'Opening', '--in-place').code).toBe(0);
    expect(readdirSync(work).sort()).toEqual(['.a.docx.someone-else.tmp', 'a.docx']);
  });
});

describe('writeFileSafely', () => {
  it('refuses when the file changed since it was read, and writes nothing', async () => {
    const file = copy('a.docx');
    const read = readFileSync(file);
    writeFileSync(file, Buffer.concat([read, Buffer.from('changed by another program')]));
    const changed = readFileSync(file);
    await expect(writeFileSafely(file, new Uint8Array([1, 2, 3]), { file, bytes: read })).rejects.toThrow(
      /changed since it was read.*nothing written/,
    );
    expect(readFileSync(file).equals(changed)).toBe(true);
    expect(readdirSync(work)).toEqual(['a.docx']);
  });

  it('refuses while a live agenda-desk holds the lock', async () => {
    const file = copy('a.docx');
    writeFileSync(path.join(work, '.a.docx.agenda-desk.lock'), String(process.ppid));
    await expect(writeFileSafely(file, new Uint8Array([1]))).rejects.toThrow(/another agenda-desk run/);
    expect(readFileSync(file).equals(readFileSync(CTOC))).toBe(true);
  });
});
