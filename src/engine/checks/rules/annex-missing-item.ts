import type { AnnexRow } from '../../model';
import { pairing } from '../pairing';
import { itemLabel, locationIn } from '../support';
import type { Rule } from '../types';

export const annexMissingItem: Rule = {
  meta: {
    id: 'annex/missing-item',
    description:
      'Every agenda item appears in the annex (organization of work); where the annex lists sub-items of an item, all of them.',
    severity: 'error',
    fixable: false,
  },
  check({ agenda, snapshot, report }) {
    const rows: AnnexRow[] = (agenda.annex?.days ?? []).flatMap((d) => d.slots.flatMap((s) => s.rows));
    // No annex, or an annex the parser could not read as a schedule: nothing to compare.
    if (rows.length === 0) return;
    const paired = pairing(agenda);
    for (const item of agenda.items) {
      const own = rows.filter((r) => r.ref && paired.itemOfAnnexRow(r) === item);
      if (own.length === 0) {
        report({
          message: `Item ${item.number} "${item.title}" is not scheduled in the annex: expected a row for it in the organization of work.`,
          location: locationIn(snapshot, item.paragraph, item.titleSpan.start, item.titleSpan.end),
          excerpt: item.title,
        });
        continue;
      }
      // An annex may schedule an item as a whole; once it names one sub-item, it should name them all.
      if (!own.some((r) => r.ref?.letter)) continue;
      for (const sub of item.subItems) {
        if (own.some((r) => r.ref?.letter === sub.letter)) continue;
        report({
          severity: 'warning',
          message: `Sub-item ${itemLabel(item.number, sub.letter)} "${sub.title}" is not scheduled in the annex, which lists the other sub-items of item ${item.number}.`,
          location: locationIn(snapshot, sub.paragraph, sub.titleSpan.start, sub.titleSpan.end),
          excerpt: sub.title,
        });
      }
    }
  },
};
