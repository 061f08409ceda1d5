import type { AgendaItem } from '../../model';
import { listed, paragraphAt } from '../support';
import type { Version, VersionLocation, VersionRule } from '../types';

const letters = (item: AgendaItem): string[] => item.subItems.map((s) => `(${s.letter})`);

/** The last line of an item in the list: its last sub-item, or the item itself. */
function lastLine(item: AgendaItem): number {
  return item.subItems.length > 0 ? item.subItems[item.subItems.length - 1].paragraph : item.paragraph;
}

export const versionsItems: VersionRule = {
  meta: {
    id: 'versions/items',
    description:
      'The agenda has the same items and sub-items in every version: their number, order and numbering, and the lines of sub-item lists.',
  },
  compare(original, other, report) {
    const [a, b] = [original.agenda.items, other.agenda.items];
    const count = Math.min(a.length, b.length);
    for (let i = 0; i < count; i++) {
      if (a[i].number !== b[i].number) {
        report({
          message: `Item ${i + 1} of the list is numbered ${a[i].number} in ${original.file} but ${b[i].number} in ${other.file}.`,
          locations: [paragraphAt(original, a[i].paragraph), paragraphAt(other, b[i].paragraph)],
        });
      }
      compareSubItems(original, other, a[i], b[i], report);
    }
    if (a.length !== b.length) {
      const longer = a.length > b.length ? original : other;
      const extra = (a.length > b.length ? a : b)[count];
      const shorter = longer === original ? b : a;
      const last = shorter[shorter.length - 1];
      const shorterVersion = longer === original ? other : original;
      const places = [
        paragraphAt(longer, extra.paragraph),
        last ? paragraphAt(shorterVersion, lastLine(last)) : paragraphAt(shorterVersion, 0),
      ];
      report({
        message: `The agenda has ${a.length} items in ${original.file} but ${b.length} in ${other.file}: item ${extra.number} is only in ${longer.file}.`,
        locations: longer === original ? places : [places[1], places[0]],
      });
    }
  },
};

function compareSubItems(
  original: Version,
  other: Version,
  a: AgendaItem,
  b: AgendaItem,
  report: Parameters<VersionRule['compare']>[2],
): void {
  const [la, lb] = [letters(a), letters(b)];
  if (la.join() !== lb.join()) {
    // Point at the first sub-item that differs, or at the line where the missing one would stand.
    const k = la.findIndex((letter, i) => letter !== lb[i]);
    const first = k >= 0 ? k : la.length;
    const place = (version: Version, item: AgendaItem): VersionLocation => {
      const sub = item.subItems[first] ?? item.subItems[item.subItems.length - 1];
      return paragraphAt(version, sub ? sub.paragraph : item.paragraph);
    };
    report({
      message: `Item ${a.number} has sub-items ${listed(la)} in ${original.file} but ${listed(lb)} in ${other.file}.`,
      locations: [place(original, a), place(other, b)],
    });
    return;
  }
  a.subItems.forEach((sub, i) => {
    const [da, db] = [sub.details?.length ?? 0, b.subItems[i].details?.length ?? 0];
    if (da === db) return;
    report({
      message: `Sub-item ${a.number} (${sub.letter}) has a list of ${da} lines in ${original.file} but ${db} in ${other.file}.`,
      locations: [paragraphAt(original, sub.paragraph), paragraphAt(other, b.subItems[i].paragraph)],
    });
  });
}
