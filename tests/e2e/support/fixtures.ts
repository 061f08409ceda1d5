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

/**
 * The sample with two defects an editor works through: the first afternoon slot written "3-6 pm" (time/format,
 * fixable to "3–6 p.m.") and a letter O in the symbol of the background paper (symbol/malformed, one candidate).
 */
export function sampleWithTimeAndSymbolSlips(): Promise<Uint8Array> {
  return editDocumentXml((xml) => {
    const slot = xml.indexOf('>3–6 p.m.<');
    if (slot < 0) throw new Error('the sample has no "3–6 p.m." slot');
    const timed = `${xml.slice(0, slot)}>3-6 pm<${xml.slice(slot + '>3–6 p.m.<'.length)}`;
    if (!timed.includes('>CTOC/COP/WG.7/2023/2<')) throw new Error('the sample has no CTOC/COP/WG.7/2023/2 run');
    return timed.replace('>CTOC/COP/WG.7/2023/2<', '>CTOC/COP/WG.7/2O23/2<');
  });
}

/** A short letter without word/styles.xml (not an agenda): the blank-agenda form must still work on it. */
export async function letterWithoutStyles(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const xml = await zip.file('word/document.xml')!.async('string');
  const bodyStart = xml.indexOf('<w:body>') + '<w:body>'.length;
  const sectPr = xml.lastIndexOf('<w:sectPr');
  const letter = `${xml.slice(0, bodyStart)}<w:p><w:r><w:t>Dear colleagues, please find the draft below.</w:t></w:r></w:p>${xml.slice(sectPr)}`;
  zip.file('word/document.xml', letter);
  zip.remove('word/styles.xml');
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  zip.file('word/_rels/document.xml.rels', rels.replace(/<Relationship [^>]*Target="styles.xml"\/>/, ''));
  return zip.generateAsync({ type: 'uint8array' });
}
