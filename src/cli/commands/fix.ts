import { fixAll, runChecks } from '../../engine/checks';
import type { Finding } from '../../engine/checks/types';
import { parseAgenda } from '../../engine/parse';
import { applyPlan } from '../../word/applyPlan';
import { readSnapshot } from '../../word/readSnapshot';
import type { CommandContext } from '../command';
import { loadAgenda } from '../session';
import { loadSettings } from './check';
import { forEachFile, saveTo } from './edit';

/**
 * Applies every certain fix the checks offer. Two fixes of one place (a title and its "(continued)" marker)
 * cannot share a plan, so it reads, checks and fixes again until nothing is left to fix, three passes at most.
 */
const MAX_PASSES = 3;

export async function fixCommand(ctx: CommandContext): Promise<number> {
  const settings = await loadSettings(ctx);
  return forEachFile(ctx, 'fix', async (file, out) => {
    const loaded = await loadAgenda(file, ctx.engine);
    let { snapshot, agenda } = loaded;
    const fixed: Finding[] = [];
    let remaining: Finding[] = [];
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      if (pass > 0) {
        snapshot = await readSnapshot(loaded.document);
        const current = snapshot;
        agenda = ctx.engine.measure(() => parseAgenda(current));
      }
      const findings = ctx.engine.measure(() => runChecks(snapshot, agenda, settings));
      remaining = findings;
      const fixable = findings.filter((f) => f.fix);
      if (fixable.length === 0) break;
      const plan = ctx.engine.measure(() => fixAll(fixable));
      if (plan.edits.length === 0) break;
      await applyPlan(loaded.document, plan, { trackChanges: ctx.args.flags.has('track-changes') });
      fixed.push(...fixable.filter((f) => !plan.warnings.some((w) => w.includes(f.message))));
    }
    ctx.countSyncs(loaded.document);
    await saveTo(ctx, loaded, out);
    ctx.out(
      `${file}: fixed ${fixed.length} findings; ${remaining.filter((f) => !f.fix).length} left need an editor's judgement.`,
    );
    for (const f of fixed) ctx.out(`  fixed ${f.rule}: ${f.message}`);
    ctx.out(`  written to ${out}`);
  });
}
