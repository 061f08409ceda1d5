import { textAt } from '../support';
import type { Rule } from '../types';

export const annexDayOrder: Rule = {
  meta: {
    id: 'annex/day-order',
    description: 'The days of the annex follow one another in calendar order, each once.',
    severity: 'error',
    fixable: false,
  },
  check({ agenda, snapshot, report }) {
    let previous: { date: string; label: string } | null = null;
    for (const day of agenda.annex?.days ?? []) {
      if (!day.date) continue;
      if (previous && day.date <= previous.date) {
        const twice = day.date === previous.date;
        report({
          message: twice
            ? `The day "${day.label}" is listed twice in the annex: expected each day once, its slots under one day row.`
            : `The day "${day.label}" comes after "${previous.label}": expected the days in calendar order.`,
          location: day.location,
          excerpt: textAt(snapshot, day.location),
        });
      }
      if (!previous || day.date > previous.date) previous = { date: day.date, label: day.label };
    }
  },
};
