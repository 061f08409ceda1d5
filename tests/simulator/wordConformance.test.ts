/**
 * The simulator behaves as Word is documented to (docs pages and office-js issues named per case), not kinder.
 * Each of these the gateway must survive; each passed trivially or failed differently before.
 */
import { openDocx } from '../../src/simulator';
import { body, buildDocx, cell, footnoteRef, footnotesXml, p, run, table } from '../helpers/docxFactory';

const docOf = async (...blocks: string[]) =>
  openDocx(await buildDocx({ documentXml: body(...blocks), footnotesXml: footnotesXml({ 1: 'Note.' }) }));

describe('Word conformance of the simulator', () => {
  test('office-js#2749, #4997, #6942: footnote marks are U+0002 in paragraph and note text', async () => {
    const doc = await docOf(p(`${run('work')}${footnoteRef(1)}${run(', and')}`));
    const read = await doc.run(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst();
      paragraph.load('text');
      const notes = context.document.body.footnotes;
      notes.load('items/body/text');
      await context.sync();
      return { text: paragraph.text, note: notes.items[0].body.text };
    });
    expect(read.text).toBe('work\u0002, and');
    expect(read.note.startsWith('\u0002')).toBe(true);
  });

  test('office-js#3200: loading cellIndex of a vertically merged cell fails the sync with GeneralException', async () => {
    const doc = await docOf(
      table([
        [cell('a', '<w:vMerge w:val="restart"/>'), 'b'],
        [cell('', '<w:vMerge/>'), 'c'],
      ]),
    );
    await doc.run(async (context) => {
      const tables = context.document.body.tables;
      tables.load('items');
      await context.sync();
      const cell0 = tables.items[0].getCell(0, 0);
      cell0.load('cellIndex');
      await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
      const plain = tables.items[0].getCell(0, 1);
      plain.load('cellIndex,rowIndex');
      await context.sync();
      expect([plain.rowIndex, plain.cellIndex]).toEqual([0, 1]);
    });
  });

  test('TableRow.insertRows docs: values may not have more cells than the row', async () => {
    const doc = await docOf(table([['a', 'b']]));
    await doc.run(async (context) => {
      const tables = context.document.body.tables;
      tables.load('items');
      await context.sync();
      const row = tables.items[0].getCell(0, 0).parentRow;
      row.insertRows('After', 1, [['1', '2', '3']]);
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      row.insertRows('After', 1, [['1']]);
      await context.sync();
    });
  });

  test('office-js#1726: the 255-character limit counts the encoded search string', async () => {
    const doc = await docOf(p('^'.repeat(200)));
    await doc.run(async (context) => {
      context.document.body.search('^^'.repeat(128)).load('items');
      await expect(context.sync()).rejects.toMatchObject({ code: 'SearchStringInvalidOrTooLong' });
      const fits = context.document.body.search('^^'.repeat(127));
      fits.load('items');
      await context.sync();
      expect(fits.items).toHaveLength(1);
    });
  });
});

describe('tracked changes (office-js#1267, #5286; getReviewedText, WordApi 1.4)', () => {
  const revised = p(
    `${run('Item ')}<w:del w:id="1" w:author="a"><w:r><w:delText>3</w:delText></w:r></w:del><w:ins w:id="2" w:author="a">${run('4')}</w:ins>${run(' of the agenda')}`,
  );

  const readAll = async (platform: 'web' | 'desktop') => {
    const doc = await openDocx(await buildDocx({ documentXml: body(revised) }), { platform });
    return doc.run(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst();
      paragraph.load('text');
      const current = paragraph.getReviewedText('Current');
      const original = paragraph.getReviewedText('Original');
      const bodyText = context.document.body;
      bodyText.load('text');
      await context.sync();
      return { text: paragraph.text, body: bodyText.text, current: current.value, original: original.value };
    });
  };

  test('Word on the web (the default) keeps tracked deletions in Paragraph.text and Body.text', async () => {
    expect(await readAll('web')).toEqual({
      text: 'Item 34 of the agenda',
      body: 'Item 34 of the agenda',
      current: 'Item 4 of the agenda',
      original: 'Item 3 of the agenda',
    });
  });

  test('Word for Windows and Mac leave them out', async () => {
    expect(await readAll('desktop')).toEqual({
      text: 'Item 4 of the agenda',
      body: 'Item 4 of the agenda',
      current: 'Item 4 of the agenda',
      original: 'Item 3 of the agenda',
    });
  });
});

test('office-js#5874: search does not match across a tracked deletion', async () => {
  const doc = await openDocx(
    await buildDocx({
      documentXml: body(
        p(`${run('ab')}<w:del w:id="1" w:author="a"><w:r><w:delText>X</w:delText></w:r></w:del>${run('cd')}`),
      ),
    }),
  );
  const counts = await doc.run(async (context) => {
    const found = ['bc', 'ab', 'cd'].map((text) => {
      const result = context.document.body.search(text, { matchCase: true });
      result.load('items');
      return result;
    });
    await context.sync();
    return found.map((f) => f.items.length);
  });
  expect(counts).toEqual([0, 1, 1]);
});
