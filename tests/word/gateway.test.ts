/**
 * The real gateway (readSnapshot, applyPlan, selectLocation) against the Word simulator on the real samples:
 * sync budgets, stale-plan refusal, edits checked by saving and re-reading.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import type { Edit } from '../../src/engine/plan';
import type { Snapshot } from '../../src/engine/snapshot';
import { openDocx, type SimulatedDocument } from '../../src/simulator';
import { applyPlan } from '../../src/word/applyPlan';
import { StalePlanError } from '../../src/word/errors';
import { readSnapshot } from '../../src/word/readSnapshot';
import { selectLocation } from '../../src/word/select';
import { planOf } from '../helpers/planOf';

const SAMPLES = path.resolve(__dirname, '../../assets/samples');
const open = (name: string) => openDocx(new Uint8Array(readFileSync(path.join(SAMPLES, name))));
const reopen = async (doc: SimulatedDocument) => openDocx(await doc.save());

const plan = planOf;

/** The main part's XML: zip entries carry save times, so whole files are not compared byte for byte. */
async function documentXml(bytes: Uint8Array): Promise<string> {
  const JSZip = (await import('jszip')).default;
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

const indexOf = (s: Snapshot, prefix: string) => s.paragraphs.findIndex((p) => p.text.startsWith(prefix));

describe('readSnapshot', () => {
  it.each(['ctoc-cop-wg7-2023-1.docx', 'ctoc-cop-wg7-2023-1-numbered.docx', 'large-agenda.docx'])(
    'takes 2 syncs on %s',
    async (name) => {
      const doc = await open(name);
      const snapshot = await readSnapshot(doc);
      expect(doc.syncCount).toBe(2);
      expect(snapshot.paragraphs.length).toBeGreaterThan(50);
    },
  );

  it('reads tables, cells, footnote marks and the running header of the CTOC sample', async () => {
    const snapshot = await readSnapshot(await open('ctoc-cop-wg7-2023-1.docx'));
    expect(snapshot.tables).toHaveLength(2);
    const annex = snapshot.tables[1];
    expect(annex.values[0]).toEqual(['Date and time', 'Agenda item', 'Title or description']);
    expect(annex.values[2]).toEqual(['10 a.m.–1 p.m.', '1 (a)', 'Opening of the meeting']);
    const cellParagraph = snapshot.paragraphs.find((p) => p.text === '1 (a)');
    expect(cellParagraph?.cell).toEqual({ table: 1, row: 2, cell: 1 });
    expect(snapshot.paragraphs[annex.firstParagraph].text).toBe('Date and time');
    expect(snapshot.paragraphs[annex.lastParagraph].text).toBe('Adoption of the report');
    const [first, second] = snapshot.footnotes;
    const p1 = snapshot.paragraphs[first.paragraph].text;
    expect(p1.slice(0, first.offset ?? 0)).toMatch(/The proposed organization of work$/);
    expect(snapshot.paragraphs[second.paragraph].text.slice(0, second.offset ?? 0)).toMatch(
      /web page of the Mechanism\.$/,
    );
    expect(snapshot.headers).toContain('CTOC/COP/WG.7/2023/1');
  });

  it('gives list strings for an auto-numbered agenda', async () => {
    const snapshot = await readSnapshot(await open('ctoc-cop-wg7-2023-1-numbered.docx'));
    const listed = snapshot.paragraphs.filter((p) => p.list).map((p) => p.list?.listString);
    expect(listed.slice(0, 4)).toEqual(['1.', '(a)', '(b)', '2.']);
  });
});

describe('applyPlan', () => {
  it('replaces text in 2 syncs and keeps the rest of the paragraph', async () => {
    const doc = await open('ctoc-cop-wg7-2023-1.docx');
    const snapshot = await readSnapshot(doc);
    const i = indexOf(snapshot, 'As no issues to be raised under agenda item 5');
    const at = snapshot.paragraphs[i].text.indexOf('item 5') + 5;
    doc.resetSyncCount();
    await applyPlan(
      doc,
      plan(snapshot, [{ kind: 'replaceText', paragraph: i, start: at, end: at + 1, expected: '5', text: '6' }]),
    );
    expect(doc.syncCount).toBe(2);
    const after = await readSnapshot(await reopen(doc));
    expect(after.paragraphs[i].text).toBe(snapshot.paragraphs[i].text.replace('item 5', 'item 6'));
    const others = (s: Snapshot) => s.paragraphs.filter((_, k) => k !== i).map((p) => p.text);
    expect(others(after)).toEqual(others(snapshot));
  });

  it('applies several replacements in one paragraph, each at its own offset', async () => {
    const doc = await open('ctoc-cop-wg7-2023-1.docx');
    const snapshot = await readSnapshot(doc);
    const i = indexOf(snapshot, 'In its resolution 7/1');
    const text = snapshot.paragraphs[i].text;
    const first = text.indexOf('Conference');
    const second = text.indexOf('Conference', first + 1);
    await applyPlan(
      doc,
      plan(snapshot, [
        {
          kind: 'replaceText',
          paragraph: i,
          start: first,
          end: first + 10,
          expected: 'Conference',
          text: 'CONFERENCE-1',
        },
        {
          kind: 'replaceText',
          paragraph: i,
          start: second,
          end: second + 10,
          expected: 'Conference',
          text: 'CONFERENCE-2',
        },
      ]),
    );
    const after = (await readSnapshot(await reopen(doc))).paragraphs[i].text;
    expect(after).toBe(
      `${text.slice(0, first)}CONFERENCE-1${text.slice(first + 10, second)}CONFERENCE-2${text.slice(second + 10)}`,
    );
  });

  it('refuses a stale plan and writes nothing', async () => {
    const doc = await open('ctoc-cop-wg7-2023-1.docx');
    const snapshot = await readSnapshot(doc);
    const i = indexOf(snapshot, '5.\tOther matters');
    const edit: Edit = { kind: 'replaceText', paragraph: i, start: 0, end: 1, expected: '5', text: '9' };
    // The user types in the paragraph between reading and applying.
    await doc.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items');
      await context.sync();
      paragraphs.items[i].getRange('End').insertText(' (edited)', 'Before');
      await context.sync();
    });
    const before = await doc.save();
    await expect(applyPlan(doc, plan(snapshot, [edit]))).rejects.toThrow(StalePlanError);
    await expect(applyPlan(doc, plan(snapshot, [edit]))).rejects.toThrow(
      /changed since it was read.*Nothing was changed/,
    );
    expect(await documentXml(await doc.save())).toBe(await documentXml(before));
  });

  it('applies a plan once: a second click with the same plan is refused', async () => {
    const doc = await open('ctoc-cop-wg7-2023-1.docx');
    const snapshot = await readSnapshot(doc);
    const i = indexOf(snapshot, '6.\tAdoption of the report');
    const p = plan(snapshot, [{ kind: 'replaceText', paragraph: i, start: 0, end: 1, expected: '6', text: '7' }]);
    await applyPlan(doc, p);
    await expect(applyPlan(doc, p)).rejects.toThrow(StalePlanError);
    expect((await readSnapshot(doc)).paragraphs[i].text.startsWith('7.\tAdoption')).toBe(true);
  });

  it('inserts and deletes paragraphs addressed by their snapshot indices', async () => {
    const doc = await open('ctoc-cop-wg7-2023-1.docx');
    const snapshot = await readSnapshot(doc);
    const heading = snapshot.paragraphs.findIndex((p) => p.text === '5.\tOther matters' && p.style === 'Heading 3');
    const body = heading + 1;
    await applyPlan(
      doc,
      plan(snapshot, [
        {
          kind: 'insertParagraphs',
          anchor: heading,
          position: 'Before',
          paragraphs: [
            { text: '5.\tNew heading', style: { name: 'Heading 3', builtIn: 'Heading3' } },
            { text: 'New text.', style: { name: 'Normal', builtIn: 'Normal' } },
          ],
        },
        { kind: 'deleteParagraphs', first: body, last: body },
      ]),
    );
    const after = await readSnapshot(await reopen(doc));
    const k = indexOf(after, '5.\tNew heading');
    expect(after.paragraphs.slice(k, k + 3).map((p) => [p.text.slice(0, 16), p.style])).toEqual([
      ['5.\tNew heading', 'Heading 3'],
      ['New text.', 'Normal'],
      ['5.\tOther matters', 'Heading 3'],
    ]);
    expect(after.paragraphs[k + 3].text).toBe('6.\tAdoption of the report');
    expect(after.paragraphs.some((p) => p.text.startsWith('As no issues to be raised'))).toBe(false);
    expect(after.paragraphs).toHaveLength(snapshot.paragraphs.length + 1);
  });

  it('edits annex rows from the last to the first, italic runs included', async () => {
    const doc = await open('ctoc-cop-wg7-2023-1.docx');
    const snapshot = await readSnapshot(doc);
    const values = snapshot.tables[1].values;
    await applyPlan(
      doc,
      plan(snapshot, [
        {
          kind: 'setCell',
          table: 1,
          row: 2,
          cell: 2,
          expected: values[2][2],
          runs: [{ text: 'Opening' }, { text: ' (continued)', italic: true }],
        },
        {
          kind: 'insertRows',
          table: 1,
          row: 3,
          position: 'After',
          rows: [[[{ text: '' }], [{ text: '1 (c)' }], [{ text: 'New sub-item' }]]],
        },
        { kind: 'deleteRows', table: 1, first: 11, last: 11 },
      ]),
    );
    const after = (await readSnapshot(await reopen(doc))).tables[1].values;
    expect(after[2][2]).toBe('Opening (continued)');
    expect(after[4]).toEqual(['', '1 (c)', 'New sub-item']);
    expect(after).toHaveLength(values.length);
    expect(after[after.length - 1]).toEqual(values[10]);
  });

  it.each<[string, Edit]>([
    [
      'a row to insert after that is not there',
      { kind: 'insertRows', table: 1, row: 40, position: 'After', rows: [[[{ text: 'x' }]]] },
    ],
    ['rows to delete that are not there', { kind: 'deleteRows', table: 1, first: 10, last: 14 }],
    ['a cell that is not there', { kind: 'setCell', table: 1, row: 1, cell: 7, expected: '', runs: [{ text: 'x' }] }],
  ])('refuses %s before writing anything', async (_label, bad) => {
    const doc = await open('ctoc-cop-wg7-2023-1.docx');
    const snapshot = await readSnapshot(doc);
    const i = indexOf(snapshot, '6.\tAdoption of the report');
    const good: Edit = { kind: 'replaceText', paragraph: i, start: 0, end: 1, expected: '6', text: '7' };
    const before = await documentXml(await doc.save());
    await expect(applyPlan(doc, plan(snapshot, [good, bad]))).rejects.toThrow(
      /changed since it was read.*Nothing was changed/,
    );
    expect(await documentXml(await doc.save())).toBe(before);
  });

  it('refuses, before queueing anything, a place Word’s search cannot single out', async () => {
    const { buildDocx, body, p } = await import('../helpers/docxFactory');
    const doc = await openDocx(await buildDocx({ documentXml: body(p('First paragraph 1.'), p('ab'.repeat(300))) }));
    const snapshot = await readSnapshot(doc);
    const before = await documentXml(await doc.save());
    await expect(
      applyPlan(
        doc,
        plan(snapshot, [
          { kind: 'replaceText', paragraph: 0, start: 16, end: 17, expected: '1', text: '2' },
          { kind: 'replaceText', paragraph: 1, start: 300, end: 301, expected: 'a', text: 'A' },
        ]),
      ),
    ).rejects.toThrow(/Paragraph 2 repeats the same text too often.*Nothing was changed/);
    expect(await documentXml(await doc.save())).toBe(before);
  });

  it('records tracked changes on request and restores the mode', async () => {
    const doc = await open('ctoc-cop-wg7-2023-1.docx');
    const snapshot = await readSnapshot(doc);
    const i = indexOf(snapshot, '6.\tAdoption of the report');
    await applyPlan(
      doc,
      plan(snapshot, [{ kind: 'replaceText', paragraph: i, start: 0, end: 1, expected: '6', text: '7' }]),
      { trackChanges: true },
    );
    const mode = await doc.run(async (context) => {
      context.document.load('changeTrackingMode');
      await context.sync();
      return context.document.changeTrackingMode;
    });
    expect(mode).toBe('Off');
  });
});

