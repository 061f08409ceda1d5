/**
 * Undo's inverse plan: for every kind of operation, applying the inverse to the document after the edit gives the
 * document before it back — on snapshots (every operation of the sample) and through the gateway on the simulator
 * (the real sample .docx, saved and read again). An inverse is refused by the gateway once the document moved on.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { applyToSnapshot } from '../../src/engine/applyToSnapshot';
import * as operations from '../../src/engine/operations';
import { parseAgenda } from '../../src/engine/parse';
import type { EditPlan } from '../../src/engine/plan';
import type { Snapshot } from '../../src/engine/snapshot';
import { openDocx } from '../../src/simulator';
import { firstChangedParagraph, inversePlan } from '../../src/taskpane/undo/inversePlan';
import { applyPlan } from '../../src/word/applyPlan';
import { StalePlanError } from '../../src/word/errors';
import { readSnapshot } from '../../src/word/readSnapshot';
import { ctocSnapshot } from '../fixtures/ctocSnapshot';

const SAMPLE = path.resolve(__dirname, '../../assets/samples/ctoc-cop-wg7-2023-1.docx');

const texts = (snapshot: Snapshot) => ({
  paragraphs: snapshot.paragraphs.map((p) => p.text),
  tables: snapshot.tables.map((t) => t.values),
});

type Make = (snapshot: Snapshot) => EditPlan;
const OPERATIONS: [string, Make][] = [
  ['insert an item', (s) => operations.insertItem(s, parseAgenda(s), { position: 3, title: 'New item' })],
  ['insert an item at the end', (s) => operations.insertItem(s, parseAgenda(s), { position: 7, title: 'Last item' })],
  ['rename an item', (s) => operations.renameItem(s, parseAgenda(s), { item: '2', title: 'A shorter title' })],
  ['move an item down', (s) => operations.moveItem(s, parseAgenda(s), { item: '2', to: 3 })],
  ['remove an item', (s) => operations.removeItem(s, parseAgenda(s), { item: '5' })],
  [
    'add a sub-item',
    (s) => operations.insertSubItem(s, parseAgenda(s), { position: '1 (c)', title: 'Election of officers' }),
  ],
  ['remove a sub-item', (s) => operations.removeSubItem(s, parseAgenda(s), { item: '1 (a)' })],
];

describe('inverse plan on snapshots', () => {
  test.each(OPERATIONS)('%s, then undo, gives the document back', (_name, make) => {
    const before = ctocSnapshot();
    const after = applyToSnapshot(before, make(before));
    const inverse = inversePlan(before, after, 'Undo');
    expect(inverse).not.toBeNull();
    expect(texts(applyToSnapshot(after, inverse as EditPlan))).toEqual(texts(before));
  });

  test('renumbering becomes small replacements, not rewritten paragraphs', () => {
    const before = ctocSnapshot();
    const after = applyToSnapshot(
      before,
      operations.insertItem(before, parseAgenda(before), { position: 3, title: 'New item' }),
    );
    const inverse = inversePlan(before, after, 'Undo') as EditPlan;
    const kinds = inverse.edits.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'insertParagraphs')).toHaveLength(0);
    expect(kinds).toContain('deleteParagraphs');
    for (const edit of inverse.edits)
      if (edit.kind === 'replaceText') expect(edit.expected.length).toBeLessThanOrEqual(2);
  });

  test('no change has no inverse; the first changed paragraph is where the edit is', () => {
    const before = ctocSnapshot();
    expect(inversePlan(before, before, 'Undo')).toBeNull();
    const plan = operations.renameItem(before, parseAgenda(before), { item: '2', title: 'A shorter title' });
    const after = applyToSnapshot(before, plan);
    const firstEdited = Math.min(...plan.edits.flatMap((e) => (e.kind === 'replaceText' ? [e.paragraph] : [])));
    expect(firstChangedParagraph(before, after)).toBe(firstEdited);
  });
});

describe('undo through the gateway (simulator, the sample .docx)', () => {
  test.each(OPERATIONS)('%s, then undo', async (_name, make) => {
    const doc = await openDocx(new Uint8Array(readFileSync(SAMPLE)));
    const before = await readSnapshot(doc);
    await applyPlan(doc, make(before));
    const after = await readSnapshot(doc);
    const inverse = inversePlan(before, after, 'Undo');
    expect(inverse).not.toBeNull();
    await applyPlan(doc, inverse as EditPlan);
    const restored = await readSnapshot(await openDocx(await doc.save()));
    expect(texts(restored)).toEqual(texts(before));
  });

  test('refused once the document changed where the undo would write', async () => {
    const doc = await openDocx(new Uint8Array(readFileSync(SAMPLE)));
    const before = await readSnapshot(doc);
    await applyPlan(doc, operations.renameItem(before, parseAgenda(before), { item: '2', title: 'A shorter title' }));
    const after = await readSnapshot(doc);
    const inverse = inversePlan(before, after, 'Undo') as EditPlan;
    await applyPlan(
      doc,
      operations.renameItem(after, parseAgenda(after), { item: '2', title: 'Someone else edited it' }),
    );
    await expect(applyPlan(doc, inverse)).rejects.toBeInstanceOf(StalePlanError);
  });
});
