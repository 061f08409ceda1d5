import { pairing } from '../pairing';
import { lineLocation } from '../support';
import type { Rule } from '../types';

export const agendaAnnotationUnknown: Rule = {
  meta: {
    id: 'agenda/annotation-unknown',
    description: 'Every annotation heading names an item or sub-item that is on the agenda.',
    severity: 'error',
    fixable: false,
  },
  check({ agenda, snapshot, report }) {
    if (agenda.items.length === 0) return;
    const numbers = agenda.items.map((i) => i.number);
    const paired = pairing(agenda);
    for (const annotation of agenda.annotations) {
      const { heading } = annotation;
      const at = lineLocation(snapshot, heading.paragraph, heading.labelSpan, heading.titleSpan);
      const text = snapshot.paragraphs[heading.paragraph]?.text ?? '';
      const item = paired.itemOfAnnotation(annotation);
      if (!item) {
        report({
          message: `Annotation heading ${annotation.item} is not an agenda item: the agenda has items ${numbers[0]}–${numbers[numbers.length - 1]}.`,
          location: at,
          excerpt: text.slice(at.start, at.end),
        });
        continue;
      }
      for (const sub of annotation.subHeadings) {
        if (item.subItems.some((s) => s.letter === sub.label)) continue;
        const subAt = lineLocation(snapshot, sub.paragraph, sub.labelSpan, sub.titleSpan);
        const letters = item.subItems.map((s) => `(${s.letter})`).join(', ');
        report({
          message: `Annotation heading (${sub.label}) under item ${item.number} is not a sub-item of it: ${letters ? `item ${item.number} has sub-items ${letters}` : `item ${item.number} has no sub-items`}.`,
          location: subAt,
          excerpt: (snapshot.paragraphs[sub.paragraph]?.text ?? '').slice(subAt.start, subAt.end),
        });
      }
    }
  },
};
