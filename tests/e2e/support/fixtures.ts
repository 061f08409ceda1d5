/**
 * Documents for the browser tests, derived from the CTOC sample by small edits of its XML, so that each test
 * starts from a known defect. Each edit asserts that it found what it changes (a silent no-op would make the
 * test pass for the wrong reason).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

const SAMPLE = join(__dirname, '..', '..', '..', 'assets', 'samples', 'ctoc-cop-wg7-2023-1.docx');

async function editDocumentXml(edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('the sample has no word/document.xml');
  const xml = await part.async('string');
  const edited = edit(xml);
  if (edited === xml) throw new Error('the fixture edit changed nothing');
  zip.file('word/document.xml', edited);
  return zip.generateAsync({ type: 'uint8array' });
}

/** The sample without the annex row of item 5 "Other matters" (Friday afternoon): the annex misses an item. */
export function sampleWithoutAnnexRowForItem5(): Promise<Uint8Array> {
  return editDocumentXml((xml) => {
    const rows = Array.from(xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g), (match) => match[0]).filter((row) =>
      row.includes('Other matters'),
    );
    if (rows.length !== 1) throw new Error(`expected one annex row for "Other matters", found ${rows.length}`);
    return xml.replace(rows[0], '');
  });
}
