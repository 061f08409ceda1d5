/** Hostile and broken packages: one clear DocxError line each, bounded memory, nothing expanded or fetched. */
import JSZip from 'jszip';
import { DocxError, openDocx } from '../../src/simulator';
import { body, buildDocx, p } from '../helpers/docxFactory';
import { checkXmlLimits, DEFAULT_XML_LIMITS, type XmlLimits } from '../../src/simulator/ooxml/xml';
import { agendaDocx } from '../../scripts/bench/agendaDocx';
import { generateAgenda } from '../../scripts/bench/generateAgenda';
import { damagedInTransit, deepNesting, duplicateEntry, encryptedZip, oleEncryptedDocx } from '../helpers/hostileZip';
import { sampleBytes } from './simHelpers';

async function refusal(bytes: Uint8Array, options?: { maxInflatedBytes?: number }): Promise<DocxError> {
  try {
    await openDocx(bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(DocxError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).not.toMatch(/\bat \S+ \(/); // no stack frames
    return error as DocxError;
  }
  throw new Error('expected openDocx to refuse the file');
}

async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function randomBytes(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x & 0xff;
  }
  return out;
}

describe('hostile input', () => {
  test('empty file', async () => {
    expect((await refusal(new Uint8Array())).message).toMatch(/empty/);
  });

  test('random bytes', async () => {
    expect((await refusal(randomBytes(4096))).message).toMatch(/not a ZIP/);
  });

  test('random bytes after a ZIP signature', async () => {
    const bytes = randomBytes(4096);
    bytes[0] = 0x50;
    bytes[1] = 0x4b;
    expect((await refusal(bytes)).message).toMatch(/damaged or truncated/);
  });

  test('truncated .docx', async () => {
    const whole = sampleBytes('ctoc-cop-wg7-2023-1.docx');
    expect((await refusal(whole.slice(0, Math.floor(whole.length / 2)))).message).toMatch(/damaged or truncated/);
  });

  test('zip without word/document.xml', async () => {
    expect((await refusal(await zipOf({ 'hello.txt': 'not a document' }))).message).toMatch(/no word\/document\.xml/);
  });

  test('encrypted .docx (an OLE compound file)', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await refusal(ole)).message).toMatch(/encrypted.*or an old Word 97-2003 \.doc/);
  });

  test('XML with a DOCTYPE and nested entities is refused, nothing expanded', async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>`;
    expect((await refusal(await buildDocx({ documentXml: lol }))).message).toMatch(/DOCTYPE/);
  });

  test('an external entity is never resolved', async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`;
    const error = await refusal(await buildDocx({ documentXml: xxe }));
    expect(error.message).toMatch(/DOCTYPE/);
    expect(error.message).not.toContain('root:');
  });

  test('malformed XML', async () => {
    const broken = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p></w:body></w:document>`;
    expect((await refusal(await buildDocx({ documentXml: broken }))).message).toMatch(
      /word\/document\.xml is not well-formed XML/,
    );
  });

  test.each([
    ['a mismatched end tag inside a run', '<w:p><w:r><w:t>text</w:r></w:t></w:p>'],
    ['an unclosed element', '<w:p><w:r><w:t>text</w:t></w:r>'],
    ['an undeclared entity', '<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>'],
    ['a duplicated attribute', '<w:p w:rsidR="1" w:rsidR="2"><w:r><w:t>x</w:t></w:r></w:p>'],
  ])('damaged XML is refused, never read in part: %s', async (_label, bodyXml) => {
    const broken = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}</w:body></w:document>`;
    expect((await refusal(await buildDocx({ documentXml: broken }))).message).toMatch(
      /word\/document\.xml is not well-formed XML/,
    );
  });

  test('zip bomb: declared size over the cap is refused before inflating', async () => {
    const huge = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p('x'.repeat(3 * 1024 * 1024))}</w:body></w:document>`;
    const bytes = await buildDocx({ documentXml: huge });
    expect((await refusal(bytes, { maxInflatedBytes: 1024 * 1024 })).message).toMatch(
      /would inflate to more than 1 MB/,
    );
  });

  test('zip bomb that lies about its size is stopped while inflating', async () => {
    const huge = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p('x'.repeat(3 * 1024 * 1024))}</w:body></w:document>`;
    const bytes = await buildDocx({ documentXml: huge });
    // Rewrite the declared uncompressed size of word/document.xml (local header and central directory) to 100 bytes.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = new TextEncoder().encode('word/document.xml');
    let patched = 0;
    for (let i = 0; i < bytes.length - 46; i++) {
      const sig = view.getUint32(i, true);
      const isLocal = sig === 0x04034b50;
      const isCentral = sig === 0x02014b50;
      if (!isLocal && !isCentral) continue;
      const nameLength = view.getUint16(i + (isLocal ? 26 : 28), true);
      const nameStart = i + (isLocal ? 30 : 46);
      const entryName = bytes.subarray(nameStart, nameStart + nameLength);
      if (nameLength === name.length && entryName.every((b, k) => b === name[k])) {
        view.setUint32(i + (isLocal ? 22 : 24), 100, true);
        patched++;
      }
    }
    expect(patched).toBe(2);
    expect((await refusal(bytes, { maxInflatedBytes: 1024 * 1024 })).message).toMatch(/inflates to more than 1 MB/);
  });

  test('a real document within the default cap opens', async () => {
    await expect(openDocx(await buildDocx({ documentXml: body(p('fine')) }))).resolves.toBeDefined();
  });
});

