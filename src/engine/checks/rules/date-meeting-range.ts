import { textAt } from '../support';
import type { Rule } from '../types';

export const dateMeetingRange: Rule = {
  meta: {
    id: 'date/meeting-range',
    description: 'Every day of the annex falls within the meeting dates given under the masthead.',
    severity: 'error',
    fixable: false,
  },
  check({ agenda, snapshot, report }) {
    const meeting = agenda.masthead.meeting;
    if (!meeting || meeting.dates.length === 0) return;
    for (const day of agenda.annex?.days ?? []) {
      if (!day.date || meeting.dates.includes(day.date)) continue;
      report({
        message: `The annex day "${day.label}" (${day.date}) is outside the meeting dates "${meeting.value}": expected one of ${meeting.dates.join(', ')}.`,
        location: day.location,
        excerpt: textAt(snapshot, day.location),
      });
    }
  },
};
