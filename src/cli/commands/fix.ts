import { fixAll, runChecks } from '../../engine/checks';
import { applyPlan } from '../../word/applyPlan';
import type { CommandContext } from '../command';
import { writeFileAtomic } from '../docxFile';
import { loadAgenda } from '../session';
import { loadSettings } from './check';
import { outputOf } from './edit';

/** Applies every certain fix the checks offer, in one plan. */
export async function fixCommand(ctx: CommandContext): Promise<number> {
  const [file, ...extra] = ctx.args.files;
  if (!file || extra.length > 0) return ctx.usage('fix takes one FILE.docx.');
  const out = outputOf(ctx, file);
  if (!out) return ctx.usage(`Refusing to overwrite ${file}: give --out OUT.docx, or --in-place.`);
  const settings = await loadSettings(ctx);
  const loaded = await loadAgenda(file, ctx.engine);
  const findings = ctx.engine.measure(() => runChecks(loaded.snapshot, loaded.agenda, settings));
  const fixable = findings.filter((f) => f.fix);
  const plan = ctx.engine.measure(() => fixAll(fixable));
  await applyPlan(loaded.document, plan, { trackChanges: ctx.args.flags.has('track-changes') });
  ctx.countSyncs(loaded.document);
  await writeFileAtomic(out, await loaded.document.save());
  const left = findings.length - fixable.length;
  ctx.out(`Fixed ${fixable.length} of ${findings.length} findings (${plan.edits.length} edits); ${left} need an editor's judgement.\n  written to ${out}`);
  for (const f of fixable) ctx.out(`  ${f.rule}: ${f.message}`);
  return 0;
}
