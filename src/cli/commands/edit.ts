/**
 * Commands that change a document: plan in the engine, apply through the gateway on the simulator, write OUT
 * through a temporary file. Without --out they refuse to overwrite unless --in-place is given.
 */
import type { Agenda } from '../../engine/model';
import {
  insertItem,
  insertSubItem,
  moveItem,
  moveSubItem,
  regenerateAnnex,
  removeItem,
  removeSubItem,
  renameItem,
  renameSubItem,
} from '../../engine/operations';
import { parseItemRef } from '../../engine/parse';
import type { EditPlan } from '../../engine/plan';
import type { Snapshot } from '../../engine/snapshot';
import { applyPlan, withApplyWarnings } from '../../word/applyPlan';
import type { CommandContext } from '../command';
import * as path from 'path';
import { forbiddenXmlCharacter } from '../../simulator';
import { UsageError } from '../args';
import { firstLine } from '../docxFile';
import { loadAgenda, type LoadedFile } from '../session';
import { outputClash, writeFileSafely } from '../writeFile';
import { isVersionsEdit, runVersionsEdit } from './versions';

/** Plans the edit on one document; `title` is the one for this document (its language's, across versions). */
type Planner = (snapshot: Snapshot, agenda: Agenda, title: string) => EditPlan;

/**
 * Where each input is written: `--out OUT.docx` for one file, `--out-dir DIR` for any number (same names), or
 * `--in-place`. Returns a usage message when the options do not say.
 */
export function outputsOf(ctx: CommandContext, files: string[]): string[] | { usage: string } {
  const out = ctx.args.options.get('out');
  const dir = ctx.args.options.get('out-dir');
  if (out && files.length > 1) return { usage: '--out names one file; for several, give --out-dir DIR or --in-place.' };
  if (out) return [out];
  if (dir) return files.map((file) => path.join(dir, path.basename(file)));
  if (ctx.args.flags.has('in-place')) return [...files];
  return { usage: `Refusing to overwrite ${files.join(', ')}: give --out OUT.docx (or --out-dir DIR), or --in-place.` };
}

/**
 * Runs `work` on every file with its output; a file that fails gets one line on stderr and the others go on.
 * Returns 2 when any failed, else 0.
 */
export async function forEachFile(
  ctx: CommandContext,
  name: string,
  work: (file: string, out: string) => Promise<void>,
): Promise<number> {
  const files = ctx.args.files;
  if (files.length === 0) return ctx.usage(`${name} takes one or more FILE.docx.`);
  const outputs = outputsOf(ctx, files);
  if (!Array.isArray(outputs)) return ctx.usage(outputs.usage);
  const clash = await outputClash(files, outputs, ctx.args.flags.has('in-place'));
  if (clash) return ctx.usage(clash);
  let failed = false;
  for (const [i, file] of files.entries()) {
    try {
      await work(file, outputs[i]);
    } catch (error) {
      const line = firstLine(error);
      ctx.err(line.startsWith(file) ? line : `${file}: ${line}`);
      failed = true;
    }
  }
  return failed ? 2 : 0;
}

/**
 * Checks the command's arguments once (`planner`), then plans, applies and writes each file; prints what changed.
 * Language versions of one agenda (`--versions`, `--title LANG=…`) are edited together: see versions.ts.
 */
export async function runEdit(
  ctx: CommandContext,
  name: string,
  planner: () => Planner | number,
  titled = false,
): Promise<number> {
  const plannerOrCode = planner();
  if (typeof plannerOrCode === 'number') return plannerOrCode;
  if (isVersionsEdit(ctx)) {
    const outputs = outputsOf(ctx, ctx.args.files);
    if (!Array.isArray(outputs)) return ctx.usage(outputs.usage);
    const clash = await outputClash(ctx.args.files, outputs, ctx.args.flags.has('in-place'));
    if (clash) return ctx.usage(clash);
    return runVersionsEdit(ctx, name, { planner: plannerOrCode, titled, outputs, describe: describePlan });
  }
  const title = ctx.args.options.get('title') ?? '';
  return forEachFile(ctx, name, async (file, out) => {
    const loaded = await loadAgenda(file, ctx.engine);
    const plan = ctx.engine.measure(() => plannerOrCode(loaded.snapshot, loaded.agenda, title));
    const result = await applyPlan(loaded.document, plan, { trackChanges: ctx.args.flags.has('track-changes') });
    ctx.countSyncs(loaded.document);
    await saveTo(ctx, loaded, out);
    ctx.out(describePlan(withApplyWarnings(plan, result), out));
  });
}

/** Saves the edited document to OUT; --in-place first checks that the file still holds what was read. */
export async function saveTo(ctx: CommandContext, loaded: LoadedFile, out: string): Promise<void> {
  await writeFileSafely(out, await loaded.document.save(), ctx.args.flags.has('in-place') ? loaded.source : undefined);
}

export function describePlan(plan: EditPlan, out: string): string {
  const s = plan.summary;
  const lines = [
    plan.description,
    `  paragraphs: ${s.paragraphsChanged} changed, ${s.paragraphsInserted} inserted, ${s.paragraphsDeleted} deleted${s.paragraphsMoved ? `, ${s.paragraphsMoved} moved` : ''}; annex rows: ${s.rowsChanged}; references: ${s.referencesUpdated}`,
    ...plan.warnings.map((w) => `  warning: ${w}`),
    `  written to ${out}`,
  ];
  return lines.join('\n');
}

/**
 * A required option's value. Text that goes into the document is refused (not silently changed) when it holds a
 * character XML forbids — U+0001, the ESC of a coloured terminal paste, U+FFFE: the user sees what to remove.
 */
function required(ctx: CommandContext, name: string): string | null {
  const value = ctx.args.options.get(name);
  const bad = value === undefined ? null : forbiddenXmlCharacter(value);
  if (bad)
    throw new UsageError(`--${name} holds ${bad}, a control character a .docx cannot hold; remove it and run again.`);
  return value === undefined || value.trim() === '' ? null : value;
}

function isSubItem(ref: string): boolean {
  return parseItemRef(ref)?.letter != null;
}

export const editCommands: Record<string, (ctx: CommandContext) => Promise<number>> = {
  'insert-item': (ctx) =>
    runEdit(
      ctx,
      'insert-item',
      () => {
        const position = required(ctx, 'position');
        const title = required(ctx, 'title');
        if (!position || !title) return ctx.usage('insert-item needs --position N (or "1 (c)") and --title TEXT.');
        if (isSubItem(position)) return (s, a, t) => insertSubItem(s, a, { position, title: t });
        const n = Number(position);
        if (!Number.isInteger(n) || n < 1)
          return ctx.usage(
            `--position must be an item number such as 3 or a sub-item such as "1 (c)", not "${position}".`,
          );
        return (s, a, t) => insertItem(s, a, { position: n, title: t });
      },
      true,
    ),
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
    runEdit(
      ctx,
      'rename-item',
      () => {
        const item = required(ctx, 'item');
        const title = required(ctx, 'title');
        if (!item || !title) return ctx.usage('rename-item needs --item N (or "1 (b)") and --title TEXT.');
        return isSubItem(item)
          ? (s, a, t) => renameSubItem(s, a, { item, title: t })
          : (s, a, t) => renameItem(s, a, { item, title: t });
      },
      true,
    ),
  'regenerate-annex': (ctx) => runEdit(ctx, 'regenerate-annex', () => (s, a) => regenerateAnnex(s, a)),
};
