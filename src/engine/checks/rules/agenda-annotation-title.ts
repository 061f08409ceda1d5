import type { AnnotationHeading } from '../../model';
import { replaceTextPlan } from '../../planTools';
import { pairing } from '../pairing';
import { locationIn, quoteDifference, sameTitle } from '../support';
import type { Rule, RuleContext } from '../types';

/**
 * Russian lists write sub-items in lower case after the item's colon ("a)\tоткрытие совещания;") while the
 * annotation heading, a heading, starts with a capital ("a)\tОткрытие совещания"): the same title.
 */
function capitalized(title: string): string {
  return title.charAt(0).toLocaleUpperCase() + title.slice(1);
}

function compare(
  context: RuleContext,
  heading: AnnotationHeading,
  listTitle: string,
  label: string,
  subItem = false,
): void {
  if (sameTitle(heading.title, listTitle)) return;
  if (subItem && sameTitle(heading.title, capitalized(listTitle))) return;
  const { snapshot } = context;
  const { start, end } = heading.titleSpan;
  context.report({
    message: `Annotation heading of ${label} differs from the agenda: ${quoteDifference(heading.title, listTitle)}.`,
    location: locationIn(snapshot, heading.paragraph, start, end),
    excerpt: (snapshot.paragraphs[heading.paragraph]?.text ?? '').slice(start, end),
    fix: replaceTextPlan(
      snapshot,
      heading.paragraph,
      start,
      end,
      listTitle,
      `Use the agenda's title for the annotation heading of ${label}`,
    ),
  });
}

export const agendaAnnotationTitle: Rule = {
  meta: {
    id: 'agenda/annotation-title',
    description: 'Each annotation heading has the same title as its item or sub-item in the agenda list.',
    severity: 'error',
    fixable: true,
  },
  check(context) {
    const paired = pairing(context.agenda);
    for (const annotation of context.agenda.annotations) {
      const item = paired.itemOfAnnotation(annotation);
      if (!item) continue;
      compare(context, annotation.heading, item.title, `item ${item.number}`);
      for (const heading of annotation.subHeadings) {
        const sub = item.subItems.find((s) => s.letter === heading.label);
        if (sub) compare(context, heading, sub.title, `sub-item ${item.number} (${sub.letter})`, true);
      }
    }
  },
};
