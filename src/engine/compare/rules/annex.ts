import type { AnnexRow, AnnexSlot } from '../../model';
import { itemLabel } from '../../checks/support';
import { at, paragraphAt } from '../support';
import { slotTimeKey } from '../slotTime';
import type { Version, VersionRule } from '../types';

const rowKey = (row: AnnexRow): string =>
  `${row.ref ? itemLabel(row.ref.number, row.ref.letter) : `"${row.item}"`}${row.continued ? ' (continued)' : ''}`;
const rowsOf = (slot: AnnexSlot): string => slot.rows.map(rowKey).join(', ') || 'no item';

function annexPlace(version: Version) {
  const annex = version.agenda.annex;
  if (!annex) return at(version, null);
  const heading = annex.headingParagraph ?? annex.titleParagraph;
  if (heading !== null) return paragraphAt(version, heading);
  return annex.days[0] ? at(version, annex.days[0].location) : at(version, null);
}

export const versionsAnnex: VersionRule = {
  meta: {
    id: 'versions/annex',
    description:
      'The annex has the same days (as dates), slots (as times, whatever the notation), items in each slot and "(continued)" flags in every version.',
  },
  compare(original, other, report) {
    const [a, b] = [original.agenda.annex, other.agenda.annex];
    if (!a && !b) return;
    if (!a || !b) {
      report({
        message: `${a ? original.file : other.file} has an annex "organization of work" but ${a ? other.file : original.file} has none.`,
        locations: [annexPlace(original), annexPlace(other)],
      });
      return;
    }
    if (a.days.length !== b.days.length) {
      const k = Math.min(a.days.length, b.days.length);
      const day = (version: Version, days: typeof a.days) =>
        days[k] ? at(version, days[k].location) : days[k - 1] ? at(version, days[k - 1].location) : annexPlace(version);
      report({
        message: `The annex has ${a.days.length} days in ${original.file} but ${b.days.length} in ${other.file}.`,
        locations: [day(original, a.days), day(other, b.days)],
      });
      return;
    }
    a.days.forEach((dayA, i) => {
      const dayB = b.days[i];
      if (dayA.date !== dayB.date) {
        report({
          message: `Day ${i + 1} of the annex is ${dayA.date ?? `"${dayA.label}" (no date that can be read)`} in ${original.file} but ${dayB.date ?? `"${dayB.label}" (no date that can be read)`} in ${other.file}.`,
          locations: [at(original, dayA.location), at(other, dayB.location)],
        });
      }
      const when = dayA.date ?? `day ${i + 1}`;
      if (dayA.slots.length !== dayB.slots.length) {
        report({
          message: `The annex has ${dayA.slots.length} meetings on ${when} in ${original.file} but ${dayB.slots.length} in ${other.file}.`,
          locations: [at(original, dayA.location), at(other, dayB.location)],
        });
        return;
      }
      dayA.slots.forEach((slotA, j) => {
        const slotB = dayB.slots[j];
        const [ka, kb] = [slotTimeKey(slotA.time), slotTimeKey(slotB.time)];
        if (ka !== null && kb !== null && ka !== kb) {
          report({
            message: `Meeting ${j + 1} of ${when} is at "${slotA.time}" in ${original.file} but at "${slotB.time}" in ${other.file}.`,
            locations: [at(original, slotA.location), at(other, slotB.location)],
          });
        }
        if (rowsOf(slotA) !== rowsOf(slotB)) {
          report({
            message: `Meeting ${j + 1} of ${when} takes up items ${rowsOf(slotA)} in ${original.file} but ${rowsOf(slotB)} in ${other.file}.`,
            locations: [
              at(original, slotA.rows[0]?.itemLocation ?? slotA.location),
              at(other, slotB.rows[0]?.itemLocation ?? slotB.location),
            ],
          });
        }
      });
    });
  },
};
