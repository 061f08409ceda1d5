/** A plan of hand-written edits with the expectations the gateway verifies, taken from the snapshot they edit. */
import { emptySummary, type Edit, type EditPlan } from '../../src/engine/plan';
import type { Snapshot } from '../../src/engine/snapshot';

export function planOf(snapshot: Snapshot, edits: Edit[]): EditPlan {
  const touched = new Set<number>();
  for (const e of edits) {
    if (e.kind === 'replaceText') touched.add(e.paragraph);
    if (e.kind === 'insertParagraphs') touched.add(e.anchor);
  }
  const tables = new Set(edits.flatMap((e) => ('table' in e ? [e.table] : [])));
  return {
    description: 'test plan',
    edits,
    expectations: [...touched].map((p) => ({ paragraph: p, text: snapshot.paragraphs[p].text })),
    tableExpectations: [...tables].map((t) => ({ table: t, values: snapshot.tables[t].values })),
    warnings: [],
    summary: emptySummary(),
  };
}
