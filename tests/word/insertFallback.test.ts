/**
 * Checked fallbacks for what Word leaves undocumented about paragraphs the gateway inserts (docs/WORD-FIDELITY.md):
 * - list membership: Word documents no inheritance of the anchor's list by `insertParagraph`; the gateway reads
 *   `isListItem` / `listItemOrNullObject.level` of each new paragraph in the edit sync and, where Word did not put
 *   it in the list, attaches it (`Paragraph.attachToList`, WordApi 1.3: "Fails if … the paragraph is already a list
 *   item", learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-attachtolist-member(1)).
 *   `detachFromList` moves a paragraph out of its list "if the paragraph is a list item" (same page), so it is safe
 *   on one that did not inherit.
 * - `styleBuiltIn` on an inserted paragraph may not apply (office-js#1656): the gateway reads `style` /
 *   `styleBuiltIn` back and falls back to `style` by the name this document's Word shows.
 * The simulator reproduces each failure mode through `openDocx(…, { quirks })`. The fallback costs one extra sync,
 * only when a check fails; the default path keeps its two.
 */
import { insertItem, insertSubItem } from '../../src/engine/operations';
import type { Edit, NewParagraph } from '../../src/engine/plan';
import { parseAgenda } from '../../src/engine/parse';
import { openDocx, type SimQuirks } from '../../src/simulator';
import { applyPlan } from '../../src/word/applyPlan';
import { readSnapshot } from '../../src/word/readSnapshot';
import { readFileSync } from 'fs';
import * as path from 'path';
import { body, buildDocx, numberingXml, p } from '../helpers/docxFactory';
import { planOf } from '../helpers/planOf';

const lvl = (ilvl: number, fmt: string, text: string): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const NUMBERING = numberingXml(
  `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.')}${lvl(1, 'lowerLetter', '(%2)')}</w:abstractNum>` +
    '<w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>',
);

async function listDoc(quirks: SimQuirks = {}) {
  return openDocx(
    await buildDocx({
      documentXml: body(
        p('Provisional agenda'),
        p('Opening of the session.', { numId: 7 }),
        p('Organizational matters.', { numId: 7 }),
        p('Other matters.', { numId: 7 }),
        p('Closing text'),
      ),
      numberingXml: NUMBERING,
    }),
    { quirks },
  );
}

const NO_INHERIT: SimQuirks = { insertInheritsList: false };
const STYLE_IGNORED: SimQuirks = { styleBuiltInOnInserted: 'ignored' };

type Spec = Pick<NewParagraph, 'listLevel' | 'style'>;
type Case = [string, Spec];

function planEdit(spec: Spec): Edit {
  return { kind: 'insertParagraphs', anchor: 2, position: 'After', paragraphs: [{ text: 'New line', ...spec }] };
}

/** After the edit: each paragraph's text, list string and style, read from the saved file. */
async function outcome(quirks: SimQuirks, spec: Spec) {
  const doc = await listDoc(quirks);
  const snapshot = await readSnapshot(doc);
  doc.resetSyncCount();
  const result = await applyPlan(doc, planOf(snapshot, [planEdit(spec)]));
  const syncs = doc.syncCount;
  const after = await readSnapshot(await openDocx(await doc.save()));
  return {
    syncs,
    result,
    paragraphs: after.paragraphs.map((x) => [x.text, x.list?.listString ?? null, x.style]),
  };
}

