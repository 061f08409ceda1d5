/** Open → save without edits → open again: same paragraphs and styles, every part byte-identical. */
import JSZip from 'jszip';
import { openDocx } from '../../src/simulator';
import { openSample, readParagraphs, readTables, reopen, sampleBytes } from './simHelpers';

const SAMPLE_FILES = ['ctoc-cop-wg7-2023-1.docx', 'ctoc-cop-wg7-2023-1-numbered.docx', 'large-agenda.docx'];

async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (file) out.set(name, await file.async('uint8array'));
  }
  return out;
}

describe.each(SAMPLE_FILES)('%s', (name) => {
  test('save without edits gives the same paragraphs, styles and tables', async () => {
    const doc = await openSample(name);
    const again = await reopen(doc);
    expect(await readParagraphs(again)).toEqual(await readParagraphs(doc));
    expect(await readTables(again)).toEqual(await readTables(doc));
  });

  test('save without edits keeps every part byte-identical', async () => {
    const original = await partsOf(sampleBytes(name));
    const saved = await partsOf(await (await openSample(name)).save());
    expect([...saved.keys()].sort()).toEqual([...original.keys()].sort());
    for (const [part, bytes] of original)
      expect(Buffer.from(saved.get(part) ?? new Uint8Array()).equals(Buffer.from(bytes))).toBe(true);
  });
});

test('an edit rewrites only the parts it touched and keeps untouched elements (sectPr, hyperlinks, footnote references)', async () => {
  const name = 'ctoc-cop-wg7-2023-1.docx';
  const doc = await openSample(name);
  await doc.run(async (context) => {
    context.document.body
      .search('Other matters', { matchCase: true })
      .getFirst()
      .insertText('Any other business', 'Replace');
    await context.sync();
  });
  const original = await partsOf(sampleBytes(name));
  const saved = await partsOf(await doc.save());
  const changed = [...original.keys()].filter(
    (part) =>
      !Buffer.from(saved.get(part) ?? new Uint8Array()).equals(Buffer.from(original.get(part) ?? new Uint8Array())),
  );
  expect(changed).toEqual(['word/document.xml']);
  const xml = new TextDecoder().decode(saved.get('word/document.xml'));
  const before = new TextDecoder().decode(original.get('word/document.xml'));
  for (const marker of ['<w:sectPr>', '<w:hyperlink ', '<w:footnoteReference ', 'w:headerReference']) {
    expect(xml.split(marker).length).toBe(before.split(marker).length);
  }
  const texts = (await readParagraphs(await openDocx(await doc.save()))).map((p) => p.text);
  expect(texts.filter((t) => t.includes('Any other business'))).toEqual(['5.\tAny other business.']);
  expect(texts).toContain('5.\tOther matters'); // getFirst(): only the first match was replaced
});
