import { pairing } from '../pairing';
import { locationIn } from '../support';
import type { Rule } from '../types';

export const agendaAnnotationOrder: Rule = {
  meta: {
    id: 'agenda/annotation-order',
    description: 'Annotations follow the order of the agenda list, and sub-item headings the order of the sub-items.',
    severity: 'error',
    fixable: false,
  },
  check({ agenda, snapshot, report }) {
    const paired = pairing(agenda);
    let previous: { rank: number; item: string } | null = null;
    for (const annotation of agenda.annotations) {
      const item = paired.itemOfAnnotation(annotation);
      if (!item) continue;
      const r = agenda.items.indexOf(item);
      const { heading } = annotation;
      const span = heading.labelSpan ?? heading.titleSpan;
      if (previous && r < previous.rank) {
        report({
          message: `The annotation of item ${annotation.item} comes after that of item ${previous.item}: expected the order of the agenda.`,
          location: locationIn(snapshot, heading.paragraph, span.start, span.end),
          excerpt: (snapshot.paragraphs[heading.paragraph]?.text ?? '').slice(span.start, span.end),
        });
      }
      if (!previous || r > previous.rank) previous = { rank: r, item: annotation.item };
      const letters = item.subItems.map((s) => s.letter);
      let last = -1;
      for (const sub of annotation.subHeadings) {
        const at = letters.indexOf(sub.label);
        if (at < 0) continue;
        if (at < last) {
          const subSpan = sub.labelSpan ?? sub.titleSpan;
          report({
            message: `The heading of sub-item ${item.number} (${sub.label}) comes after that of ${item.number} (${letters[last]}): expected the order of the agenda.`,
            location: locationIn(snapshot, sub.paragraph, subSpan.start, subSpan.end),
            excerpt: (snapshot.paragraphs[sub.paragraph]?.text ?? '').slice(subSpan.start, subSpan.end),
          });
        }
        last = Math.max(last, at);
      }
    }
  },
};
