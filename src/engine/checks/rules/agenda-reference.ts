import { pairing } from '../pairing';
import { locationIn } from '../support';
import type { Rule } from '../types';

/** "item 4 of the Conference", "item 3 of the provisional agenda of the Commission": another body's agenda. */
function isAnotherAgenda(after: string): boolean {
  const of = /^\s*(?:\([a-z]\)\s*)?,?\s*of\s+(?:the|its|their|that)\s+([^.;]{0,120})/iu.exec(after);
  if (!of) return false;
  const rest = of[1];
  if (!/\bagenda\b/iu.test(rest)) return true;
  return /\bagenda\s+(?:of|for)\s+(?:the|its|their)\s+(?!present|current)/iu.test(rest);
}

export const agendaReference: Rule = {
  meta: {
    id: 'agenda/reference',
    description: 'References in the text ("agenda item 5", "item 1 (b)") name items and sub-items that exist.',
    severity: 'error',
    fixable: false,
  },
  check({ agenda, snapshot, report }) {
    if (agenda.items.length === 0) return;
    const range = `${agenda.items[0].number}–${agenda.items[agenda.items.length - 1].number}`;
    const paired = pairing(agenda);
    for (const reference of agenda.references) {
      const text = snapshot.paragraphs[reference.paragraph]?.text ?? '';
      if (isAnotherAgenda(text.slice(reference.span.end))) continue;
      for (const target of reference.targets) {
        const item = paired.itemOfReference(target.number);
        let problem: string | null = null;
        if (!item) problem = `item ${target.number}, which is not on the agenda (items ${range})`;
        else if (target.letter && !item.subItems.some((s) => s.letter === target.letter)) {
          const letters = item.subItems.map((s) => `(${s.letter})`).join(', ');
          problem = `sub-item ${target.number} (${target.letter}), but item ${target.number} ${letters ? `has sub-items ${letters}` : 'has no sub-items'}`;
        }
        if (!problem) continue;
        // Point at "1 (c)" as a whole when the letter follows the number.
        const letter = target.letter ? /^\s?\([a-z]\)/u.exec(text.slice(target.span.end)) : null;
        const end = target.span.end + (letter ? letter[0].length : 0);
        report({
          message: `"${reference.text}" refers to ${problem}.`,
          location: locationIn(snapshot, reference.paragraph, target.span.start, end),
          excerpt: text.slice(target.span.start, end),
        });
      }
    }
  },
};