describe('a new paragraph next to a list item: inherited list checked, attached when Word did not', () => {
  const cases: Case[] = [
    ['same level (no listLevel)', {}],
    ['another level (listLevel 1)', { listLevel: 1 }],
    ['out of the list (listLevel null)', { listLevel: null }],
  ];
  test.each(cases)('%s: the same document whether Word inherits or not', async (_name, spec) => {
    const inherits = await outcome({}, spec);
    const not = await outcome(NO_INHERIT, spec);
    expect(not.paragraphs).toEqual(inherits.paragraphs);
    expect(inherits.syncs).toBe(2);
    expect(inherits.result.warnings).toBeUndefined();
    expect(not.result.warnings).toBeUndefined();
    // The fallback (attachToList) costs one sync, only where Word left the paragraph out of the list it needs.
    expect(not.syncs).toBe(spec.listLevel === null ? 2 : 3);
  });

  test('the numbers are the list’s: 1. 2. 3. 4. at the same level, (a) one level down', async () => {
    expect((await outcome(NO_INHERIT, {})).paragraphs.map((x) => x[1])).toEqual([null, '1.', '2.', '3.', '4.', null]);
    expect((await outcome(NO_INHERIT, { listLevel: 1 })).paragraphs.map((x) => x[1])).toEqual([
      null,
      '1.',
      '2.',
      '(a)',
      '3.',
      null,
    ]);
  });
});

describe('styleBuiltIn on a new paragraph (office-js#1656): read back, style by name when it did not apply', () => {
  const heading = { style: { name: 'Heading 2', builtIn: 'Heading2' }, listLevel: null };
  test('Heading 2 either way; one extra sync only when styleBuiltIn was ignored', async () => {
    const applies = await outcome({}, heading);
    const ignored = await outcome(STYLE_IGNORED, heading);
    expect(ignored.paragraphs).toEqual(applies.paragraphs);
    expect(applies.paragraphs[3]).toEqual(['New line', null, 'Heading 2']);
    expect([applies.syncs, ignored.syncs]).toEqual([2, 3]);
  });
});

describe('operations on the Word-numbered sample, with both failure modes at once', () => {
  const SAMPLE = new Uint8Array(
    readFileSync(path.resolve(__dirname, '../../assets/samples/ctoc-cop-wg7-2023-1-numbered.docx')),
  );
  const run = async (quirks: SimQuirks, op: 'item' | 'sub') => {
    const doc = await openDocx(SAMPLE, { quirks });
    const snapshot = await readSnapshot(doc);
    const agenda = parseAgenda(snapshot);
    const plan =
      op === 'item'
        ? insertItem(snapshot, agenda, { position: 3, title: 'Smuggling of migrants by air' })
        : insertSubItem(snapshot, agenda, { position: '1 (c)', title: 'Election of officers' });
    doc.resetSyncCount();
    const result = await applyPlan(doc, plan);
    const after = await readSnapshot(await openDocx(await doc.save()));
    return {
      syncs: doc.syncCount,
      warnings: result.warnings,
      paragraphs: after.paragraphs.map((x) => [x.text, x.list?.listString ?? null, x.style]),
    };
  };
  test.each(['item', 'sub'] as const)('insert-%s gives the same document as in a Word that inherits', async (op) => {
    const expected = await run({}, op);
    const got = await run({ ...NO_INHERIT, ...STYLE_IGNORED }, op);
    expect(got.paragraphs).toEqual(expected.paragraphs);
    expect(got.warnings).toBeUndefined();
    expect(expected.syncs).toBe(2);
    expect(got.syncs).toBe(3);
  });
});

describe('the simulator follows Word.Paragraph’s docs for the members the fallback uses', () => {
  test('detachFromList on a paragraph that is no list item leaves it as it is ("if the paragraph is a list item")', async () => {
    const doc = await listDoc();
    const before = await doc.save();
    await doc.run(async (context) => {
      context.document.body.paragraphs.getFirst().detachFromList();
      await context.sync();
    });
    expect(await doc.save()).toEqual(before);
  });

  test('attachToList fails on a list item ("Fails if … the paragraph is already a list item")', async () => {
    const doc = await listDoc();
    await expect(
      doc.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items');
        await context.sync();
        const list = paragraphs.items[1].listOrNullObject;
        list.load('isNullObject,id');
        await context.sync();
        expect([list.isNullObject, list.id]).toEqual([false, 7]);
        paragraphs.items[2].attachToList(list.id, 0);
        await context.sync();
      }),
    ).rejects.toThrow(/already a list item/);
  });
});
