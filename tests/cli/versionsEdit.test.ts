/**
 * One edit, all language versions: the edit commands take the six versions of the sample together, apply the
 * same structural operation to each, and `compare` on the outputs finds no structural difference.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { buildVersion, LANGUAGES, type Defect, type Language } from '../fixtures/versions/ctocVersions';

const work = mkdtempSync(path.join(tmpdir(), 'agenda-versions-'));
let run = 0;

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err };
}

/** The six versions in a fresh folder, with an empty output folder beside them. */
async function sixVersions(defects: Partial<Record<Language, Defect>> = {}): Promise<{ files: string[]; out: string }> {
  const dir = path.join(work, `set${run++}`);
  mkdirSync(path.join(dir, 'out'), { recursive: true });
  const files: string[] = [];
  for (const lang of LANGUAGES) {
    const file = path.join(dir, `${lang}.docx`);
    const defect = defects[lang];
    writeFileSync(file, await buildVersion(lang, defect ? [defect] : []));
    files.push(file);
  }
  return { files, out: path.join(dir, 'out') };
}

const outputs = (files: string[], out: string): string[] => files.map((f) => path.join(out, path.basename(f)));

async function outline(
  file: string,
): Promise<{ items: { number: string; title: string }[]; annotations: { item: string; title: string }[] }> {
  const { out } = await cli('outline', file, '--json');
  return JSON.parse(out) as {
    items: { number: string; title: string }[];
    annotations: { item: string; title: string }[];
  };
}

async function documentText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

describe('insert-item across the six language versions', () => {
  it('inserts item 3 in each, with each title or the language placeholder and a warning; compare then finds no difference', async () => {
    const { files, out } = await sixVersions();
    const result = await cli(
      'insert-item',
      ...files,
      '--position',
      '3',
      '--title',
      'New item',
      '--title',
      'fr=Nouveau point',
      '--title',
      'es=Nuevo tema',
      '--out-dir',
      out,
    );
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    const written = outputs(files, out);
    const titles = await Promise.all(written.map(async (f) => (await outline(f)).items[2].title));
    expect(titles).toEqual([
      'New item',
      'Nouveau point',
      'Nuevo tema',
      '[Название будет переведено]',
      '[العنوان قيد الترجمة]',
      '[标题待翻译]',
    ]);
    for (const f of written) {
      const o = await outline(f);
      expect(o.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
      expect(o.annotations.map((a) => a.item)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    }
    for (const lang of ['ru', 'ar', 'zh']) expect(result.out).toContain(`warning: No --title ${lang}=… was given`);
    expect(result.out.match(/warning: No --title/g)).toHaveLength(3);
    const compared = await cli('compare', ...written);
    expect(compared.out).not.toMatch(/\d+ differences?/);
    expect(compared.code).toBe(0);
  });

  it('renumbers the references in step: "agenda item 5" becomes 6 in every version', async () => {
    const { files, out } = await sixVersions();
    await cli('insert-item', ...files, '--position', '2', '--title', 'New item', '--versions', '--out-dir', out);
    const { out: json } = await cli('compare', ...outputs(files, out), '--json');
    expect((JSON.parse(json) as { files: { findings: unknown[] }[] }).files.flatMap((f) => f.findings)).toEqual([]);
    const texts = await Promise.all(outputs(files, out).map(documentText));
    const phrases = [
      'agenda item 6',
      "point 6 de l'ordre du jour",
      'tema 6 del programa',
      'пункта 6 повестки дня',
      'البند 6 من جدول الأعمال',
      '议程项目6',
    ];
    texts.forEach((text, i) => expect(text).toContain(phrases[i]));
  });
});

describe('other edits across versions', () => {
  it.each([
    ['remove-item', ['--item', '4']],
    ['move-item', ['--item', '5', '--to', '2']],
    ['insert-item', ['--position', '1 (b)', '--title', 'Election of officers', '--title', 'fr=Élection du Bureau']],
    ['rename-item', ['--item', '6', '--title', 'Adoption of the report on the meeting', '--title', 'zh=通过会议报告']],
  ])('%s keeps the six versions in step', async (command, args) => {
    const { files, out } = await sixVersions();
    const result = await cli(command, ...files, ...args, '--versions', '--out-dir', out);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    const compared = await cli('compare', ...outputs(files, out));
    expect(compared.code).toBe(0);
    const items = (await Promise.all(outputs(files, out).map(outline))).map((o) => o.items.length);
    expect(items).toEqual(LANGUAGES.map(() => (command === 'remove-item' ? 5 : 6)));
  });
});

describe('refusals write nothing', () => {
  it('refuses versions that already differ in structure', async () => {
    const { files, out } = await sixVersions({ fr: 'sub-item' });
    const result = await cli(
      'insert-item',
      ...files,
      '--position',
      '3',
      '--title',
      'New item',
      '--title',
      'fr=Nouveau point',
      '--out-dir',
      out,
    );
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/fr\.docx differs from .*en\.docx \(versions\/items: .*\).* Nothing was written\.$/);
    expect(result.code).toBe(2);
    for (const f of outputs(files, out)) expect(existsSync(f)).toBe(false);
  });

  it('refuses all when the edit cannot be made in one version', async () => {
    const { files, out } = await sixVersions();
    const result = await cli('remove-item', ...files, '--item', '9', '--versions', '--out-dir', out);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/en\.docx: .*9.* Nothing was written\.$/);
    expect(result.code).toBe(2);
    for (const f of outputs(files, out)) expect(existsSync(f)).toBe(false);
  });

  it('asks for --out-dir rather than --out', async () => {
    const { files } = await sixVersions();
    const result = await cli(
      'insert-item',
      ...files,
      '--position',
      '3',
      '--title',
      'X',
      '--title',
      'fr=Y',
      '--out',
      path.join(work, 'one.docx'),
    );
    expect(result.err[0]).toMatch(/--out names one file/);
    expect(result.code).toBe(2);
  });
});
