/**
 * Hostile and broken inputs through the real command line, in its own process with a 400 MB heap: each gives,
 * within seconds, either a correct result or exit code 2 with exactly one clear line on stderr and no stack trace.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { body, buildDocx, cell, p, table } from '../helpers/docxFactory';
import { damagedInTransit, deepNesting, duplicateEntry, encryptedZip, oleEncryptedDocx } from '../helpers/hostileZip';
import { zipBomb } from '../helpers/zipBomb';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/agenda-desk.js');
const CTOC = path.join(ROOT, 'assets/samples/ctoc-cop-wg7-2023-1.docx');
const work = mkdtempSync(path.join(tmpdir(), 'agenda-hostile-'));

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'build/agenda-desk.js')))
    throw new Error('The CLI is not built: run `npm run build:cli` (npm test does).');
});

const PEAK_RSS = path.join(ROOT, 'tests/helpers/peakRss.js');
const rssFile = path.join(mkdtempSync(path.join(tmpdir(), 'agenda-rss-')), 'peak-rss');

/** Runs the CLI with a 400 MB heap; `rssMb` is the child's peak resident set size (tests/helpers/peakRss.js). */
function agendaDesk(...args: string[]): {
  code: number | null;
  stdout: string;
  stderr: string[];
  ms: number;
  rssMb: number;
} {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--max-old-space-size=400', '--require', PEAK_RSS, BIN, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, AGENDA_DESK_PEAK_RSS: rssFile },
  });
  const rssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : Infinity;
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr.split('\n').filter((l) => l.trim() !== ''),
    ms: Date.now() - started,
    rssMb,
  };
}

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(work, name);
  writeFileSync(file, bytes);
  return file;
}

/** Exit 2, one line naming the file, nothing that looks like a stack trace. */
function expectOneLineRefusal(result: ReturnType<typeof agendaDesk>, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stderr).toHaveLength(1);
  expect(result.stderr[0]).toMatch(pattern);
  expect(result.stderr[0]).not.toMatch(/\bat \S+ \(|node:internal|Error:/);
  expect(result.stdout).toBe('');
  expect(result.ms).toBeLessThan(20_000);
  expect(result.rssMb).toBeLessThan(400);
}

const ctocBytes = readFileSync(CTOC);

async function ctocWithDocumentXml(edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(ctocBytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', edit(xml));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('refused with one line', () => {
  it.each<[string, () => Promise<Uint8Array | string>, RegExp]>([
    ['an empty file', async () => '', /empty/i],
    [
      'random bytes',
      async () => Uint8Array.from({ length: 65536 }, (_, i) => (i * 2654435761) % 256),
      /not a \.docx|damaged|zip/i,
    ],
    [
      'a truncated .docx',
      async () => ctocBytes.subarray(0, Math.floor(ctocBytes.length / 2)),
      /damaged|truncated|not a \.docx/i,
    ],
    [
      'a zip without word/document.xml',
      async () => {
        const zip = new JSZip();
        zip.file('hello.txt', 'hello');
        return zip.generateAsync({ type: 'uint8array' });
      },
      /document\.xml|not a Word document/i,
    ],
    [
      'an encrypted .docx',
      async () => Buffer.concat([Buffer.from('D0CF11E0A1B11AE1', 'hex'), Buffer.alloc(4096)]),
      /encrypted|\.doc/i,
    ],
    [
      'XML with a DOCTYPE and nested entities',
      async () =>
        ctocWithDocumentXml((xml) =>
          xml
            .replace(
              '<w:document',
              '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<w:document',
            )
            .replace('Provisional agenda', '&lol2;'),
        ),
      /DOCTYPE|entit/i,
    ],
    [
      'an external entity',
      async () =>
        ctocWithDocumentXml((xml) =>
          xml
            .replace('<w:document', `<!DOCTYPE x [<!ENTITY ext SYSTEM "file://${ROOT}/package.json">]>\n<w:document`)
            .replace('Provisional agenda', '&ext;'),
        ),
      /DOCTYPE|entit/i,
    ],
    ['a zip bomb that lies about its size (2 GB of zeros)', async () => zipBomb(2, 1000), /large|limit|bomb|inflat/i],
    ['an honest zip bomb (1 GB of zeros, declared)', async () => zipBomb(1, 1024 ** 3), /bomb|inflate/i],
    [
      'bad XML (a mismatched end tag)',
      async () => ctocWithDocumentXml((xml) => xml.replace('</w:body>', '</w:p></w:body>')),
      /not well-formed/i,
    ],
    [
      'a billion laughs',
      async () =>
        ctocWithDocumentXml((xml) => {
          const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
          return xml
            .replace('<w:document', `<!DOCTYPE d [<!ENTITY l0 "ha">${levels}]>\n<w:document`)
            .replace('Provisional agenda', '&l9;');
        }),
      /DOCTYPE|entit/i,
    ],
    [
      '7 million empty paragraphs (a 78 KB file)',
      async () => ctocWithDocumentXml((xml) => xml.replace('<w:body>', `<w:body>${'<w:p/>'.repeat(7_000_000)}`)),
      /more than 300,000 elements/,
    ],
    [
      'elements nested 100,000 deep, each re-declaring a namespace',
      async () => ctocWithDocumentXml((xml) => xml.replace('<w:body>', `<w:body>${deepNesting(100_000)}`)),
      /nested more than 256 deep/,
    ],
    [
      '100,000 namespace declarations on the root',
      async () =>
        ctocWithDocumentXml((xml) =>
          xml.replace(
            '<w:document',
            `<w:document ${Array.from({ length: 100_000 }, (_, i) => `xmlns:n${i}="urn:n${i}"`).join(' ')}`,
          ),
        ),
      /more than 500 namespace declarations/,
    ],
    [
      'a document.xml corrupted in transit (CRC mismatch)',
      async () => damagedInTransit(await ctocWithDocumentXml((xml) => xml), 'Provisional agenda'),
      /checksum|CRC/,
    ],
    [
      'a ZIP with two entries named word/document.xml',
      async () => duplicateEntry(ctocBytes, 'word/document.xml'),
      /two entries named word\/document\.xml/,
    ],
    [
      'a Strict Open XML document',
      async () =>
        ctocWithDocumentXml((xml) =>
          xml
            .split('http://schemas.openxmlformats.org/wordprocessingml/2006/main')
            .join('http://purl.oclc.org/ooxml/wordprocessingml/main'),
        ),
      /Strict Open XML/,
    ],
    ['a password-protected ZIP', async () => encryptedZip(ctocBytes), /password-protected \(encrypted\) ZIP/],
    [
      'an encrypted (password-protected) .docx in its OLE wrapper',
      async () => oleEncryptedDocx(),
      /encrypted \(password-protected\) \.docx; remove the password/,
    ],
    [
      'a document that is not an agenda',
      async () =>
        buildDocx({ documentXml: body(p('Dear colleagues,'), p('Please find attached the minutes of the meeting.')) }),
      /holds no agenda: no provisional agenda list found$/u,
    ],
    [
      'a note by the secretariat with numbered paragraphs',
      async () =>
        buildDocx({
          documentXml: body(
            p('A/AC.1/2024/INF/2'),
            p('Note by the Secretariat', { style: 'Heading1' }),
            p('1.\tThe secretariat has prepared this note in response to the request of the Committee.'),
            p('2.\tIn its resolution 77/1, the General Assembly requested a briefing.'),
            p('3.\tThe Committee may wish to take note of the information.'),
          ),
        }),
      /holds no agenda: no provisional agenda list found$/u,
    ],
  ])(
    '%s',
    async (label, make, pattern) => {
      const bytes = await make();
      const file = write(`${label.replace(/\W+/g, '-')}.docx`, bytes);
      const before = readdirSync(work).sort();
      expectOneLineRefusal(agendaDesk('outline', file), pattern);
      expectOneLineRefusal(agendaDesk('check', file), pattern);
      expectOneLineRefusal(agendaDesk('regenerate-annex', file, '--in-place'), pattern);
      // the input is unchanged and nothing was left beside it
      expect(Buffer.compare(readFileSync(file), Buffer.from(bytes))).toBe(0);
      expect(readdirSync(work).sort()).toEqual(before);
    },
    90_000,
  );
});

