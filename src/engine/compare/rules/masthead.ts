import { at } from '../support';
import type { VersionRule } from '../types';
import { venueKey } from '../venues';

/** "General", "générale", "general" are one distribution. */
const DISTRIBUTIONS: Record<string, string> = {
  general: 'general',
  générale: 'general',
  generale: 'general',
  limited: 'limited',
  limitée: 'limited',
  limitada: 'limited',
  restricted: 'restricted',
  restreinte: 'restricted',
  reservada: 'restricted',
};

const distributionKey = (value: string): string => DISTRIBUTIONS[value.toLowerCase()] ?? value.toLowerCase();

export const versionsMasthead: VersionRule = {
  meta: {
    id: 'versions/masthead',
    description:
      "The masthead's distribution and the meeting's venue and dates (as dates) are the same in every version.",
  },
  compare(original, other, report) {
    const [a, b] = [original.agenda.masthead, other.agenda.masthead];
    if (
      (a.distribution || b.distribution) &&
      (!a.distribution ||
        !b.distribution ||
        distributionKey(a.distribution.value) !== distributionKey(b.distribution.value))
    ) {
      report({
        message: `The distribution is ${a.distribution ? `"${a.distribution.value}"` : 'missing'} in ${original.file} but ${b.distribution ? `"${b.distribution.value}"` : 'missing'} in ${other.file}.`,
        locations: [at(original, a.distribution?.location ?? null), at(other, b.distribution?.location ?? null)],
      });
    }
    const [ma, mb] = [a.meeting, b.meeting];
    if (!ma && !mb) return;
    const locations = [at(original, ma?.location ?? null), at(other, mb?.location ?? null)];
    if (!ma || !mb) {
      report({
        message: `The meeting's venue and dates are ${ma ? 'given' : 'missing'} in ${original.file} but ${mb ? 'given' : 'missing'} in ${other.file}.`,
        locations,
      });
      return;
    }
    if (ma.dates.join() !== mb.dates.join()) {
      const days = (dates: string[]): string => (dates.length > 0 ? dates.join(', ') : 'no date that can be read');
      report({
        message: `The meeting is on ${days(ma.dates)} in ${original.file} but on ${days(mb.dates)} in ${other.file}.`,
        locations,
      });
    }
    if (ma.venue && mb.venue) {
      const [va, vb] = [venueKey(ma.venue), venueKey(mb.venue)];
      // Two names that are not both known cannot be told apart from a translation; identical ones are the same.
      if (va.key !== vb.key && va.known && vb.known) {
        report({
          message: `The meeting is in ${ma.venue} in ${original.file} but in ${mb.venue} in ${other.file}.`,
          locations,
        });
      }
    }
  },
};
