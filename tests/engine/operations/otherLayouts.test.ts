/**
 * Operations on an agenda in another house's layout (tests/fixtures/genevaSnapshot.ts): "Item N." headings,
 * "a)" sub-items, and an annex whose cells hold number and title together ("Item 2 (a): Report of the session").
 */
import { applyToSnapshot } from '../../../src/engine/applyToSnapshot';
import { runChecks } from '../../../src/engine/checks';
import { insertItem, removeItem, renameItem, regenerateAnnex } from '../../../src/engine/operations';
import { parseAgenda } from '../../../src/engine/parse';
import type { EditPlan } from '../../../src/engine/plan';
import type { Agenda } from '../../../src/engine/model';
import type { Snapshot } from '../../../src/engine/snapshot';
import { genevaSnapshot } from '../../fixtures/genevaSnapshot';

const before = genevaSnapshot();

function apply(op: (s: Snapshot, a: Agenda) => EditPlan) {
  const plan = op(before, parseAgenda(before));
  const after = applyToSnapshot(before, plan);
  return { plan, after, agenda: parseAgenda(after), texts: after.paragraphs.map((p) => p.text) };
}

const errors = (s: Snapshot) =>
  runChecks(s, parseAgenda(s), { timeConvention: '24h' }).filter((f) => f.severity === 'error');

describe('operations on a Geneva-style agenda', () => {
  it('starts with no error', () => {
    expect(errors(before)).toEqual([]);
  });

  it('insert item 2: list, "Item N." headings, combined annex cells and references follow', () => {
    const { after, texts } = apply((s, a) => insertItem(s, a, { position: 2, title: 'Election of officers' }));
    expect(texts).toEqual(
      expect.arrayContaining([
        '2.\tElection of officers.',
        '3.\tCoordination of work:',
        '4.\tOther business.',
        'Item 2.\tElection of officers',
        'Item 3.\tCoordination of work',
        'Item 4.\tOther business',
        'The World Forum will adopt its agenda; items 3 and 4 follow.',
        'Item 2: Election of officers',
        'Item 3 (a): Report of the session',
        'Item 3 (b): Programme of work',
        'Item 4: Other business',
      ]),
    );
    expect(errors(after)).toEqual([]);
  });

  it('rename item 3 rewrites the combined annex cell, keeping its label', () => {
    const { after, texts } = apply((s, a) => renameItem(s, a, { item: '3', title: 'Any other business' }));
    expect(texts).toEqual(
      expect.arrayContaining(['3.\tAny other business.', 'Item 3.\tAny other business', 'Item 3: Any other business']),
    );
    expect(errors(after)).toEqual([]);
  });

  it('remove item 2 warns about the reference it cannot rewrite', () => {
    const { plan, texts } = apply((s, a) => removeItem(s, a, { item: '2' }));
    expect(texts).toEqual(
      expect.arrayContaining(['2.\tOther business.', 'Item 2.\tOther business', 'Item 2: Other business']),
    );
    expect(texts.some((t) => t.includes('Report of the session'))).toBe(false);
    expect(plan.warnings).toEqual([expect.stringMatching(/refers to item 2, which is removed: 'items 2 and 3'/)]);
  });

  it('regenerating an annex that already follows the list changes nothing', () => {
    expect(regenerateAnnex(before, parseAgenda(before)).edits).toEqual([]);
  });
});
