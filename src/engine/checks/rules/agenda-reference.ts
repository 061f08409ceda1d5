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
      // One reference, one finding: "items 3–6" past the end names its missing items together.
      const problems: string[] = [];
      let end = reference.span.end;
      for (const target of reference.targets) {
        const item = paired.itemOfReference(target.number);
        if (!item) problems.push(`item ${target.number}, which is not on the agenda (items ${range})`);
        else if (target.letter && !item.subItems.some((s) => s.letter === target.letter)) {
          const letters = item.subItems.map((s) => `(${s.letter})`).join(', ');
          problems.push(
            `sub-item ${target.number} (${target.letter}), but item ${target.number} ${letters ? `has sub-items ${letters}` : 'has no sub-items'}`,
          );
        } else continue;
        // "1 (c)" as a whole when the letter follows the number.
        const letter = target.letter ? /^\s?\([a-z]\)/u.exec(text.slice(target.span.end)) : null;
        end = Math.max(end, target.span.end + (letter ? letter[0].length : 0));
      }
      if (problems.length === 0) continue;
      // Show the words a reader looks for: the whole phrase with the word before it ("under agenda item 8").
      const before = /\p{L}+\s+$/u.exec(text.slice(Math.max(0, reference.span.start - 40), reference.span.start));
      const start = reference.span.start - (before ? before[0].length : 0);
      report({
        message: `"${reference.text}" refers to ${problems.join('; and to ')}.`,
        location: locationIn(snapshot, reference.paragraph, start, end),
        excerpt: text.slice(start, end),
      });
    }
  },
};
