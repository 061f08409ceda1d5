import type { Span } from '../../model';
import { lineLocation } from '../support';
import type { Rule, RuleContext } from '../types';

interface Numbered {
  /** "3" or "b". */
  label: string;
  paragraph: number;
  labelSpan: Span | null;
  titleSpan: Span;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Compares each label with the successor of the label before it, so that one gap gives one finding, not one
 * per following item.
 */
function checkSequence(
  context: RuleContext,
  entries: Numbered[],
  first: string,
  next: (label: string) => string | null,
  name: (label: string) => string,
): void {
  let expected: string | null = first;
  entries.forEach((entry, i) => {
    if (expected !== null && entry.label !== expected) {
      const location = lineLocation(context.snapshot, entry.paragraph, entry.labelSpan, entry.titleSpan);
      const text = context.snapshot.paragraphs[entry.paragraph]?.text ?? '';
      const repeated = i > 0 && entries[i - 1].label === entry.label;
      const label = name(entry.label);
      context.report({
        message: `${label.charAt(0).toUpperCase()}${label.slice(1)} ${repeated ? 'is numbered twice' : 'is out of sequence'}: expected ${name(expected)} here.`,
        location,
        excerpt: text.slice(location.start, location.end),
      });
    }
    expected = next(entry.label);
  });
}

export const agendaNumbering: Rule = {
  meta: {
    id: 'agenda/numbering',
    description:
      'Agenda items are numbered 1, 2, 3… and sub-items (a), (b), (c)… without gaps, repeats or letters out of order.',
    severity: 'error',
    fixable: false,
  },
  check(context) {
    const items = context.agenda.items.map((item) => ({ ...item, label: item.number }));
    checkSequence(
      context,
      items,
      '1',
      (n) => (/^\d+$/u.test(n) ? String(Number(n) + 1) : null),
      (n) => `item ${n}`,
    );
    for (const item of context.agenda.items) {
      const subs = item.subItems.map((sub) => ({ ...sub, label: sub.letter }));
      const nextLetter = (l: string): string | null => LETTERS[LETTERS.indexOf(l) + 1] ?? null;
      checkSequence(context, subs, 'a', nextLetter, (l) => `sub-item ${item.number} (${l})`);
    }
  },
};
