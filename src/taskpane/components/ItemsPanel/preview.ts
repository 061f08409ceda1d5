/** A plan computed for preview, or why there is none. Planning is pure and fast, so it runs on every keystroke. */
import type { EditPlan } from '../../../engine/plan';
import type { AgendaDocument } from '../TaskpaneApp/TaskpaneContext';

export type PlanMaker = (document: AgendaDocument, title: string) => EditPlan;

export type Preview = { plan: EditPlan } | { error: string } | { hint: string };

export function previewPlan(
  document: AgendaDocument | null,
  makePlan: PlanMaker,
  title: string,
  needsTitle: boolean,
  describe: (error: unknown) => string,
): Preview {
  if (!document) return { hint: 'The document has not been read yet.' };
  if (needsTitle && title.trim() === '') return { hint: 'Type a title to see what will change.' };
  try {
    return { plan: makePlan(document, title.trim()) };
  } catch (error) {
    return { error: describe(error) };
  }
}
