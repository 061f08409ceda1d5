/**
 * Issue 9, item 6: a new annotation's placeholder takes the paragraph format of the section's body paragraphs
 * (style, indents, alignment), its heading the heading's, a new list line the line it is modelled on. The engine
 * names the model paragraph (`NewParagraph.formatOf`); the gateway reads Word.Paragraph `leftIndent`,
 * `firstLineIndent` and `alignment` (WordApi 1.1, indents in points, "a negative value … a hanging indent":
 * https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph) in its verifying sync and sets them after
 * the style, so the edit still takes two syncs. Documents built here, edited, saved and read again.
 */
import JSZip from 'jszip';
import type { Agenda } from '../../src/engine/model';
import { insertItem, insertSubItem } from '../../src/engine/operations';
import { parseAgenda } from '../../src/engine/parse';
import type { EditPlan } from '../../src/engine/plan';
import { ANNOTATION_PLACEHOLDER } from '../../src/engine/skeleton';
import type { Snapshot } from '../../src/engine/snapshot';
import { openDocx } from '../../src/simulator';
import { applyPlan } from '../../src/word/applyPlan';
import type { WordHost } from '../../src/word/api';
import { readSnapshot } from '../../src/word/readSnapshot';
import { body, buildDocx, p } from '../helpers/docxFactory';

/** Typed list lines: hanging 567 from 567; headings: hanging 1134 from 1134, left; body: 1134, first line 567, both. */
const LINE = '<w:ind w:left="567" w:hanging="567"/>';
const HEADING = '<w:ind w:left="1134" w:hanging="1134"/><w:jc w:val="left"/>';
const SUB_HEADING = '<w:ind w:left="1701" w:hanging="567"/>';
const BODY = '<w:ind w:left="1134" w:firstLine="567"/><w:jc w:val="both"/>';

const DOC = body(
  p('CTOC/COP/WG.9/2027/1'),
  p('Working Group on Things'),
  p('Vienna, 7 and 8 October 2027'),
  p('Provisional agenda', { style: 'Heading2' }),
  p('1.\tOpening of the meeting.', { pPrXml: LINE }),
  p('2.\tOrganizational matters:', { pPrXml: LINE }),
  p('\t(a)\tAdoption of the agenda;', { pPrXml: '<w:ind w:left="1134" w:hanging="567"/>' }),
  p('\t(b)\tOrganization of work.', { pPrXml: '<w:ind w:left="1134" w:hanging="567"/>' }),
  p('3.\tSmuggling by sea.', { pPrXml: LINE }),
  p('4.\tOther matters.', { pPrXml: LINE }),
  p('Annotations', { style: 'Heading2' }),
  p('1.\tOpening of the meeting', { style: 'Heading3', pPrXml: HEADING }),
  p('The meeting will be opened by the Chair.', { pPrXml: BODY }),
  p('2.\tOrganizational matters', { style: 'Heading3', pPrXml: HEADING }),
  p('(a)\tAdoption of the agenda', { style: 'Heading4', pPrXml: SUB_HEADING }),
  p('The Group will adopt its agenda.', { pPrXml: BODY }),
  p('(b)\tOrganization of work', { style: 'Heading4', pPrXml: SUB_HEADING }),
  p('The Group will organize its work.', { pPrXml: BODY }),
  p('3.\tSmuggling by sea', { style: 'Heading3', pPrXml: HEADING }),
  p('The Group will discuss smuggling by sea.', { pPrXml: BODY }),
  p('4.\tOther matters', { style: 'Heading3', pPrXml: HEADING }),
  p('None foreseen.', { pPrXml: BODY }),
);

interface Format {
  text: string;
  style: string;
  leftIndent: number;
  firstLineIndent: number;
  alignment: string;
}

async function formats(host: WordHost): Promise<Format[]> {
  return host.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text,items/style,items/leftIndent,items/firstLineIndent,items/alignment');
    await context.sync();
    return paragraphs.items.map(({ text, style, leftIndent, firstLineIndent, alignment }) => ({
      text,
      style,
      leftIndent,
      firstLineIndent,
      alignment,
    }));
  });
}

/** Each body paragraph's w:pPr as written (empty when it has none). */
async function pPrs(bytes: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>(<w:pPr>.*?<\/w:pPr>)?/g)].map((m) => m[1] ?? '');
}

const HEADING_FORMAT = { leftIndent: 56.7, firstLineIndent: -56.7, alignment: 'Left' };
const SUB_HEADING_FORMAT = { leftIndent: 85.05, firstLineIndent: -28.35, alignment: 'Left' };
const BODY_FORMAT = { leftIndent: 56.7, firstLineIndent: 28.35, alignment: 'Justified' };
const LINE_FORMAT = { leftIndent: 28.35, firstLineIndent: -28.35, alignment: 'Left' };

type Op = (s: Snapshot, a: Agenda) => EditPlan;
type Case = [string, Op, string, Record<string, Partial<Format>>];

const cases: Case[] = [
  [
    'insert-item',
    (s, a) => insertItem(s, a, { position: 3, title: 'Smuggling by air' }),
    'Smuggling by air',
    {
      '3.\tSmuggling by air.': { style: 'Normal', ...LINE_FORMAT },
      '3.\tSmuggling by air': { style: 'Heading 3', ...HEADING_FORMAT },
      [ANNOTATION_PLACEHOLDER]: { style: 'Normal', ...BODY_FORMAT },
    },
  ],
  [
    'add-sub-item',
    (s, a) => insertSubItem(s, a, { position: '2 (c)', title: 'Election of officers' }),
    'Election of officers',
    {
      '\t(c)\tElection of officers.': { style: 'Normal', leftIndent: 56.7, firstLineIndent: -28.35, alignment: 'Left' },
      '(c)\tElection of officers': { style: 'Heading 4', ...SUB_HEADING_FORMAT },
      [ANNOTATION_PLACEHOLDER]: { style: 'Normal', ...BODY_FORMAT },
    },
  ],
];

describe('new paragraphs take the format of the paragraph they are modelled on (issue 9, item 6)', () => {
  test.each(cases)('%s', async (_name, op, title, wanted) => {
    const bytes = await buildDocx({ documentXml: DOC });
    const doc = await openDocx(bytes);
    const before = await readSnapshot(doc);
    const formatsBefore = await formats(doc);
    const plan = op(before, parseAgenda(before));
    doc.resetSyncCount();
    const result = await applyPlan(doc, plan);
    expect(doc.syncCount).toBe(2);
    expect(result.warnings).toBeUndefined();

    const saved = await doc.save();
    const after = await formats(await openDocx(saved));
    const inserted = after.filter((f) => f.text.includes(title) || f.text === ANNOTATION_PLACEHOLDER);
    expect(Object.fromEntries(inserted.map((f) => [f.text, f]))).toEqual(
      Object.fromEntries(Object.entries(wanted).map(([text, f]) => [text, { text, ...f }])),
    );

    // Every other paragraph keeps its paragraph properties, byte for byte (texts are renumbered, formats are not).
    const isNew = (f: Format): boolean => inserted.includes(f);
    const kept = (await pPrs(saved)).filter((_x, i) => !isNew(after[i]));
    expect(kept).toEqual(await pPrs(bytes));
    expect(after.filter((f) => !isNew(f)).map(({ text: _t, ...f }) => f)).toEqual(
      formatsBefore.map(({ text: _t, ...f }) => f),
    );
  });
});
