import type { AnnexRow } from '../../model';
import type { EditPlan } from '../../plan';
import { replaceTextPlan } from '../../planTools';
import type { Snapshot } from '../../snapshot';
import { pairing } from '../pairing';
import { continuedMarker, itemLabel, quoteDifference, sameTitle, textAt, withItemLabel } from '../support';
import type { Rule } from '../types';

/** Replaces the title part of the cell, leaving "(continued)" and its italics as they are. */
function titleFix(snapshot: Snapshot, row: AnnexRow, title: string, label: string): EditPlan | undefined {
  const at = row.titleLocation;
  if ((at.kind !== 'cell' && at.kind !== 'paragraph') || at.paragraph < 0) return undefined;
  const raw = textAt(snapshot, at);
  const marker = continuedMarker(raw);
  if (marker && marker.end < raw.length) return undefined;
  const end = at.start + (marker ? marker.start : raw.trimEnd().length);
  const current = raw.slice(0, end - at.start).trim();
  // The plan says what it writes over, before it is applied.
  return replaceTextPlan(
    snapshot,
    at.paragraph,
    at.start,
    end,
    title,
    `Use the agenda's title for item ${label} in the annex: “${current}” becomes “${title}”`,
  );
}

export const annexTitle: Rule = {
  meta: {
    id: 'annex/title',
    description: 'Each annex row has the title of its item or sub-item as in the agenda list.',
    severity: 'error',
    fixable: true,
  },
  check({ agenda, snapshot, report }) {
    const paired = pairing(agenda);
    for (const row of (agenda.annex?.days ?? []).flatMap((d) => d.slots.flatMap((s) => s.rows))) {
      if (!row.ref || row.title === '') continue;
      const item = paired.itemOfAnnexRow(row);
      const expected = row.ref.letter ? item?.subItems.find((s) => s.letter === row.ref?.letter)?.title : item?.title;
      if (expected === undefined || sameTitle(row.title, expected)) continue;
      const label = itemLabel(row.ref.number, row.ref.letter);
      const raw = textAt(snapshot, row.titleLocation);
      const marker = continuedMarker(raw);
      const excerptEnd = marker && marker.end === raw.length ? marker.start : raw.length;
      const location = withItemLabel(row, { ...row.titleLocation, end: row.titleLocation.start + excerptEnd });
      report({
        message: `Annex title of item ${label} differs from the agenda: ${quoteDifference(row.title, expected)}.`,
        location,
        excerpt: textAt(snapshot, location),
        fix: titleFix(snapshot, row, expected, label),
      });
    }
  },
};
