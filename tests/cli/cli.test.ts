/**
 * The CLI end to end, in process: the simulator, the gateway and the engine on the real samples, files re-read
 * from disk after every write.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

const SAMPLES = path.resolve(__dirname, '../../assets/samples');
const CTOC = path.join(SAMPLES, 'ctoc-cop-wg7-2023-1.docx');
const NUMBERED = path.join(SAMPLES, 'ctoc-cop-wg7-2023-1-numbered.docx');
const LARGE = path.join(SAMPLES, 'large-agenda.docx');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err };
}

const work = mkdtempSync(path.join(tmpdir(), 'agenda-cli-'));

interface OutlineJson {
  symbol: string;
  items: { number: string; title: string; subItems: { letter: string; title: string }[] }[];
  annex: { days: { slots: { rows: { item: string; continued: boolean }[] }[] }[] } | null;
  footnotes: unknown[];
}

describe('agenda-desk outline', () => {
  const expected = JSON.parse(
    readFileSync(path.join(SAMPLES, 'ctoc-cop-wg7-2023-1.outline.json'), 'utf8'),
  ) as OutlineJson & Record<string, unknown>;

  it.each([CTOC, NUMBERED])('gives the contract outline of %s', async (file) => {
    const { code, out } = await cli('outline', file, '--json');
    expect(code).toBe(0);
    const outline = JSON.parse(out) as Record<string, unknown>;
    for (const key of ['symbol', 'meeting', 'items', 'footnotes']) expect(outline[key]).toEqual(expected[key]);
    const annex = outline.annex as OutlineJson['annex'];
    expect(annex?.days.map((d) => d.slots.map((s) => s.rows.map((r) => [r.item, r.continued])))).toEqual(
      expected.annex?.days.map((d) => d.slots.map((s) => s.rows.map((r) => [r.item, r.continued]))),
    );
  });

  it('reads all 120 items of the large sample', async () => {
    const { code, out } = await cli('outline', LARGE, '--json');
    expect(code).toBe(0);
    expect((JSON.parse(out) as OutlineJson).items.map((i) => i.number)).toEqual(
      Array.from({ length: 120 }, (_, i) => String(i + 1)),
    );
  });

  it('prints a readable outline without --json', async () => {
    const { code, out } = await cli('outline', CTOC);
    expect(code).toBe(0);
    expect(out).toContain('Organizational matters');
    expect(out).toContain('Adoption of the report');
    expect(() => JSON.parse(out) as unknown).toThrow();
  });

  it('reports syncs and engine time with --stats', async () => {
    for (const file of [CTOC, LARGE]) {
      const { err } = await cli('outline', file, '--stats');
      const stats = JSON.parse(err[err.length - 1]) as { command: string; syncs: number; engineMs: number };
      expect(stats).toEqual({ command: 'outline', syncs: 2, engineMs: expect.any(Number) as unknown });
    }
  });
});

describe('unreadable input', () => {
  it.each([
    ['a missing file', path.join(work, 'missing.docx'), /no such file/],
    ['an empty file', 'empty', /./],
    ['random bytes', 'random', /./],
  ])('%s gives exit 2 and one line on stderr', async (_label, name, pattern) => {
    let file = name;
    if (name === 'empty') writeFileSync((file = path.join(work, 'empty.docx')), '');
    if (name === 'random')
      writeFileSync(
        (file = path.join(work, 'random.docx')),
        Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)),
      );
    const { code, err, out } = await cli('outline', file);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(pattern);
    expect(err[0]).not.toMatch(/\n|at .*\(.*:\d+:\d+\)/);
    expect(out).toBe('');
  });
});

describe('editing commands', () => {
  it('refuse to overwrite the input without --out or --in-place', async () => {
    const { code, err } = await cli('insert-item', CTOC, '--position', '3', '--title', 'X');
    expect(code).toBe(2);
    expect(err[0]).toMatch(/--out/);
  });

  it('insert item 3 on the CTOC sample renumbers list, headings, annex and references', async () => {
    const out = path.join(work, 'inserted.docx');
    const { code, out: printed } = await cli(
      'insert-item',
      CTOC,
      '--position',
      '3',
      '--title',
      'Smuggling of migrants by air',
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(printed).toMatch(/written to/);
    const { out: json } = await cli('outline', out, '--json');
    const outline = JSON.parse(json) as OutlineJson & { annotations: { item: string; title: string }[] };
    const original = JSON.parse(
      readFileSync(path.join(SAMPLES, 'ctoc-cop-wg7-2023-1.outline.json'), 'utf8'),
    ) as OutlineJson;
    const titles = original.items.map((i) => i.title);
    titles.splice(2, 0, 'Smuggling of migrants by air');
    expect(outline.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(outline.items.map((i) => i.title)).toEqual(titles);
    expect(outline.annotations.map((a) => a.item)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(outline.annotations[5].title).toBe('Other matters');
    const rows = outline.annex?.days.flatMap((d) => d.slots.flatMap((s) => s.rows.map((r) => r.item)));
    expect(rows).toContain('3');
    expect(rows?.filter((r) => r === '7')).toHaveLength(1);
    const check = await cli('check', out);
    expect(check.code).toBe(0);
  });

  it('writes nothing when the plan cannot be made', async () => {
    const out = path.join(work, 'never.docx');
    const { code, err } = await cli('remove-item', CTOC, '--item', '9', '--out', out);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('agenda-desk check', () => {
  it('finds no error on the samples and exits 0', async () => {
    const { code, out } = await cli('check', CTOC, NUMBERED, '--json');
    const report = JSON.parse(out) as { files: { file: string; findings: { severity: string }[] }[] };
    expect(report.files).toHaveLength(2);
    for (const f of report.files) expect(f.findings.filter((x) => x.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  it('exits 2 for an unreadable file but still checks the others', async () => {
    const { code, out, err } = await cli('check', path.join(work, 'nope.docx'), CTOC, '--json');
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    const report = JSON.parse(out) as { files: { file: string; error?: string }[] };
    expect(report.files.map((f) => Boolean(f.error))).toEqual([true, false]);
  });
});

describe('agenda-desk fix', () => {
  /** The CTOC sample with one defect: footnote 2 loses its full stop, the annex title of item 3 drifts. */
  async function defective(): Promise<string> {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync(CTOC));
    const notes = await zip.file('word/footnotes.xml')!.async('string');
    zip.file('word/footnotes.xml', notes.replace('som_2022.html.<', 'som_2022.html<'));
    const xml = await zip.file('word/document.xml')!.async('string');
    const annexTitle =
      'Developments, challenges and best practices in preventing and combating the smuggling of migrants by sea</w:t>';
    const last = xml.lastIndexOf(annexTitle);
    zip.file(
      'word/document.xml',
      xml.slice(0, last) + annexTitle.replace('by sea', 'at sea') + xml.slice(last + annexTitle.length),
    );
    const file = path.join(work, 'defective.docx');
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
    return file;
  }

  it('finds the defects, fixes them in one command and the result checks clean', async () => {
    const file = await defective();
    const before = await cli('check', file, '--json');
    const rules = (JSON.parse(before.out) as { files: { findings: { rule: string; fixable: boolean }[] }[] }).files[0]
      .findings;
    expect(rules.map((f) => [f.rule, f.fixable])).toEqual(
      expect.arrayContaining([
        ['footnote/punctuation', true],
        ['annex/title', true],
      ]),
    );
    expect(before.code).toBe(1);
    const out = path.join(work, 'fixed.docx');
    const fixed = await cli('fix', file, '--out', out, '--stats');
    expect(fixed.code).toBe(0);
    const after = await cli('check', out, '--json');
    expect((JSON.parse(after.out) as { files: { findings: unknown[] }[] }).files[0].findings).toEqual([]);
    expect(after.code).toBe(0);
    const { out: json } = await cli('outline', out, '--json');
    expect((JSON.parse(json) as { footnotes: { text: string }[] }).footnotes[1].text).toMatch(/som_2022\.html\.$/);
  });
});

