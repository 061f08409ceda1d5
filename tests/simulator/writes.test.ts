/** Every write operation, checked by saving, opening the saved file again and reading it back. */
import JSZip from 'jszip';
import type { WordContext, WordTable } from '../../src/word/api';
import { openDocx, type SimulatedDocument } from '../../src/simulator';
import { body, buildDocx, cell, footnoteRef, footnotesXml, numberingXml, p, run, table } from '../helpers/docxFactory';
import { openSample, readListStrings, readParagraphs, readTables, readTexts, reopen } from './simHelpers';

async function documentXmlOf(doc: SimulatedDocument): Promise<string> {
  const zip = await JSZip.loadAsync(await doc.save());
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

async function docOf(...blocks: string[]): Promise<SimulatedDocument> {
  return openDocx(await buildDocx({ documentXml: body(...blocks), footnotesXml: footnotesXml({ 1: 'A note.' }) }));
}

/** The first table, through the API slice the gateway has (collections of tables have no getFirst there). */
async function firstTable(context: WordContext): Promise<WordTable> {
  const tables = context.document.body.tables;
  tables.load('items');
  await context.sync();
  const t = tables.items[0];
  if (!t) throw new Error('no table');
  return t;
}

async function italicOf(doc: SimulatedDocument, text: string): Promise<boolean | null> {
  return doc.run(async (context) => {
    const range = context.document.body.search(text, { matchCase: true }).getFirst();
    range.load('font/italic');
    await context.sync();
    return range.font.italic;
  });
}

describe('range.insertText', () => {
  test('Replace keeps the formatting of the first replaced character and leaves the footnote mark in place', async () => {
    const doc = await docOf(
      p(`${run('The organization of ')}${run('work', { bold: true })}${footnoteRef(1)}${run(' (see annex).')}`),
    );
    await doc.run(async (context) => {
      context.document.body.search('work').getFirst().insertText('labour', 'Replace');
      await context.sync();
    });
    const again = await reopen(doc);
    expect(await readTexts(again)).toEqual(['The organization of labour\u0002 (see annex).']);
    const xml = await documentXmlOf(again);
    expect(xml).toMatch(
      /<w:b\/><\/w:rPr><w:t xml:space="preserve">labour<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="1"\/>/,
    );
    const before = await again.run(async (context) => {
      const note = context.document.body.footnotes;
      note.load('items');
      await context.sync();
      const ref = note.items[0]?.reference;
      const r = context.document.body.paragraphs
        .getFirst()
        .getRange('Start')
        .expandTo(ref?.getRange('Start') ?? context.document.body.getRange('Start'));
      r.load('text');
      await context.sync();
      return r.text;
    });
    expect(before).toBe('The organization of labour');
  });

  test('Replace across runs removes the rest of the range and keeps the other runs', async () => {
    const doc = await docOf(p(`${run('In its ')}${run('inter alia', { italic: true })}${run(', decided')}`));
    await doc.run(async (context) => {
      context.document.body.search('its inter').getFirst().insertText('the', 'Replace');
      await context.sync();
    });
    const again = await reopen(doc);
    expect(await readTexts(again)).toEqual(['In the alia, decided']);
    expect(await italicOf(again, 'the')).toBe(false);
    expect(await italicOf(again, 'alia')).toBe(true);
    expect(await italicOf(again, ', decided')).toBe(false);
  });

  test.each([
    ['Start', 'XXitem 5 end'],
    ['End', 'item 5XX end'],
    ['Before', 'XXitem 5 end'],
    ['After', 'item 5XX end'],
  ] as const)('%s', async (location, expected) => {
    const doc = await docOf(p('item 5 end'));
    await doc.run(async (context) => {
      context.document.body.search('item 5').getFirst().insertText('XX', location);
      await context.sync();
    });
    expect(await readTexts(await reopen(doc))).toEqual([expected]);
  });

  test('ranges keep pointing at their text while earlier edits in the same paragraph change lengths', async () => {
    const doc = await docOf(p('agenda item 3 and agenda item 5'));
    await doc.run(async (context) => {
      const b = context.document.body;
      const three = b.search('item 3').getFirst();
      const five = b.search('item 5').getFirst();
      three.insertText('item 30000', 'Replace');
      five.insertText('item 6', 'Replace');
      await context.sync();
    });
    expect(await readTexts(await reopen(doc))).toEqual(['agenda item 30000 and agenda item 6']);
  });

  test('tabs in inserted text become w:tab', async () => {
    const doc = await docOf(p('old'));
    await doc.run(async (context) => {
      context.document.body.paragraphs.getFirst().getRange('Whole').insertText('1.\tTitle', 'Replace');
      await context.sync();
    });
    const again = await reopen(doc);
    expect(await readTexts(again)).toEqual(['1.\tTitle']);
    expect(await documentXmlOf(again)).toContain('<w:tab/>');
  });

  test('font.italic on a range sets italic on exactly those characters', async () => {
    const doc = await docOf(p('Title (continued)'));
    await doc.run(async (context) => {
      context.document.body.search('continued').getFirst().font.italic = true;
      await context.sync();
    });
    const again = await reopen(doc);
    expect(await readTexts(again)).toEqual(['Title (continued)']);
    expect(await italicOf(again, 'continued')).toBe(true);
    expect(await italicOf(again, 'Title (')).toBe(false);
  });
});

describe('paragraphs', () => {
  test('insertParagraph Before/After copies the anchor’s paragraph properties (list numbering) and run formatting', async () => {
    const doc = await openSample('ctoc-cop-wg7-2023-1-numbered.docx');
    await doc.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      const item2 = paragraphs.items.find((x) => x.text.startsWith('Determining who'));
      item2?.insertParagraph('New item', 'Before');
      item2?.insertParagraph('Newer item', 'After');
      await context.sync();
    });
    const lists = (await readListStrings(await reopen(doc))).filter((l) => l.listString !== null);
    expect(lists.map((l) => `${l.listString} ${l.text.split(' ')[0]}`)).toEqual([
      '1. Organizational',
      '(a) Opening',
      '(b) Adoption',
      '2. New',
      '3. Determining',
      '4. Newer',
      '5. Developments,',
      '6. Matters',
      '7. Other',
      '8. Adoption',
    ]);
  });

  test('style by name and styleBuiltIn (a built-in missing from styles.xml is added)', async () => {
    const doc = await docOf(p('a'), p('b'), p('c'), p('d', { style: 'Heading1' }));
    await doc.run(async (context) => {
      const items = context.document.body.paragraphs;
      items.load('items');
      await context.sync();
      const [a, b, c, d] = items.items;
      if (!a || !b || !c || !d) throw new Error('paragraphs missing');
      a.style = 'Heading 2';
      b.styleBuiltIn = 'Heading6';
      c.style = 'Agenda Item';
      d.styleBuiltIn = 'Normal';
      await context.sync();
    });
    const read = await readParagraphs(await reopen(doc));
    expect(read.map((x) => [x.style, x.styleBuiltIn])).toEqual([
      ['Heading 2', 'Heading2'],
      ['Heading 6', 'Heading6'],
      ['Agenda Item', 'Other'],
      ['Normal', 'Normal'],
    ]);
  });

  test('an unknown style name is refused at sync', async () => {
    const doc = await docOf(p('a'));
    await doc.run(async (context) => {
      context.document.body.paragraphs.getFirst().style = 'No Such Style';
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  test('delete removes paragraphs (and the footnotes they reference); body.insertParagraph Start/End', async () => {
    const doc = await docOf(p('one'), p(`${run('two')}${footnoteRef(1)}`), p('three'));
    await doc.run(async (context) => {
      const items = context.document.body.paragraphs;
      items.load('items');
      await context.sync();
      items.items[1]?.delete();
      context.document.body.insertParagraph('zero', 'Start');
      context.document.body.insertParagraph('four', 'End');
      await context.sync();
    });
    const again = await reopen(doc);
    expect(await readTexts(again)).toEqual(['zero', 'one', 'three', 'four']);
    const notes = await again.run(async (context) => {
      const n = context.document.body.footnotes;
      n.load('items');
      await context.sync();
      return n.items.length;
    });
    expect(notes).toBe(0);
    const zip = await JSZip.loadAsync(await doc.save());
    expect(await zip.file('word/footnotes.xml')?.async('string')).not.toContain('A note.');
  });

  test('the last paragraph of a cell is emptied, not removed', async () => {
    const doc = await docOf(table([['only']]), p('after'));
    await doc.run(async (context) => {
      const items = context.document.body.paragraphs;
      items.load('items');
      await context.sync();
      items.items[0]?.delete();
      await context.sync();
    });
    expect(await readTables(await reopen(doc))).toEqual([[['']]]);
  });

  test('select records the body paragraph and character range', async () => {
    const doc = await docOf(p('first'), p('agenda item 5 here'));
    await doc.run(async (context) => {
      context.document.body.search('item 5').getFirst().select();
      await context.sync();
    });
    expect(doc.selection).toEqual({ paragraph: 1, start: 7, end: 13 });
    await doc.run(async (context) => {
      context.document.body.paragraphs.getFirst().select();
    });
    expect(doc.selection).toEqual({ paragraph: 0, start: 0, end: 5 });
  });
});

describe('tables', () => {
  const annex = (): string =>
    table(
      [
        ['Date', 'Item', 'Title'],
        [
          cell('Monday'),
          cell('1'),
          cell(`<w:p><w:pPr><w:jc w:val="right"/></w:pPr>${run('Opening', { bold: true })}</w:p>`),
        ],
        ['', '2', 'Second'],
      ],
      { headerRows: 1 },
    );

  test('insertTable after a paragraph, with values', async () => {
    const doc = await docOf(p('anchor'), p('after'));
    await doc.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertTable(2, 2, 'After', [
        ['a', 'b'],
        ['c', 'd'],
      ]);
      await context.sync();
    });
    const again = await reopen(doc);
    expect(await readTables(again)).toEqual([
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ]);
    expect(await readTexts(again)).toEqual(['anchor', 'a', 'b', 'c', 'd', 'after']);
  });

  test('cell.value replaces the text keeping paragraph and run formatting; cell.body.insertText End with italic', async () => {
    const doc = await docOf(annex());
    await doc.run(async (context) => {
      const t = await firstTable(context);
      t.getCell(1, 2).value = 'Opening of the session';
      const c = t.getCell(2, 2);
      c.value = 'Second ';
      c.body.insertText('continued', 'End').font.italic = true;
      await context.sync();
    });
    const again = await reopen(doc);
    expect((await readTables(again))[0]?.slice(1)).toEqual([
      ['Monday', '1', 'Opening of the session'],
      ['', '2', 'Second continued'],
    ]);
    const xml = await documentXmlOf(again);
    expect(xml).toMatch(
      /<w:jc w:val="right"\/><\/w:pPr><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">Opening of the session</,
    );
    expect(await italicOf(again, 'continued')).toBe(true);
    expect(await italicOf(again, 'Second')).toBe(false);
  });

  test('row.insertRows copies the reference row’s cell properties and formatting; addRows; deleteRows', async () => {
    const doc = await docOf(annex());
    await doc.run(async (context) => {
      const t = await firstTable(context);
      t.getCell(1, 0).parentRow.insertRows('After', 2, [
        ['', '1b', 'Inserted'],
        ['', '1c', 'Inserted too'],
      ]);
      t.addRows('End', 1, [['Tuesday', '3', 'Last']]);
      await context.sync();
      t.deleteRows(4, 1); // the old row "2 Second", now fifth
      await context.sync();
    });
    const again = await reopen(doc);
    expect((await readTables(again))[0]).toEqual([
      ['Date', 'Item', 'Title'],
      ['Monday', '1', 'Opening'],
      ['', '1b', 'Inserted'],
      ['', '1c', 'Inserted too'],
      ['Tuesday', '3', 'Last'],
    ]);
    const xml = await documentXmlOf(again);
    expect(
      xml.match(/<w:jc w:val="right"\/><\/w:pPr><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">Inserted/g),
    ).toHaveLength(2);
  });

  test('headerRowCount, row.delete and table.delete', async () => {
    const doc = await docOf(p('before'), annex(), p('after'));
    const count = await doc.run(async (context) => {
      const t = await firstTable(context);
      t.load('headerRowCount');
      await context.sync();
      const before = t.headerRowCount;
      t.headerRowCount = 2;
      t.load('headerRowCount');
      t.rows.load('items');
      await context.sync();
      t.rows.items[2]?.delete();
      await context.sync();
      return [before, t.headerRowCount];
    });
    expect(count).toEqual([1, 2]);
    expect((await readTables(await reopen(doc)))[0]).toHaveLength(2);
    await doc.run(async (context) => {
      (await firstTable(context)).delete();
      await context.sync();
    });
    const again = await reopen(doc);
    expect(await readTables(again)).toEqual([]);
    expect(await readTexts(again)).toEqual(['before', 'after']);
  });
});

describe('document', () => {
  test('changeTrackingMode is stored in settings.xml', async () => {
    const doc = await docOf(p('x'));
    const before = await doc.run(async (context) => {
      context.document.load('changeTrackingMode');
      await context.sync();
      const mode = context.document.changeTrackingMode;
      context.document.changeTrackingMode = 'TrackAll';
      await context.sync();
      return mode;
    });
    expect(before).toBe('Off');
    const again = await reopen(doc);
    const after = await again.run(async (context) => {
      context.document.load('changeTrackingMode');
      await context.sync();
      return context.document.changeTrackingMode;
    });
    expect(after).toBe('TrackAll');
    const zip = await JSZip.loadAsync(await again.save());
    expect(await zip.file('word/settings.xml')?.async('string')).toContain('<w:trackRevisions/>');
  });

  test('numbering in a built document survives an edit elsewhere', async () => {
    const numbering = numberingXml(
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    );
    const doc = await openDocx(
      await buildDocx({ documentXml: body(p('a', { numId: 1 }), p('b', { numId: 1 })), numberingXml: numbering }),
    );
    await doc.run(async (context) => {
      context.document.body.paragraphs.getFirst().delete();
      await context.sync();
    });
    expect((await readListStrings(await reopen(doc))).map((l) => l.listString)).toEqual(['1.']);
  });
});

describe('list membership of new paragraphs', () => {
  it('a paragraph inserted after a list item leaves the list with detachFromList and takes another level with listItem.level', async () => {
    const doc = await openSample('ctoc-cop-wg7-2023-1-numbered.docx');
    await doc.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      const item6 = paragraphs.items.find((p) => p.text.startsWith('Adoption of the report'));
      if (!item6) throw new Error('item 6 not found');
      const sub = item6.insertParagraph('A sub-item', 'After');
      sub.listItemOrNullObject.level = 1;
      const plain = sub.insertParagraph('Not in the list', 'After');
      plain.detachFromList();
      await context.sync();
    });
    const lists = await readListStrings(await reopen(doc));
    const at = lists.findIndex((l) => l.text.startsWith('Adoption of the report'));
    expect(lists.slice(at, at + 3).map((l) => [l.text, l.listString, l.level])).toEqual([
      ['Adoption of the report.', '6.', 0],
      ['A sub-item', '(a)', 1],
      ['Not in the list', null, null],
    ]);
  });
});
