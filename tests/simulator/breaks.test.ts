/**
 * Paragraph.insertBreak (WordApi 1.1) and TableBorder.width (WordApi 1.3) in the simulator, as the gateway uses them
 * for the blank agenda's annex page and masthead rules.
 */
import JSZip from 'jszip';
import { openDocx, type SimulatedDocument } from '../../src/simulator';
import { body, buildDocx, numberingXml, p, table } from '../helpers/docxFactory';

const NUMBERING = numberingXml(
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
);

async function texts(doc: SimulatedDocument): Promise<string[]> {
  const reopened = await openDocx(await doc.save());
  return reopened.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text');
    await context.sync();
    return paragraphs.items.map((x) => x.text);
  });
}

async function breakAt(doc: SimulatedDocument, index: number, type: 'Page' | 'Line', where: 'Before' | 'After') {
  await doc.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items');
    await context.sync();
    paragraphs.items[index].insertBreak(type, where);
    await context.sync();
  });
}

describe('Paragraph.insertBreak', () => {
  it.each([
    // Microsoft's sample (office-js-snippets, word-paragraph-insert-line-and-page-breaks) breaks a page 'After' a
    // paragraph: the break ends that paragraph, read back as a form feed as Word's Range.text gives it.
    ['Page', 'After', ['Before the annex.\f', 'Annex']],
    ['Line', 'After', ['Before the annex.\v', 'Annex']],
    ['Page', 'Before', ['\fBefore the annex.', 'Annex']],
  ] as const)('%s %s', async (type, where, expected) => {
    const doc = await openDocx(await buildDocx({ documentXml: body(p('Before the annex.'), p('Annex')) }));
    await breakAt(doc, 0, type, where);
    expect(await texts(doc)).toEqual(expected);
    const xml = await (await JSZip.loadAsync(await doc.save())).file('word/document.xml')!.async('string');
    expect(xml.includes('<w:br w:type="page"/>')).toBe(type === 'Page');
  });

  // office-js#2792: insertBreak('Line', 'After') on a paragraph of a numbered list lands at the start of the next
  // paragraph, not at the end of the list paragraph.
  it('after a list paragraph, the break goes to the start of the next paragraph (office-js#2792)', async () => {
    const doc = await openDocx(
      await buildDocx({
        documentXml: body(p('First', { numId: 1 }), p('Second', { numId: 1 })),
        numberingXml: NUMBERING,
      }),
    );
    await breakAt(doc, 0, 'Line', 'After');
    expect(await texts(doc)).toEqual(['First', '\vSecond']);
  });

  it('refuses a break type the simulator does not model, before anything is written', async () => {
    const doc = await openDocx(await buildDocx({ documentXml: body(p('Text')) }));
    await expect(breakAt(doc, 0, 'SectionNext' as 'Page', 'After')).rejects.toThrow(/break type 'SectionNext'/);
    expect(await texts(doc)).toEqual(['Text']);
  });
});

describe('TableBorder.width', () => {
  it('sets and reads the width of a rule in points (w:sz in eighths), and leaves sides without a rule alone', async () => {
    const doc = await openDocx(await buildDocx({ documentXml: body(table([['a'], ['b']]), p('')) }));
    const width = await doc.run(async (context) => {
      const tables = context.document.body.tables;
      tables.load('items');
      await context.sync();
      const t = tables.items[0];
      t.getBorder('All').type = 'None';
      const bottom = t.getBorder('Bottom');
      bottom.type = 'Single';
      bottom.width = 1.5;
      t.getBorder('Top').width = 3;
      bottom.load('width');
      await context.sync();
      return bottom.width;
    });
    expect(width).toBe(1.5);
    const xml = await (await JSZip.loadAsync(await doc.save())).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:bottom w:val="single" w:sz="12"/);
    expect(xml).toMatch(/<w:top w:val="nil"\/>/);
  });
});