describe('applyPlan on footnotes', () => {
  it('appends to a footnote and refuses when its text changed', async () => {
    const doc = await open('ctoc-cop-wg7-2023-1.docx');
    const snapshot = await readSnapshot(doc);
    const note = snapshot.footnotes[1];
    const edit: Edit = { kind: 'appendFootnoteText', footnote: 2, expected: note.text, text: ' Added.' };
    doc.resetSyncCount();
    await applyPlan(doc, plan(snapshot, [edit]));
    expect(doc.syncCount).toBe(2);
    const after = await readSnapshot(await reopen(doc));
    expect(after.footnotes[1].text).toBe(`${note.text} Added.`);
    expect(after.footnotes[0].text).toBe(snapshot.footnotes[0].text);
    await expect(applyPlan(doc, plan(snapshot, [edit]))).rejects.toThrow(/footnote 2 now reads/);
  });
});

describe('selectLocation', () => {
  it('selects the characters of a finding', async () => {
    const doc = await open('ctoc-cop-wg7-2023-1.docx');
    const snapshot = await readSnapshot(doc);
    const i = indexOf(snapshot, 'As no issues');
    const start = snapshot.paragraphs[i].text.indexOf('agenda item 5');
    await selectLocation(doc, { kind: 'paragraph', paragraph: i, start, end: start + 13 });
    expect(doc.selection).toEqual({ paragraph: i, start, end: start + 13 });
  });
});
