/** Paragraph.text as Word reports it, over the XML constructs that hold or hide text; and search. */
import { openDocx } from '../../src/simulator';
import { body, buildDocx, cell, footnoteRef, footnotesXml, p, run, table } from '../helpers/docxFactory';
import { readParagraphs, readTables, readTexts } from './simHelpers';

async function textsOf(...paragraphs: string[]): Promise<string[]> {
  // As Word for Windows and Mac read it: Word on the web also shows tracked deletions (office-js#1267).
  return readTexts(
    await openDocx(await buildDocx({ documentXml: body(...paragraphs), footnotesXml: footnotesXml({ 1: 'Note.' }) }), {
      platform: 'desktop',
    }),
  );
}

describe('Paragraph.text', () => {
  test.each([
    [
      'runs and a hyperlink',
      `${run('See ')}<w:hyperlink r:id="rId9">${run('A/78/1')}</w:hyperlink>${run('.')}`,
      'See A/78/1.',
    ],
    [
      'inserted text counts, deleted text does not',
      `${run('kept ')}<w:ins w:id="1" w:author="a">${run('new')}</w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>old</w:delText></w:r></w:del>`,
      'kept new',
    ],
    [
      'tab, line break, carriage return',
      '<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t></w:r>',
      'a\tb\vc\vd',
    ],
    [
      'non-breaking hyphen and symbol',
      '<w:r><w:t>co</w:t><w:noBreakHyphen/><w:t>op </w:t><w:sym w:font="Symbol" w:char="00B0"/></w:r>',
      'co-op °',
    ],
    [
      'field: result counts, instruction does not',
      `${run('Page ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('7')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
      'Page 7',
    ],
    [
      'smart tag and content control content',
      `<w:smartTag w:uri="u" w:element="place">${run('Vienna')}</w:smartTag><w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${run(', Austria')}</w:sdtContent></w:sdt>`,
      'Vienna, Austria',
    ],
    // office-js#2749, #4997: Word keeps U+0002 in Paragraph.text where a footnote mark stands.
    [
      'footnote reference mark reads U+0002',
      `${run('work')}${footnoteRef(1)}${run(' (see annex)')}`,
      'work\u0002 (see annex)',
    ],
  ])('%s', async (_label, xml, expected) => {
    expect(await textsOf(p(xml))).toEqual([expected]);
  });

  test('paragraphs inside a text box are not body paragraphs', async () => {
    const textBox = `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${p('in the box')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    expect(await textsOf(p(`${run('anchor')}${textBox}`), p('after'))).toEqual(['anchor', 'after']);
  });

  test('table paragraphs, nested tables, merged cells', async () => {
    const nested = table([['inner 1', 'inner 2']]);
    const doc = await openDocx(
      await buildDocx({
        documentXml: body(
          p('before'),
          table([
            [cell('wide', '<w:gridSpan w:val="2"/>'), cell('top', '<w:vMerge w:val="restart"/>')],
            ['a', `<w:tc><w:tcPr/>${nested}${p('after inner')}</w:tc>`, cell('', '<w:vMerge/>')],
          ]),
          p('after'),
        ),
      }),
    );
    const paragraphs = await readParagraphs(doc);
    expect(paragraphs.map((x) => [x.text, x.tableNestingLevel])).toEqual([
      ['before', 0],
      ['wide', 1],
      ['top', 1],
      ['a', 1],
      ['inner 1', 2],
      ['inner 2', 2],
      ['after inner', 1],
      ['', 1],
      ['after', 0],
    ]);
    const tables = await readTables(doc);
    expect(tables).toEqual([
      [
        ['wide', 'top'],
        ['a', 'inner 1\ninner 2\nafter inner', ''],
      ],
      [['inner 1', 'inner 2']],
    ]);
    const levels = await doc.run(async (context) => {
      const t = context.document.body.tables;
      t.load('items/nestingLevel,items/rowCount');
      const cells = context.document.body.paragraphs;
      cells.load('items/text');
      await context.sync();
      const inner = cells.items[4]?.parentTableCellOrNullObject;
      inner?.load('rowIndex,cellIndex');
      await context.sync();
      return { tables: t.items.map((x) => [x.nestingLevel, x.rowCount]), inner: [inner?.rowIndex, inner?.cellIndex] };
    });
    expect(levels).toEqual({
      tables: [
        [1, 2],
        [2, 1],
      ],
      inner: [0, 0],
    });
  });
});

describe('search', () => {
  async function find(
    text: string,
    search: string,
    options?: { matchCase?: boolean; matchWholeWord?: boolean },
  ): Promise<string[]> {
    const doc = await openDocx(await buildDocx({ documentXml: body(p(text), p('second paragraph item 5')) }));
    return doc.run(async (context) => {
      const found = context.document.body.search(search, options);
      found.load('items/text');
      await context.sync();
      return found.items.map((r) => r.text);
    });
  }

  test('case-insensitive by default, matchCase respected', async () => {
    expect(await find('Item 5 and item 5', 'item 5')).toEqual(['Item 5', 'item 5', 'item 5']);
    expect(await find('Item 5 and item 5', 'Item 5', { matchCase: true })).toEqual(['Item 5']);
  });

  test('whole words only', async () => {
    expect(await find('items 5 and item 5', 'item', { matchWholeWord: true })).toEqual(['item', 'item']);
  });

  test('^t is a tab, ^^ a caret, ^l a line break; matches do not overlap', async () => {
    expect(await find('1.\tTitle', '1.^tTi')).toEqual(['1.\tTi']);
    expect(await find('a^b', 'a^^b')).toEqual(['a^b']);
    expect(await find('aaaa', 'aa')).toEqual(['aa', 'aa']);
    expect(await find('x\vy', 'x^ly')).toEqual(['x\vy']);
  });

  test('matches never span paragraphs', async () => {
    expect(await find('ends with second', 'second paragraph')).toEqual(['second paragraph']);
    expect(await find('first', 'first^psecond')).toEqual([]);
  });

  test('a search string longer than 255 characters is refused at sync', async () => {
    await expect(find('x', 'y'.repeat(256))).rejects.toMatchObject({ code: 'SearchStringInvalidOrTooLong' });
  });
});
