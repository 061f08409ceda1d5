import { pairing } from '../pairing';
import { textAt, withItemLabel } from '../support';
import type { Rule } from '../types';

export const annexUnknownItem: Rule = {
  meta: {
    id: 'annex/unknown-item',
    description: 'Every item and sub-item scheduled in the annex is on the agenda.',
    severity: 'error',
    fixable: false,
  },
  check({ agenda, snapshot, report }) {
    if (!agenda.annex || agenda.items.length === 0) return;
    const range = `${agenda.items[0].number}–${agenda.items[agenda.items.length - 1].number}`;
    const paired = pairing(agenda);
    for (const row of agenda.annex.days.flatMap((d) => d.slots.flatMap((s) => s.rows))) {
      if (!row.ref) continue;
      const item = paired.itemOfAnnexRow(row);
      let problem: string | null = null;
      if (!item) problem = `item ${row.ref.number}, which is not on the agenda (items ${range})`;
      else if (row.ref.letter && !item.subItems.some((s) => s.letter === row.ref?.letter)) {
        const letters = item.subItems.map((s) => `(${s.letter})`).join(', ');
        problem = `sub-item ${row.ref.number} (${row.ref.letter}), but item ${row.ref.number} ${letters ? `has sub-items ${letters}` : 'has no sub-items'}`;
      }
      if (!problem) continue;
      // A cell with number and title together shows both ("Item 8: Review of …"); a number column its number.
      const combined = withItemLabel(row, row.titleLocation);
      const location = combined === row.titleLocation ? row.itemLocation : combined;
      report({
        message: `The annex schedules ${problem}.`,
        location,
        excerpt: textAt(snapshot, location),
      });
    }
  },
};
