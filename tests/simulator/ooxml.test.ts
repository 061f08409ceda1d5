/**
 * Range.getOoxml / Range.insertOoxml (WordApi 1.1; learn.microsoft.com/javascript/api/word/word.range#word-word-range-getooxml-member(1)
 * and #word-word-range-insertooxml-member(1)): getOoxml returns a ClientResult whose value is readable after the
 * next sync; insertOoxml takes 'Replace' | 'Start' | 'End' | 'Before' | 'After' (the simulator: whole paragraphs
 * 'Before' or 'After'). Copying a section this way carries its run formatting, hyperlinks (relationships),
 * footnotes (bodies with them, fresh ids) and comments; deleting the original afterwards leaves the copy whole.
 * The package's last paragraph is merged into the paragraph at the insertion point, as Word does (see below).
 */
import JSZip from 'jszip';
import { openDocx, type SimulatedDocument } from '../../src/simulator';
import type { WordParagraph } from '../../src/word/api';
import { withTrailingParagraph } from '../../src/word/applyPlan';
import { noteText } from '../../src/word/readSnapshot';
import {
  body,
  buildDocx,
  commentRange,
  commentsXml,
  footnoteRef,
  footnotesXml,
  hyperlink,
  hyperlinkRel,
  p,
  run,
} from '../helpers/docxFactory';
import { reopen } from './simHelpers';

async function sample(): Promise<SimulatedDocument> {
  return openDocx(
    await buildDocx({
      documentXml: body(
        p('A. First', { style: 'Heading2' }),
        p(
          run('Plain, ') +
            run('italic', { italic: true }) +
            footnoteRef(1) +
            run(' and ') +
            hyperlink('a link', { rId: 'rIdLink' }) +
            commentRange(0, run(' noted')),
          {
            pPrXml: '<w:ind w:left="567"/><w:jc w:val="both"/>',
          },
        ),
        p('B. Second', { style: 'Heading2' }),
        p(run('Second body') + footnoteRef(2)),
      ),
      footnotesXml: footnotesXml({ 1: 'Note one.', 2: 'Note two.' }),
      commentsXml: commentsXml({ 0: 'A comment.' }),
      relationships: [hyperlinkRel('rIdLink', 'https://undocs.org/A/78/1')],
    }),
  );
}

/** Three syncs: load the paragraphs, read the OOXML of the first two, then `use` it. */
async function copyFirstTwo(
  doc: SimulatedDocument,
  use: (items: WordParagraph[], ooxml: string) => void,
): Promise<void> {
  await doc.run(async (context) => {
    const items = context.document.body.paragraphs;
    items.load('items');
    await context.sync();
    const result = items.items[0].getRange('Whole').expandTo(items.items[1].getRange('Whole')).getOoxml();
    await context.sync();
    use(items.items, result.value);
    await context.sync();
  });
}

async function partText(doc: SimulatedDocument, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(await doc.save());
  return (await zip.file(name)?.async('string')) ?? '';
}

