/**
 * The import-boundary rules (eslint/boundaries.mjs) on files placed in the real tree: a deliberate violation
 * fails, the allowed arrows pass. ESLint runs as `npm run lint` runs it, with the project's own eslint.config.mjs.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

type Case = [folder: string, source: string, expected: string[]];

const CASES: Case[] = [
  [
    'engine',
    "import { readSnapshot } from '../word/readSnapshot';\nexport const f = readSnapshot;\n",
    ['local/import-boundaries'],
  ],
  ['engine', "import { openDocx } from '../simulator';\nexport const f = openDocx;\n", ['local/import-boundaries']],
  ['engine', "import * as fs from 'fs';\nexport const f = fs;\n", ['local/import-boundaries']],
  ['engine', 'export const f = (): unknown => Word.run;\n', ['local/office-globals']],
  ['engine', "import type { Agenda } from './model';\nexport type A = Agenda;\n", []],
  [
    'word',
    "import type { Agenda } from '../engine/model';\nexport type A = Agenda;\nexport const f = (): unknown => Word.run;\n",
    [],
  ],
  [
    'word',
    "import type { CommandContext } from '../cli/command';\nexport type C = CommandContext;\n",
    ['local/import-boundaries'],
  ],
  ['taskpane', "import { openDocx } from '../simulator';\nexport const f = openDocx;\n", ['local/import-boundaries']],
  [
    'taskpane',
    'export const f = (): unknown => (globalThis as { Office?: unknown }).Office;\n',
    ['local/office-globals'],
  ],
  [
    'simulator',
    "import { parseAgenda } from '../engine/parse';\nexport const f = parseAgenda;\n",
    ['local/import-boundaries'],
  ],
  ['simulator', "import { formatNumber } from '../engine/text/listNumbers';\nexport const f = formatNumber;\n", []],
  ['cli', "import { readSnapshot } from '../word/readSnapshot';\nexport const f = readSnapshot;\n", []],
];

/** Every probe file in one `eslint` run (the type-aware setup costs seconds per run): rule ids per file. */
function lintProbes(): Map<string, { rules: string[]; fatal: string[] }> {
  const files = CASES.map(([folder, source], i) => {
    const file = path.join(probeDir(folder), `probe${i}.ts`);
    writeFileSync(file, source.replace(/'\.\.\//g, "'../../").replace(/'\.\//g, "'../"));
    return file;
  });
  const eslint = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
  // eslint exits 1 when it finds problems: the report on stdout is what counts.
  const run = spawnSync(process.execPath, [eslint, '--format', 'json', '--no-warn-ignored', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const report = JSON.parse(run.stdout) as {
    filePath: string;
    messages: { ruleId: string | null; fatal?: boolean; message: string }[];
  }[];
  const byFile = new Map(report.map((r) => [r.filePath, r]));
  return new Map(
    files.map((file) => {
      const messages = byFile.get(file)?.messages ?? [{ ruleId: null, fatal: true, message: 'not linted' }];
      return [
        file,
        {
          rules: messages.flatMap((m) => (m.ruleId?.startsWith('local/') ? [m.ruleId] : [])),
          fatal: messages.filter((m) => m.fatal).map((m) => m.message),
        },
      ];
    }),
  );
}

const dirs = new Map<string, string>();
function probeDir(folder: string): string {
  // A folder of its own inside src/<folder>, so that relative imports resolve as from a file there.
  if (!dirs.has(folder)) dirs.set(folder, mkdtempSync(path.join(ROOT, 'src', folder, 'lint-probe-')));
  return dirs.get(folder) as string;
}

describe('import boundaries (eslint)', () => {
  let results: Map<string, { rules: string[]; fatal: string[] }>;
  beforeAll(() => {
    results = lintProbes();
  }, 180_000);
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it.each(CASES.map((c, i) => [...c, i] as const))('src/%s: %j', (folder, _source, expected, i) => {
    const result = results.get(path.join(probeDir(folder), `probe${i}.ts`));
    expect(result?.fatal).toEqual([]);
    expect(result?.rules).toEqual(expected);
  });
});
