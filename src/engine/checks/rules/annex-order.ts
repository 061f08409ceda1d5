import type { AnnexRow } from '../../model';
import { pairing } from '../pairing';
import { itemLabel, textAt } from '../support';
import type { Rule } from '../types';

export const annexOrder: Rule = {
  meta: {
    id: 'annex/order',
    description: 'The annex takes items up in the order of the agenda (resumed "(continued)" rows aside).',
    severity: 'warning',
    fixable: false,
  },
  check({ agenda, snapshot, report }) {
    const paired = pairing(agenda);
    const rank = (row: AnnexRow, letter: string | null): number | null => {
      const found = paired.itemOfAnnexRow(row);
      const i = found ? agenda.items.indexOf(found) : -1;
      if (i < 0) return null;
      const sub = letter ? agenda.items[i].subItems.findIndex((s) => s.letter === letter) : -1;
      return i * 1000 + sub + 1;
    };
    let furthest: { rank: number; label: string } | null = null;
    for (const row of (agenda.annex?.days ?? []).flatMap((d) => d.slots.flatMap((s) => s.rows))) {
      if (!row.ref) continue;
      const r = rank(row, row.ref.letter);
      // A resumed item naturally comes back after later ones; unknown items are annex/unknown-item's business.
      if (r === null || row.continued) continue;
      const label = itemLabel(row.ref.number, row.ref.letter);
      if (furthest && r < furthest.rank) {
        report({
          message: `Item ${label} is scheduled after item ${furthest.label}: expected the order of the agenda.`,
          location: row.itemLocation,
          excerpt: textAt(snapshot, row.itemLocation),
        });
      } else {
        furthest = { rank: r, label };
      }
    }
  },
};
