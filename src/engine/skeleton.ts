/**
 * A blank annotated provisional agenda for a document that has none, laid out as the UN's own (the sample
 * CTOC/COP/WG.7/2023/1): the masthead table ("United Nations" | the symbol; the parent organ | "Distr.: General",
 * the date of issue, "Original: English"; a rule under each row), the meeting body and its venue and dates, the
 * provisional agenda with the three items every session has, their annotation sections with a placeholder paragraph
 * each, and, on a new page, the annex (organization of work) with a day row per meeting date and two slots a day.
 * Appended after the last body paragraph as one plan, so the gateway applies it (or refuses it) as a whole.
 *
 * Edit order matters: every edit anchors on the same original paragraph (plans address the original snapshot, so
 * no new paragraph can be an anchor), and Word inserts each right after it. So the annex table goes in first, the
 * paragraphs second and the masthead table last: anchor, masthead, body … "Proposed organization of work", annex.
 */
import type { Snapshot } from './snapshot';
import type { Edit, EditPlan, NewParagraph, ParagraphStyle } from './plan';

export interface SkeletonInput {
  /** The meeting body: "Working Group on the Smuggling of Migrants". */
  body: string;
  /** "Vienna". */
  venue: string;
  /** Meeting days as ISO yyyy-mm-dd. */
  dates: string[];
  /** The document's own symbol, when it is known already. */
  symbol?: string;
  /** Date of issue (ISO); defaults to today. Lets tests and callers fix the masthead date. */
  issued?: string;
  /**
   * The parent organ the masthead names above the body ("Conference of the Parties to the United Nations
   * Convention against Transnational Organized Crime"). Without one the body takes its place in the masthead.
   */
  parentBody?: string;
  /** "Distr.: General" (the default) or "Distr.: Limited". */
  distribution?: 'General' | 'Limited';
}

/** Invalid input for the skeleton (one line, for the user). */
export class SkeletonInputError extends Error {
  override readonly name = 'SkeletonInputError';
}

export const SKELETON_ITEMS = [
  'Opening of the session',
  'Adoption of the agenda and organization of work',
  'Adoption of the report',
] as const;

export const ANNOTATION_PLACEHOLDER = '[Annotation to be drafted.]';

/** UN style time slots (New York and Vienna practice). */
export const SKELETON_SLOTS = ['10 a.m.–1 p.m.', '3–6 p.m.'] as const;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const NORMAL: ParagraphStyle = { name: 'Normal', builtIn: 'Normal' };
const HEADING_1: ParagraphStyle = { name: 'Heading 1', builtIn: 'Heading1' };
const HEADING_2: ParagraphStyle = { name: 'Heading 2', builtIn: 'Heading2' };
const HEADING_3: ParagraphStyle = { name: 'Heading 3', builtIn: 'Heading3' };

export function createSkeleton(snapshot: Snapshot, input: SkeletonInput): EditPlan {
  const body = input.body.trim();
  const venue = input.venue.trim();
  if (!body) throw new SkeletonInputError('Type the name of the meeting body.');
  if (!venue) throw new SkeletonInputError('Type the venue of the meeting.');
  const days = normaliseDates(input.dates);
  const issued = input.issued ? parseIso(input.issued) : todayUtc();
  if (!issued) throw new SkeletonInputError(`The date of issue "${input.issued ?? ''}" is not a date (yyyy-mm-dd).`);

  const anchor = lastBodyParagraph(snapshot);
  if (anchor === null) throw new SkeletonInputError('The document has no paragraph to append the agenda to.');

  const parent = input.parentBody?.trim() ?? '';
  // The sample's masthead: the symbol beside "United Nations", the distribution, date of issue and original
  // language beside the parent organ, one paragraph each (an empty one before "Original", as in the sample).
  const masthead = [
    ['United Nations', input.symbol?.trim() ?? ''],
    [
      parent || body,
      [`Distr.: ${input.distribution ?? 'General'}`, formatLongDate(issued), '', 'Original: English'].join('\n'),
    ],
  ];
  const paragraphs: NewParagraph[] = [
    ...(parent ? [line(body)] : []),
    line(`${venue}, ${formatMeetingDates(days)}`),
    line('Annotated provisional agenda', HEADING_1),
    line('Provisional agenda', HEADING_2),
    ...SKELETON_ITEMS.map((title, i) => line(`${i + 1}.\t${title}.`)),
    line('Annotations', HEADING_2),
    ...SKELETON_ITEMS.flatMap((title, i) => [line(`${i + 1}.\t${title}`, HEADING_3), line(ANNOTATION_PLACEHOLDER)]),
    { ...line('Annex', HEADING_1), pageBreakBefore: true },
    line('Proposed organization of work', HEADING_2),
  ];
  const rows = annexRows(days);
  const running = runningHeader(snapshot, input.symbol?.trim() ?? '');

  return {
    description: `Insert a blank annotated provisional agenda for ${body}, ${venue}, ${formatMeetingDates(days)}`,
    edits: [
      { kind: 'insertTable', anchor, rows, headerRows: 1, rules: true },
      { kind: 'insertParagraphs', anchor, position: 'After', paragraphs },
      {
        kind: 'insertTable',
        anchor,
        rows: masthead,
        headerRows: 0,
        rules: 'masthead',
        rightAligned: [{ row: 0, cell: 1 }],
      },
      ...running.edits,
    ],
    expectations: [{ paragraph: anchor, text: snapshot.paragraphs[anchor].text }],
    tableExpectations: [],
    warnings: running.warnings,
    summary: {
      paragraphsChanged: 0,
      paragraphsInserted: paragraphs.length,
      paragraphsDeleted: 0,
      rowsChanged: rows.length + masthead.length,
      referencesUpdated: 0,
    },
  };
}

