import { rules } from '../../engine/checks';
import type { CommandContext } from '../command';

/** Lists the checks: the ids a settings file names, with their default severity and whether they can fix. */
export async function rulesCommand(ctx: CommandContext): Promise<number> {
  if (ctx.args.files.length > 0) return ctx.usage('rules takes no file.');
  const list = rules.map(({ meta }) => meta);
  if (ctx.args.flags.has('json')) {
    ctx.out(JSON.stringify(list, null, 2));
    return 0;
  }
  const width = Math.max(...list.map((m) => m.id.length));
  for (const m of list)
    ctx.out(`${m.id.padEnd(width)}  ${m.severity.padEnd(7)}  ${m.fixable ? 'fixable' : '       '}  ${m.description}`);
  return 0;
}
