import { pairing } from '../pairing';
import { itemLabel, locationIn } from '../support';
import type { Rule } from '../types';

export const agendaAnnotationMissing: Rule = {
  meta: {
    id: 'agenda/annotation-missing',
    description:
      'Every agenda item has its annotation; where an annotation has sub-item headings, every sub-item has one.',
    severity: 'error',
    fixable: false,
  },
  check({ agenda, snapshot, report }) {
    // An agenda without annotations is a plain provisional agenda, not an annotated one with gaps.
    if (agenda.annotations.length === 0) return;
    const paired = pairing(agenda);
    for (const item of agenda.items) {
      const annotation = paired.annotationOf(item);
      const titleAt = locationIn(snapshot, item.paragraph, item.titleSpan.start, item.titleSpan.end);
      if (!annotation) {
        report({
          message: `Item ${item.number} has no annotation: expected a heading "${item.number}. ${item.title}" under the annotations.`,
          location: titleAt,
          excerpt: item.title,
        });
        continue;
      }
      // Annotations often treat sub-items in the item's text; only a partial set of sub-headings is a gap.
      if (annotation.subHeadings.length === 0) continue;
      for (const sub of item.subItems) {
        if (annotation.subHeadings.some((h) => h.label === sub.letter)) continue;
        report({
          severity: 'warning',
          message: `Sub-item ${itemLabel(item.number, sub.letter)} has no heading in the annotation of item ${item.number}, which has headings for its other sub-items: expected "(${sub.letter}) ${sub.title}".`,
          location: locationIn(snapshot, sub.paragraph, sub.titleSpan.start, sub.titleSpan.end),
          excerpt: sub.title,
        });
      }
    }
  },
};