describe('read correctly', () => {
  const agendaBlocks = (extra: string) =>
    body(
      p('CTOC/COP/WG.7/2023/1'),
      p('Vienna, 5 and 6 October 2023'),
      p('Provisional agenda', { style: 'Heading2' }),
      p('1.\tOpening of the meeting.'),
      p('2.\tAdoption of the report.'),
      extra,
    );

  it('an annex with merged cells and a nested table', async () => {
    const merged = cell('Thursday, 5 October', '<w:gridSpan w:val="3"/>');
    const nested = `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${table([['x', 'y']])}${p('')}</w:tc>`;
    const file = write(
      'merged.docx',
      await buildDocx({
        documentXml: agendaBlocks(
          p('Annex', { style: 'Heading1' }) +
            p('Proposed organization of work', { style: 'Heading2' }) +
            table([
              ['Date and time', 'Agenda item', 'Title or description'],
              [merged],
              ['10 a.m.–1 p.m.', '1', 'Opening of the meeting'],
              ['', '2', 'Adoption of the report'],
              [nested, '', ''],
            ]),
        ),
      }),
    );
    const result = agendaDesk('outline', file, '--json');
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
    const outline = JSON.parse(result.stdout) as {
      items: unknown[];
      annex: { days: { label: string; slots: { rows: { item: string }[] }[] }[] };
    };
    expect(outline.items).toHaveLength(2);
    expect(outline.annex.days[0].label).toBe('Thursday, 5 October');
    expect(outline.annex.days[0].slots[0].rows.map((r) => r.item)).toEqual(['1', '2']);
  }, 60_000);

  it('10,000 paragraphs, a 5 MB paragraph and right-to-left text', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      p(`Paragraph ${i} of the annotations, recalling resolution 7/1.`),
    ).join('');
    const huge = p('x'.repeat(5 * 1024 * 1024));
    const rtl = p('<w:r><w:rPr><w:rtl/></w:rPr><w:t>جدول الأعمال المؤقت المشروح</w:t></w:r>');
    const file = write(
      'big.docx',
      await buildDocx({ documentXml: agendaBlocks(p('Annotations', { style: 'Heading2' }) + many + huge + rtl) }),
    );
    const result = agendaDesk('outline', file, '--json');
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { items: unknown[] }).items).toHaveLength(2);
    expect(result.ms).toBeLessThan(30_000);
    const check = agendaDesk('check', file);
    expect(check.code === 0 || check.code === 1).toBe(true);
  }, 90_000);
});
