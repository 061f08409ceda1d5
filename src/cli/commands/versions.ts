/**
 * One edit, all language versions: `insert-item EN.docx FR.docx ES.docx --position 3 --title "New item"
 * --title fr="Nouveau point" --title es="Nuevo tema" --out-dir OUT/`. The files are the language versions of
 * one agenda (not a batch of unrelated files) when `--versions` is given or a title names its language
 * (`--title LANG=…`). The first file is the original and takes the plain `--title`; each other version takes the
 * title of its language (read from its own "Provisional agenda" heading), else the language's placeholder
 * ("[Titre à traduire]", …) with a warning. The versions must agree on the structure the edit moves; every plan is
 * made before anything is written, so either all versions are written or none.
 */
import { compareVersion, type Version } from '../../engine/compare';
import { agendaLanguage, LANGUAGES, TITLE_PLACEHOLDERS, type Language } from '../../engine/language';
import type { Agenda } from '../../engine/model';
import type { EditPlan } from '../../engine/plan';
import type { Snapshot } from '../../engine/snapshot';
import { applyPlan, withApplyWarnings } from '../../word/applyPlan';
import type { CommandContext } from '../command';
import { firstLine } from '../docxFile';
import { writeFileSafely } from '../writeFile';
import { loadAgenda, type LoadedFile } from '../session';

export type TitledPlanner = (snapshot: Snapshot, agenda: Agenda, title: string) => EditPlan;

const LANGUAGE_TITLE = new RegExp(`^(${LANGUAGES.join('|')})=(.*)$`, 'su');

/** The rules whose differences an edit would carry wrong: the versions must agree on these first. */
const STRUCTURE = ['versions/items', 'versions/annotations', 'versions/annex', 'versions/references'];

/** `--title LANG=…` values by language, and the plain one (the original's). */
export function titlesOf(ctx: CommandContext): { plain: string | null; byLanguage: Map<Language, string> } {
  const byLanguage = new Map<Language, string>();
  let plain: string | null = null;
  for (const value of ctx.args.values.get('title') ?? []) {
    const m = LANGUAGE_TITLE.exec(value);
    if (m) byLanguage.set(m[1] as Language, m[2]);
    else plain = value;
  }
  return { plain, byLanguage };
}

export function isVersionsEdit(ctx: CommandContext): boolean {
  return ctx.args.flags.has('versions') || titlesOf(ctx).byLanguage.size > 0;
}

/**
 * Plans `planner` on every version (with its title when `titled`), refuses them all when any fails or when the
 * versions differ in structure, then applies and writes each. Returns the exit code.
 */
export async function runVersionsEdit(
  ctx: CommandContext,
  name: string,
  edit: {
    planner: TitledPlanner;
    titled: boolean;
    outputs: string[];
    describe: (plan: EditPlan, out: string) => string;
  },
): Promise<number> {
  const { planner, titled, outputs, describe } = edit;
  const files = ctx.args.files;
  if (files.length < 2)
    return ctx.usage(`${name} across language versions takes the original and one or more other versions.`);
  const { plain, byLanguage } = titlesOf(ctx);

  let loaded: LoadedFile[];
  const plans: EditPlan[] = [];
  try {
    loaded = [];
    for (const file of files) loaded.push(await loadAgenda(file, ctx.engine));
    const versions: Version[] = loaded.map((l) => ({ file: l.file, snapshot: l.snapshot, agenda: l.agenda }));
    const [original, ...others] = versions;
    for (const other of others) {
      const differences = ctx.engine
        .measure(() => compareVersion(original, other))
        .filter((f) => STRUCTURE.includes(f.rule));
      if (differences.length > 0) {
        throw new Error(
          `${other.file} differs from ${original.file} (${differences[0].rule}: ${differences[0].message}); bring them in step first (agenda-desk compare).`,
        );
      }
    }
    for (const [i, version] of versions.entries()) {
      const language = agendaLanguage(version.snapshot, version.agenda);
      const given = i === 0 ? (plain ?? byLanguage.get(language)) : byLanguage.get(language);
      const title = given ?? TITLE_PLACEHOLDERS[language];
      let plan: EditPlan;
      try {
        plan = ctx.engine.measure(() => planner(version.snapshot, version.agenda, title));
      } catch (error) {
        throw new Error(`${version.file}: ${firstLine(error)}`, { cause: error });
      }
      if (titled && given === undefined) {
        plan = {
          ...plan,
          warnings: [
            ...plan.warnings,
            `No --title ${language}=… was given: the title is "${title}", to be translated and reviewed by an editor.`,
          ],
        };
      }
      plans.push(plan);
    }
  } catch (error) {
    ctx.err(`${firstLine(error)} Nothing was written.`);
    return 2;
  }

  const saved: Uint8Array[] = [];
  try {
    for (const [i, l] of loaded.entries()) {
      const result = await applyPlan(l.document, plans[i], { trackChanges: ctx.args.flags.has('track-changes') });
      plans[i] = withApplyWarnings(plans[i], result);
      ctx.countSyncs(l.document);
      saved.push(await l.document.save());
    }
    for (const [i, bytes] of saved.entries())
      await writeFileSafely(outputs[i], bytes, ctx.args.flags.has('in-place') ? loaded[i].source : undefined);
  } catch (error) {
    ctx.err(firstLine(error));
    return 2;
  }
  for (const [i, plan] of plans.entries()) ctx.out(describe(plan, outputs[i]));
  return 0;
}