/**
 * The symbol in the running header, as UN documents carry it (`symbol/own` wants it there): written into the primary
 * header when every header of the document is empty. Word's API cannot turn on "Different first page"
 * (office-js#956, #3450), so the symbol also heads the first page, above the masthead, until the editor ticks it.
 * A header that already has text is the document's: it is left as it is, with a warning.
 */
function runningHeader(snapshot: Snapshot, symbol: string): { edits: Edit[]; warnings: string[] } {
  if (!symbol) return { edits: [], warnings: [] };
  if (snapshot.headers.length === 0)
    return { edits: [{ kind: 'setHeader', expected: '', text: symbol }], warnings: [] };
  if (snapshot.headers.some((h) => h.includes(symbol))) return { edits: [], warnings: [] };
  return {
    edits: [],
    warnings: [`The running header already reads “${snapshot.headers[0]}”: add the symbol ${symbol} to it by hand.`],
  };
}

/**
 * Header, then per day its day row and one row per slot. Items 1 and 2 open the first slot and item 3 takes the
 * last one (the afternoon of a one-day meeting), so the annex lists every item of the skeleton and the annex checks start clean.
 */
function annexRows(days: Date[]): string[][] {
  const rows: string[][] = [['Date and time', 'Agenda item', 'Title or description']];
  days.forEach((day, d) => {
    rows.push([formatDayLabel(day), '', '']);
    SKELETON_SLOTS.forEach((slot, s) => {
      const first = d === 0 && s === 0;
      const last = d === days.length - 1 && s === SKELETON_SLOTS.length - 1;
      if (first) {
        rows.push([slot, '1', SKELETON_ITEMS[0]], ['', '2', SKELETON_ITEMS[1]]);
      } else if (last) {
        rows.push([slot, '3', SKELETON_ITEMS[2]]);
      } else {
        rows.push([slot, '', '']);
      }
    });
  });
  return rows;
}

function line(text: string, style: ParagraphStyle = NORMAL): NewParagraph {
  return { text, style };
}

/** The last paragraph outside tables: appending after a table cell's paragraph would land inside the table. */
function lastBodyParagraph(snapshot: Snapshot): number | null {
  for (let i = snapshot.paragraphs.length - 1; i >= 0; i--) {
    if (snapshot.paragraphs[i].tableNestingLevel === 0) return snapshot.paragraphs[i].index;
  }
  return null;
}

function normaliseDates(dates: string[]): Date[] {
  if (dates.length === 0) throw new SkeletonInputError('Give at least one meeting date.');
  const parsed = dates.map((iso) => {
    const date = parseIso(iso);
    if (!date) throw new SkeletonInputError(`The meeting date "${iso}" is not a date (yyyy-mm-dd).`);
    return date;
  });
  const unique = [...new Map(parsed.map((d) => [d.getTime(), d])).values()];
  return unique.sort((a, b) => a.getTime() - b.getTime());
}

/** Strict yyyy-mm-dd, rejecting dates that JavaScript would roll over ("2023-02-30"). */
function parseIso(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

function todayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** "11 July 2023". */
export function formatLongDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "Thursday, 5 October" (the annex's day rows carry no year). */
export function formatDayLabel(date: Date): string {
  return `${WEEKDAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
}

/**
 * UN editorial style for meeting dates: "5 October 2023", "5 and 6 October 2023", "5–7 October 2023" (an en dash
 * for three or more consecutive days), "5, 7 and 9 October 2023", "30 September–2 October 2023",
 * "31 December 2023–2 January 2024". Month and year are written once where the days share them.
 */
export function formatMeetingDates(days: Date[]): string {
  const first = days[0];
  const last = days[days.length - 1];
  if (days.length === 1) return formatLongDate(first);
  const consecutive = days.every((d, i) => i === 0 || d.getTime() - days[i - 1].getTime() === 86_400_000);
  const sameYear = first.getUTCFullYear() === last.getUTCFullYear();
  const sameMonth = sameYear && first.getUTCMonth() === last.getUTCMonth();
  const dayMonth = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  const year = ` ${last.getUTCFullYear()}`;

  if (consecutive && days.length > 2) {
    if (sameMonth) return `${first.getUTCDate()}–${last.getUTCDate()} ${MONTHS[last.getUTCMonth()]}${year}`;
    if (sameYear) return `${dayMonth(first)}–${dayMonth(last)}${year}`;
    return `${formatLongDate(first)}–${formatLongDate(last)}`;
  }
  if (!sameYear) return joinAnd(days.map(formatLongDate));
  if (sameMonth) return `${joinAnd(days.map((d) => String(d.getUTCDate())))} ${MONTHS[last.getUTCMonth()]}${year}`;
  // Several months: the month is written after the last day of each month ("30 September and 1 October 2023").
  const parts = days.map((d, i) => {
    const next = days[i + 1];
    const monthEnds = !next || next.getUTCMonth() !== d.getUTCMonth();
    return monthEnds ? dayMonth(d) : String(d.getUTCDate());
  });
  return `${joinAnd(parts)}${year}`;
}

function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