describe('Range.getOoxml / insertOoxml', () => {
  it('getOoxml: the value is readable only after the sync, and holds the paragraphs, their footnote, comment and link target', async () => {
    const doc = await sample();
    const ooxml = await doc.run(async (context) => {
      const items = context.document.body.paragraphs;
      items.load('items');
      await context.sync();
      const result = items.items[0].getRange('Whole').expandTo(items.items[1].getRange('Whole')).getOoxml();
      expect(() => result.value).toThrow(/value/u);
      await context.sync();
      return result.value;
    });
    expect(ooxml).toContain('<pkg:package');
    expect(ooxml).toContain('A. First');
    expect(ooxml).toContain('Note one.');
    expect(ooxml).not.toContain('Note two.');
    expect(ooxml).toContain('A comment.');
    expect(ooxml).toContain('https://undocs.org/A/78/1');
    expect(ooxml).not.toContain('B. Second');
  });

  it('moving a section (getOoxml, then insertOoxml after the next section and delete) keeps formatting, link, footnote and comment in three syncs', async () => {
    const doc = await sample();
    const syncsBefore = doc.syncCount;
    await copyFirstTwo(doc, (items, ooxml) => {
      items[3].getRange('Whole').insertOoxml(ooxml, 'After');
      items[1].delete();
      items[0].delete();
    });
    expect(doc.syncCount - syncsBefore).toBe(3);
    const again = await reopen(doc);
    const texts = await again.run(async (context) => {
      const items = context.document.body.paragraphs;
      items.load('items/text,items/style');
      const notes = context.document.body.footnotes;
      notes.load('items/body/text');
      await context.sync();
      return {
        paragraphs: items.items.map((x) => [x.text, x.style]),
        notes: notes.items.map((n) => noteText(n.body.text)),
      };
    });
    expect(texts.paragraphs).toEqual([
      ['B. Second', 'Heading 2'],
      ['Second body\u0002', 'Normal'], // a footnote mark reads U+0002, as in Word (see docs/WORD-FIDELITY.md)
      ['A. First', 'Heading 2'],
      ['Plain, italic\u0002 and a link noted', 'Normal'],
    ]);
    // Footnotes in document order: the moved one is now the second.
    expect(texts.notes).toEqual(['Note two.', 'Note one.']);
    const xml = await partText(again, 'word/document.xml');
    expect(xml).toMatch(/<w:ind w:left="567"\/><w:jc w:val="both"\/>/u);
    expect(xml).toMatch(/<w:i\/><w:iCs\/><\/w:rPr><w:t[^>]*>italic/u);
    const link = /<w:hyperlink [^>]*r:id="([^"]+)"/u.exec(xml)?.[1];
    expect(link).toBeDefined();
    expect(await partText(again, 'word/_rels/document.xml.rels')).toMatch(
      new RegExp(`Id="${link}"[^>]*Target="https://undocs.org/A/78/1"`, 'u'),
    );
    const comments = await partText(again, 'word/comments.xml');
    expect(comments).toContain('A comment.');
    const commentId = /<w:commentReference w:id="(\d+)"/u.exec(xml)?.[1];
    expect(comments).toContain(`w:id="${commentId}"`);
    expect(xml).toContain(`<w:commentRangeStart w:id="${commentId}"/>`);
  });

  it('insertOoxml refuses a location the simulator does not model, with one clear error', async () => {
    const doc = await sample();
    await expect(
      doc.run(async (context) => {
        const items = context.document.body.paragraphs;
        items.load('items');
        await context.sync();
        items.items[0]
          .getRange('Whole')
          .insertOoxml('<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"/>', 'Replace');
        await context.sync();
      }),
    ).rejects.toThrow(/insertOoxml location 'Replace'/u);
  });

  // Word ends inserted OOXML with the paragraph mark at the insertion point: the package's last paragraph merges
  // into the paragraph there and takes its properties. office-js#2914 (the last paragraph's "Heading 1" is lost after
  // insertOoxml; "hit Enter" to end the package with an empty paragraph and it is kept), #3222 (insertFileFromBase64:
  // style of the last paragraph lost), #2411 (custom style of the last paragraph removed), #3149 (a single inserted
  // paragraph takes the tab stops at the insertion point).
  async function moveFirstTwoBefore(target: number, pad: (ooxml: string) => string): Promise<string[][]> {
    const doc = await sample();
    await copyFirstTwo(doc, (items, ooxml) => items[target].getRange('Whole').insertOoxml(pad(ooxml), 'Before'));
    return (await reopen(doc)).run(async (context) => {
      const items = context.document.body.paragraphs;
      items.load('items/text,items/style');
      await context.sync();
      return items.items.map((x) => [x.text, x.style]);
    });
  }

  it('Before a paragraph: the package’s last paragraph merges into it and takes its style (office-js#2914, #3149)', async () => {
    expect(await moveFirstTwoBefore(2, (x) => x)).toEqual([
      ['A. First', 'Heading 2'],
      ['Plain, italic\u0002 and a link noted', 'Normal'],
      ['A. First', 'Heading 2'],
      ['Plain, italic\u0002 and a link notedB. Second', 'Heading 2'],
      ['Second body\u0002', 'Normal'],
    ]);
  });

  it('a trailing empty paragraph in the package is the one merged: the others arrive whole (office-js#2914)', async () => {
    expect(await moveFirstTwoBefore(2, withTrailingParagraph)).toEqual([
      ['A. First', 'Heading 2'],
      ['Plain, italic\u0002 and a link noted', 'Normal'],
      ['A. First', 'Heading 2'],
      ['Plain, italic\u0002 and a link noted', 'Normal'],
      ['B. Second', 'Heading 2'],
      ['Second body\u0002', 'Normal'],
    ]);
  });
});
