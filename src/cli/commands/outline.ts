import { formatOutline, toOutline } from '../../engine/outline';
import type { CommandContext } from '../command';
import { loadAgenda } from '../session';

export async function outlineCommand(ctx: CommandContext): Promise<number> {
  const [file, ...extra] = ctx.args.files;
  if (!file || extra.length > 0) return ctx.usage('outline takes one FILE.docx.');
  const loaded = await loadAgenda(file, ctx.engine);
  ctx.countSyncs(loaded.document);
  ctx.out(
    ctx.args.flags.has('json') ? JSON.stringify(toOutline(loaded.agenda), null, 2) : formatOutline(loaded.agenda),
  );
  return 0;
}
