/**
 * Commands that change a document: plan in the engine, apply through the gateway on the simulator, write OUT
 * through a temporary file. Without --out they refuse to overwrite unless --in-place is given.
 */
import type { Agenda } from '../../engine/model';
import {
  insertItem, insertSubItem, moveItem, moveSubItem, regenerateAnnex, removeItem, removeSubItem, renameItem, renameSubItem,
} from '../../engine/operations';
import { parseItemRef } from '../../engine/parse';
import type { EditPlan } from '../../engine/plan';
import type { Snapshot } from '../../engine/snapshot';
import { applyPlan } from '../../word/applyPlan';
import type { CommandContext } from '../command';
import { writeFileAtomic } from '../docxFile';
import { loadAgenda, type LoadedFile } from '../session';

type Planner = (snapshot: Snapshot, agenda: Agenda) => EditPlan;

export function outputOf(ctx: CommandContext, file: string): string | null {
  const out = ctx.args.options.get('out');
  if (out) return out;
  return ctx.args.flags.has('in-place') ? file : null;
}

/** Plans with `planner`, applies, writes; prints what changed. */
export async function runEdit(ctx: CommandContext, name: string, planner: (loaded: LoadedFile) => Planner | number): Promise<number> {
  const [file, ...extra] = ctx.args.files;
  if (!file || extra.length > 0) return ctx.usage(`${name} takes one FILE.docx.`);
  const out = outputOf(ctx, file);
  if (!out) return ctx.usage(`Refusing to overwrite ${file}: give --out OUT.docx, or --in-place.`);
  const loaded = await loadAgenda(file, ctx.engine);
  const plannerOrCode = planner(loaded);
  if (typeof plannerOrCode === 'number') return plannerOrCode;
  const plan = ctx.engine.measure(() => plannerOrCode(loaded.snapshot, loaded.agenda));
  await applyPlan(loaded.document, plan, { trackChanges: ctx.args.flags.has('track-changes') });
  ctx.countSyncs(loaded.document);
  await writeFileAtomic(out, await loaded.document.save());
  ctx.out(describePlan(plan, out));
  return 0;
}

export function describePlan(plan: EditPlan, out: string): string {
  const s = plan.summary;
  const lines = [
    plan.description,
    `  paragraphs: ${s.paragraphsChanged} changed, ${s.paragraphsInserted} inserted, ${s.paragraphsDeleted} deleted; annex rows: ${s.rowsChanged}; references: ${s.referencesUpdated}`,
    ...plan.warnings.map((w) => `  warning: ${w}`),
    `  written to ${out}`,
  ];
  return lines.join('\n');
}

function required(ctx: CommandContext, name: string): string | null {
  const value = ctx.args.options.get(name);
  return value === undefined || value.trim() === '' ? null : value;
}

function isSubItem(ref: string): boolean {
  return parseItemRef(ref)?.letter != null;
}

export const editCommands: Record<string, (ctx: CommandContext) => Promise<number>> = {
  'insert-item': (ctx) =>
    runEdit(ctx, 'insert-item', () => {
      const position = required(ctx, 'position');
      const title = required(ctx, 'title');
      if (!position || !title) return ctx.usage('insert-item needs --position N (or "1 (c)") and --title TEXT.');
      if (isSubItem(position)) return (s, a) => insertSubItem(s, a, { position, title });
      const n = Number(position);
      if (!Number.isInteger(n) || n < 1) return ctx.usage(`--position must be an item number such as 3 or a sub-item such as "1 (c)", not "${position}".`);
      return (s, a) => insertItem(s, a, { position: n, title });
    }),
  'remove-item': (ctx) =>
    runEdit(ctx, 'remove-item', () => {
      const item = required(ctx, 'item');
      if (!item) return ctx.usage('remove-item needs --item N (or "1 (b)").');
      return isSubItem(item) ? (s, a) => removeSubItem(s, a, { item }) : (s, a) => removeItem(s, a, { item });
    }),
  'move-item': (ctx) =>
    runEdit(ctx, 'move-item', () => {
      const item = required(ctx, 'item');
      const to = required(ctx, 'to');
      if (!item || !to) return ctx.usage('move-item needs --item N and --to M (or "1 (b)" and "1 (a)").');
      if (isSubItem(item)) return (s, a) => moveSubItem(s, a, { item, to });
      const n = Number(to);
      if (!Number.isInteger(n) || n < 1) return ctx.usage(`--to must be an item number, not "${to}".`);
      return (s, a) => moveItem(s, a, { item, to: n });
    }),
  'rename-item': (ctx) =>
    runEdit(ctx, 'rename-item', () => {
      const item = required(ctx, 'item');
      const title = required(ctx, 'title');
      if (!item || !title) return ctx.usage('rename-item needs --item N (or "1 (b)") and --title TEXT.');
      return isSubItem(item) ? (s, a) => renameSubItem(s, a, { item, title }) : (s, a) => renameItem(s, a, { item, title });
    }),
  'regenerate-annex': (ctx) => runEdit(ctx, 'regenerate-annex', () => (s, a) => regenerateAnnex(s, a)),
};