describe('auto-numbered lists', () => {
  it('a new sub-item under an item that had none takes the sub-item level of the Word list', async () => {
    const out = path.join(work, 'numbered-sub.docx');
    expect(
      (await cli('insert-item', NUMBERED, '--position', '6 (a)', '--title', 'Adoption of the summary', '--out', out))
        .code,
    ).toBe(0);
    const outline = JSON.parse((await cli('outline', out, '--json')).out) as OutlineJson;
    expect(outline.items.map((i) => [i.number, i.subItems.map((s) => s.letter)])).toEqual([
      ['1', ['a', 'b']],
      ['2', []],
      ['3', []],
      ['4', []],
      ['5', []],
      ['6', ['a']],
    ]);
    expect(outline.items[5].subItems[0].title).toBe('Adoption of the summary');
  });

  it('moving an item with its sub-items keeps their levels', async () => {
    const out = path.join(work, 'numbered-move.docx');
    expect((await cli('move-item', NUMBERED, '--item', '1', '--to', '6', '--out', out)).code).toBe(0);
    const outline = JSON.parse((await cli('outline', out, '--json')).out) as OutlineJson;
    expect(outline.items.map((i) => i.subItems.length)).toEqual([0, 0, 0, 0, 0, 2]);
    expect(outline.items[5].title).toBe('Organizational matters');
  });
});

