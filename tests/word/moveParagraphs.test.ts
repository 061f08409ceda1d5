/**
 * The gateway's moveParagraphs (an annotation section moved whole): Range.getOoxml of the section is queued in the
 * second sync after the plan's text edits, Range.insertOoxml puts it in place of a placeholder in a third sync
 * (both WordApi 1.1: learn.microsoft.com/javascript/api/word/word.range). Three syncs whatever the plan's size; the
 * result is the one applyToSnapshot predicts; formatting and footnotes travel with the section.
 */
import { readFileSync } from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { applyToSnapshot } from '../../src/engine/applyToSnapshot';
import { moveItem } from '../../src/engine/operations';
import { parseAgenda } from '../../src/engine/parse';
import { openDocx } from '../../src/simulator';
import { applyPlan, withTrailingParagraph } from '../../src/word/applyPlan';
import { readSnapshot } from '../../src/word/readSnapshot';

const SAMPLES = path.resolve(__dirname, '../../assets/samples');

describe.each(['ctoc-cop-wg7-2023-1.docx', 'ctoc-cop-wg7-2023-1-numbered.docx'])('moveParagraphs on %s', (name) => {
  it.each([
    ['1', 4],
    ['5', 2],
    ['1', 6],
  ])(
    'move-item %s to %i: three syncs, the snapshot applyToSnapshot predicts, italics and footnotes carried',
    async (item, to) => {
      const doc = await openDocx(new Uint8Array(readFileSync(path.join(SAMPLES, name))));
      const snapshot = await readSnapshot(doc);
      const plan = moveItem(snapshot, parseAgenda(snapshot), { item, to });
      expect(plan.edits.some((e) => e.kind === 'moveParagraphs')).toBe(true);
      expect(plan.warnings).toEqual([]);
      doc.resetSyncCount();
      await applyPlan(doc, plan);
      expect(doc.syncCount).toBe(3);
      const saved = await doc.save();
      const after = await readSnapshot(await openDocx(saved));
      const predicted = applyToSnapshot(snapshot, plan);
      expect(after.paragraphs.map((p) => [p.text, p.style, p.list?.listString ?? null])).toEqual(
        predicted.paragraphs.map((p) => [p.text, p.style, p.list?.listString ?? null]),
      );
      expect(after.footnotes.map((f) => [f.text, f.paragraph])).toEqual(
        predicted.footnotes.map((f) => [f.text, f.paragraph]),
      );
      const agenda = parseAgenda(after);
      expect(agenda.annotations.map((a) => [a.item, a.heading.title])).toEqual(
        agenda.items.map((i) => [i.number, i.title]),
      );
      // Item 1's annotation holds the one italic phrase of the sample ("inter alia") and footnote 1.
      const xml = (await (await JSZip.loadAsync(saved)).file('word/document.xml')?.async('string')) ?? '';
      const before =
        (await (
          await JSZip.loadAsync(new Uint8Array(readFileSync(path.join(SAMPLES, name))))
        )
          .file('word/document.xml')
          ?.async('string')) ?? '';
      const italics = (x: string) => (x.match(/<w:i\/>/gu) ?? []).length;
      expect(italics(before)).toBeGreaterThan(0);
      expect(italics(xml)).toBe(italics(before));
      expect(after.footnotes).toHaveLength(snapshot.footnotes.length);
    },
    30_000,
  );
});

// Word merges the last paragraph of inserted OOXML into the paragraph at the insertion point (office-js#2914, #3222,
// #3149; the simulator does the same, tests/simulator/ooxml.test.ts): without the empty paragraph the gateway adds to
// each copy, a moved section's last paragraph would go into the placeholder and be deleted with it. The move tests
// above fail so without it.
describe('withTrailingParagraph', () => {
  const pkg = (bodyXml: string) =>
    `<pkg:package><pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document><w:body>${bodyXml}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
  const SECT = '<w:sectPr><w:pgSz w:w="11906"/></w:sectPr>';
  it.each([
    [
      'after the last paragraph, before the body’s sectPr',
      `<w:p><w:r><w:t>a</w:t></w:r></w:p>${SECT}`,
      `<w:p><w:r><w:t>a</w:t></w:r></w:p><w:p/>${SECT}`,
    ],
    [
      'after a table that ends the body',
      `<w:p/><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>`,
      `<w:p/><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/>`,
    ],
    [
      'after an empty paragraph written self-closing',
      `<w:p><w:pPr/></w:p><w:p w:rsidR="1"/>${SECT}`,
      `<w:p><w:pPr/></w:p><w:p w:rsidR="1"/><w:p/>${SECT}`,
    ],
    [
      'after a paragraph holding a section break',
      `<w:p><w:pPr>${SECT}</w:pPr></w:p>`,
      `<w:p><w:pPr>${SECT}</w:pPr></w:p><w:p/>`,
    ],
  ])('%s', (_name, input, expected) => {
    expect(withTrailingParagraph(pkg(input))).toBe(pkg(expected));
  });
  it('leaves a package without a document body as it is', () => {
    expect(withTrailingParagraph('<pkg:package/>')).toBe('<pkg:package/>');
  });
});
