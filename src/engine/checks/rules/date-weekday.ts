import type { Agenda } from '../../model';
import { englishWeekday, parseDayLabel } from '../../text/dates';
import { locationIn, textAt } from '../support';
import type { Rule, RuleContext } from '../types';

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** "Thursday, 5 October", "Friday, 1 July 2022", "Thursday 5 October 2023". */
const DAY_IN_TEXT = new RegExp(`\\b${WEEKDAY},?\\s+\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?(?![\\d\\p{L}])`, 'gu');

const MONTH_NAMES = MONTH.slice(3, -1).split('|');

/** The year a date without one belongs to: the meeting's, else the year of issue. */
function sessionYear(agenda: Agenda): number | null {
  const iso = agenda.masthead.meeting?.dates[0] ?? agenda.masthead.date?.iso ?? null;
  return iso ? Number(iso.slice(0, 4)) : null;
}

function judge(
  context: RuleContext,
  label: string,
  year: number | null,
  report: (message: string, yearWritten: boolean) => void,
): void {
  const day = parseDayLabel(label, year);
  if (!day || day.weekdayMatches !== false || !day.iso) return;
  const actual = englishWeekday(new Date(`${day.iso}T00:00:00Z`).getUTCDay());
  const dateText = `${day.day} ${MONTH_NAMES[day.month - 1]} ${day.iso.slice(0, 4)}`;
  const yearNote = day.year === null && context.agenda.masthead.meeting ? ' (year of the meeting)' : '';
  report(`"${label.trim()}" does not match the calendar: ${dateText}${yearNote} is a ${actual}.`, day.year !== null);
}

export const dateWeekday: Rule = {
  meta: {
    id: 'date/weekday',
    description:
      'A weekday written with a date ("Thursday, 5 October") is that date\'s weekday; the year, when not written, is the meeting\'s.',
    severity: 'error',
    fixable: false,
  },
  check(context) {
    const { agenda, snapshot } = context;
    const year = sessionYear(agenda);
    const dayParagraphs = new Set<number>();
    for (const day of agenda.annex?.days ?? []) {
      if (day.location.kind === 'cell' || day.location.kind === 'paragraph') dayParagraphs.add(day.location.paragraph);
      const dayYear = day.date ? Number(day.date.slice(0, 4)) : year;
      judge(context, day.label, dayYear, (message) =>
        context.report({ message, location: day.location, excerpt: textAt(snapshot, day.location) }),
      );
    }
    for (const para of snapshot.paragraphs) {
      if (dayParagraphs.has(para.index)) continue;
      for (const m of para.text.matchAll(DAY_IN_TEXT)) {
        const location = locationIn(snapshot, para.index, m.index, m.index + m[0].length);
        // Without a year, running text may speak of another year's meeting: worth a look, not an error.
        judge(context, m[0], year, (message, yearWritten) =>
          context.report({ message, location, excerpt: m[0], severity: yearWritten ? undefined : 'warning' }),
        );
      }
    }
  },
};
