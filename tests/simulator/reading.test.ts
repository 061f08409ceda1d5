/** What the simulator reads from the real samples, checked against the document's own text. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { openSample, readListStrings, readParagraphs, readTables, SAMPLES } from './simHelpers';

const txt = readFileSync(path.join(SAMPLES, 'ctoc-cop-wg7-2023-1.txt'), 'utf8').split('\n');

describe('CTOC/COP/WG.7/2023/1 sample', () => {
  test('masthead and body paragraphs read as in the document text', async () => {
    const texts = (await readParagraphs(await openSample('ctoc-cop-wg7-2023-1.docx'))).map((p) => p.text);
    for (const line of [
      'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      'Distr.: General',
      '11 July 2023',
      'Original: English',
      'Working Group on the Smuggling of Migrants',
      'Vienna, 5 and 6 October 2023',
    ]) {
      expect(txt).toContain(line);
      expect(texts).toContain(line);
    }
    expect(texts).toContain('1.\tOrganizational matters:');
    expect(texts).toContain('\t(a)\tOpening of the meeting;');
    // The txt writes the typed tab after "1." as a space.
    expect(txt).toContain('1. Organizational matters:');
  });

  // Word keeps U+0002 for a footnote mark in paragraph text (OfficeDev/office-js#2749, #4997).
  test('a paragraph with a footnote mark reads with U+0002 where the mark stands', async () => {
    const texts = (await readParagraphs(await openSample('ctoc-cop-wg7-2023-1.docx'))).map((p) => p.text);
    const para = texts.find((t) => t.startsWith('The proposed organization of work'));
    // eslint-disable-next-line no-control-regex -- U+0002 is Word's footnote mark
    expect(para).toMatch(/^The proposed organization of work\u0002 \(see annex\) was prepared/);
  });

  test('styles as Word shows them, with built-in values', async () => {
    const paragraphs = await readParagraphs(await openSample('ctoc-cop-wg7-2023-1.docx'));
    const byText = (t: string) => paragraphs.find((p) => p.text === t);
    expect(byText('Annotated provisional agenda')).toMatchObject({ style: 'Heading 1', styleBuiltIn: 'Heading1' });
    expect(byText('Provisional agenda')).toMatchObject({ style: 'Heading 2', styleBuiltIn: 'Heading2' });
    expect(byText('1.\tOrganizational matters')).toMatchObject({ style: 'Heading 3', styleBuiltIn: 'Heading3' });
    expect(byText('Documentation')).toMatchObject({ style: 'Heading 4', styleBuiltIn: 'Heading4' });
    expect(byText('Vienna, 5 and 6 October 2023')).toMatchObject({
      style: 'Normal',
      styleBuiltIn: 'Normal',
      tableNestingLevel: 0,
    });
    expect(byText('Distr.: General')).toMatchObject({ tableNestingLevel: 1 });
  });

  test('annex cells read as the rows of the document text (tab-separated there)', async () => {
    const tables = await readTables(await openSample('ctoc-cop-wg7-2023-1.docx'));
    const annex = tables[tables.length - 1] ?? [];
    const rows = annex.map((r) => r.join('\t'));
    const expected = txt
      .slice(txt.indexOf('Thursday, 5 October\t\t'))
      .filter((l) => l.includes('\t'))
      .map((l) => l.replace(/<\/?i>/g, ''));
    expect(expected.length).toBeGreaterThan(5);
    for (const line of expected) expect(rows).toContain(line);
    expect(annex[0]).toEqual(['Date and time', 'Agenda item', 'Title or description']);
  });

  test('masthead cell with several paragraphs joins them with "\\n"; gridSpan cells count once', async () => {
    const [masthead] = await readTables(await openSample('ctoc-cop-wg7-2023-1.docx'));
    expect(masthead?.[0]).toEqual(['', 'United Nations', 'CTOC/COP/WG.7/2023/1']);
    expect(masthead?.[1]?.[2]).toBe('Distr.: General\n11 July 2023\n\nOriginal: English');
  });

  // A note's body text starts with its mark, U+0002, then what follows it in the note (OfficeDev/office-js#6942).
  test('footnotes: two, in order, text after the mark U+0002, reference in the right paragraph', async () => {
    const doc = await openSample('ctoc-cop-wg7-2023-1.docx');
    const notes = await doc.run(async (context) => {
      const footnotes = context.document.body.footnotes;
      footnotes.load('items');
      await context.sync();
      const read = footnotes.items.map((n) => {
        n.body.load('text');
        const paragraph = n.reference.paragraphs.getFirst();
        paragraph.load('text');
        const before = paragraph.getRange('Start').expandTo(n.reference.getRange('Start'));
        before.load('text');
        return { n, paragraph, before };
      });
      await context.sync();
      return read.map(({ n, paragraph, before }) => ({
        text: n.body.text,
        paragraph: paragraph.text,
        before: before.text,
      }));
    });
    expect(notes).toHaveLength(2);
    expect(notes[0]?.text).toBe(
      '\u0002\tA document containing the details of the organization of work for the tenth meeting of the Working Group on the Smuggling of Migrants is available on the website of the meeting (www.unodc.org/unodc/en/treaties/CTOC/working-group-on-the-smuggling-of-migrants-2023.html).',
    );
    expect(notes[0]?.before).toBe('The proposed organization of work');
    expect(notes[1]?.text).toBe(
      '\u0002\tAvailable at www.unodc.org/unodc/en/organized-crime/intro/review-mechanism-untoc/constructive_dialogues/som_2022.html.',
    );
    expect(notes[1]?.paragraph).toMatch(/^Furthermore, pursuant to paragraph 53 \(h\)/);
    expect(`${notes[1]?.before}\u0002`).toBe(notes[1]?.paragraph);
  });

  test('the primary header holds the symbol; the first-page header is empty', async () => {
    const doc = await openSample('ctoc-cop-wg7-2023-1.docx');
    const headers = await doc.run(async (context) => {
      const section = context.document.sections.getFirst();
      const list = (['Primary', 'FirstPage', 'EvenPages'] as const).map((t) => {
        const header = section.getHeader(t);
        header.load('text');
        return header;
      });
      await context.sync();
      return list.map((h) => h.text);
    });
    expect(headers).toEqual(['CTOC/COP/WG.7/2023/1', '', '']);
  });

  test('auto-numbered agenda: list strings and levels from numbering.xml', async () => {
    const lists = (await readListStrings(await openSample('ctoc-cop-wg7-2023-1-numbered.docx'))).filter(
      (l) => l.listString !== null,
    );
    expect(lists.map((l) => [l.listString, l.level])).toEqual([
      ['1.', 0],
      ['(a)', 1],
      ['(b)', 1],
      ['2.', 0],
      ['3.', 0],
      ['4.', 0],
      ['5.', 0],
      ['6.', 0],
    ]);
    expect(lists[0]?.text).toBe('Organizational matters:');
  });

  test('typed numbers are not list items', async () => {
    const lists = await readListStrings(await openSample('ctoc-cop-wg7-2023-1.docx'));
    expect(lists.filter((l) => l.listString !== null)).toEqual([]);
  });

  test('the 120-item sample reads completely', async () => {
    const doc = await openSample('large-agenda.docx');
    const paragraphs = await readParagraphs(doc);
    const lists = await readListStrings(doc);
    expect(paragraphs.length).toBeGreaterThan(1000);
    const items = paragraphs.filter((p) => /^\d+\.\t/.test(p.text) && p.styleBuiltIn === 'Heading3');
    const numbered = lists.filter((l) => l.listString !== null && l.level === 0);
    expect(Math.max(items.length, numbered.length)).toBe(120);
  });
});