describe('issue 13: limits, checksums, duplicates, Strict, encryption, and nothing unreadable saved', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const docOf = (inner: string) => `<?xml version="1.0"?><w:document ${W}><w:body>${inner}</w:body></w:document>`;

  test.each<[string, string, XmlLimits, RegExp | null]>([
    [
      'within every limit',
      docOf('<w:p><w:r><w:t>a &lt; b</w:t></w:r></w:p><!-- <w:p> --><![CDATA[<w:x>]]>'),
      { maxElements: 6, maxDepth: 5, maxTextLength: 8, maxNamespaceDeclarations: 9 },
      null,
    ],
    [
      'one element too many',
      docOf('<w:p/><w:p/><w:p/>'),
      { maxElements: 4, maxDepth: 5, maxTextLength: 8, maxNamespaceDeclarations: 9 },
      /more than 4 elements/,
    ],
    [
      'nested one too deep',
      docOf('<w:p><w:r><w:t>x</w:t></w:r></w:p>'),
      { maxElements: 99, maxDepth: 4, maxTextLength: 8, maxNamespaceDeclarations: 9 },
      /nested more than 4 deep/,
    ],
    [
      'self-closing elements do not nest',
      docOf('<w:p><w:r><w:tab/><w:br/></w:r></w:p>'),
      { maxElements: 99, maxDepth: 4, maxTextLength: 8, maxNamespaceDeclarations: 9 },
      null,
    ],
    [
      'a ">" inside an attribute value',
      docOf('<w:p w:x="a>b"><w:r/></w:p>'),
      { maxElements: 99, maxDepth: 3, maxTextLength: 8, maxNamespaceDeclarations: 9 },
      null,
    ],
    [
      'a text too long',
      docOf('<w:p><w:r><w:t>123456789</w:t></w:r></w:p>'),
      { maxElements: 99, maxDepth: 9, maxTextLength: 8, maxNamespaceDeclarations: 9 },
      /a text longer than 8 characters/,
    ],
  ])('pre-scan limits: %s', (_label, xml, limits, refusal) => {
    const scan = () => checkXmlLimits(xml, 'word/document.xml', limits);
    if (refusal) expect(scan).toThrow(refusal);
    else expect(scan).not.toThrow();
  });

  test('the limits count all parts of a package together', () => {
    const limits = { maxElements: 5, maxDepth: 9, maxTextLength: 99, maxNamespaceDeclarations: 9 };
    const after = checkXmlLimits(docOf('<w:p/>'), 'a.xml', limits);
    expect(after).toBe(3);
    expect(() => checkXmlLimits(docOf('<w:p/><w:p/>'), 'b.xml', limits, after)).toThrow(
      /Refused b\.xml: more than 5 elements/,
    );
  });

  test('the 1,200-item generated agenda passes the default limits with room to spare', async () => {
    const zip = await JSZip.loadAsync(await agendaDocx(generateAgenda(1200)));
    const xml = await zip.file('word/document.xml')!.async('string');
    const elements = checkXmlLimits(xml, 'word/document.xml');
    expect(elements).toBeGreaterThan(50_000);
    expect(elements * 4).toBeLessThan(DEFAULT_XML_LIMITS.maxElements);
  });

  test('elements nested to the depth limit, each re-declaring a namespace, serialize in bounded time', async () => {
    const nested = deepNesting(Math.floor((DEFAULT_XML_LIMITS.maxDepth - 10) / 2)); // two elements a level
    const doc = await openDocx(await buildDocx({ documentXml: body(p('x'), nested) }));
    await doc.run(async (context) => {
      context.document.body.insertParagraph('edited', 'End');
      await context.sync();
    });
    const started = Date.now();
    const saved = await doc.save();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(saved.length).toBeLessThan(1024 * 1024);
  });

  test.each<[string, () => Promise<Uint8Array>, RegExp]>([
    [
      'a part corrupted in transit (CRC)',
      async () =>
        damagedInTransit(await buildDocx({ documentXml: body(p('Provisional agenda')) }), 'Provisional agenda'),
      /word\/document\.xml fails its checksum \(CRC-32\)/,
    ],
    [
      'two entries with one name',
      async () => duplicateEntry(await buildDocx({ documentXml: body(p('x')) }), 'word/document.xml'),
      /two entries named word\/document\.xml/,
    ],
    [
      'Strict Open XML',
      async () =>
        buildDocx({
          documentXml:
            '<?xml version="1.0"?><w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p/></w:body></w:document>',
        }),
      /Strict Open XML/,
    ],
    [
      'a password-protected ZIP',
      async () => encryptedZip(await buildDocx({ documentXml: body(p('x')) })),
      /password-protected \(encrypted\) ZIP/,
    ],
    ['an OLE-encrypted .docx', async () => oleEncryptedDocx(), /is an encrypted \(password-protected\) \.docx/],
  ])('named as such: %s', async (_label, make, pattern) => {
    expect((await refusal(await make())).message).toMatch(pattern);
  });

  test.each([
    ['U+0001', '\u0001'],
    ['ESC', '\u001b[31m'],
    ['U+FFFE', '\uFFFE'],
    ['a lone surrogate', '\uD800'],
  ])('text with %s that reached the document is caught before saving: nothing written', async (_label, bad) => {
    const doc = await openDocx(await buildDocx({ documentXml: body(p('Opening')) }));
    await doc.run(async (context) => {
      context.document.body.insertParagraph(`x${bad}y`, 'End');
      await context.sync();
    });
    await expect(doc.save()).rejects.toThrow(
      /Nothing written: word\/document\.xml would hold U\+[0-9A-F]{4}, a character XML forbids/,
    );
  });
});