describe('agenda-desk rules', () => {
  it('lists every check with its id, severity and whether it fixes', async () => {
    const { code, out } = await cli('rules', '--json');
    expect(code).toBe(0);
    const list = JSON.parse(out) as { id: string; severity: string; fixable: boolean }[];
    expect(list.map((r) => r.id)).toEqual(
      expect.arrayContaining(['symbol/malformed', 'annex/title', 'time/format', 'footnote/punctuation']),
    );
    expect(list.find((r) => r.id === 'annex/title')?.fixable).toBe(true);
    const text = await cli('rules');
    expect(text.out.split('\n')).toHaveLength(list.length);
  });
});

describe('editing in batch', () => {
  it('fix and regenerate-annex take several files with --out-dir; a broken one is reported and the rest go on', async () => {
    const dir = path.join(work, 'batch');
    const { mkdirSync } = await import('fs');
    mkdirSync(dir, { recursive: true });
    const broken = path.join(work, 'broken-batch.docx');
    writeFileSync(broken, 'not a zip');
    const fixed = await cli('fix', CTOC, broken, NUMBERED, '--out-dir', dir);
    expect(fixed.code).toBe(2);
    expect(fixed.err).toEqual([expect.stringMatching(/^.*broken-batch\.docx: Not a \.docx file/)]);
    expect(readdirSync(dir).sort()).toEqual(['ctoc-cop-wg7-2023-1-numbered.docx', 'ctoc-cop-wg7-2023-1.docx']);
    const regenerated = await cli(
      'regenerate-annex',
      path.join(dir, 'ctoc-cop-wg7-2023-1.docx'),
      path.join(dir, 'ctoc-cop-wg7-2023-1-numbered.docx'),
      '--in-place',
    );
    expect(regenerated.code).toBe(0);
    expect(regenerated.out.match(/written to/g)).toHaveLength(2);
    const check = await cli(
      'check',
      path.join(dir, 'ctoc-cop-wg7-2023-1.docx'),
      path.join(dir, 'ctoc-cop-wg7-2023-1-numbered.docx'),
    );
    expect(check.code).toBe(0);
  });

  it('--out names one file only', async () => {
    const { code, err } = await cli('fix', CTOC, NUMBERED, '--out', path.join(work, 'one.docx'));
    expect(code).toBe(2);
    expect(err[0]).toMatch(/--out-dir/);
  });
});
