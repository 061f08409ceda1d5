/**
 * Times of day as UN documents write them, found in text and judged against one of two conventions:
 *   12h (New York, Vienna): "10 a.m.", "8.30 p.m.", "10 a.m.–1 p.m.", "3–6 p.m.", "noon"; en dash, no spaces,
 *                           no ":00", minutes after a full stop, "a.m."/"p.m." with full stops after one space.
 *   24h (Geneva):           "10.00", "10.00–13.00"; minutes after a full stop; en dash (Geneva spaces it, so
 *                           " – " is accepted).
 * Recognition is lenient ("10am", "10:00 a.m.", "10 a.m. - 1 p.m." are found) so that the check can name what
 * is wrong and write what is expected. (`times.ts` beside this file only recognises annex slot cells.)
 */

export type TimeNotation = '12h' | '24h';

export interface ClockTime {
  /** 0–24 (24 only for a range ending at midnight). */
  hour: number;
  minute: number;
}

/** One written time: "10 a.m.", "3", "13.00", "noon". */
interface Point {
  start: number;
  end: number;
  /** As written: 1–12 with a meridiem, 0–24 without. */
  hour: number;
  minute: number | null;
  separator: '.' | ':' | null;
  padded: boolean;
  meridiem: 'am' | 'pm' | null;
  meridiemText: string;
  /** What stands between the number and the meridiem. */
  gap: string;
  /** "noon" or "12 noon" or "midnight" as written, when the time is a word. */
  word: string | null;
  /** The number as written: "09", "8:30". */
  written: string;
}

export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  from: ClockTime;
  to: ClockTime | null;
  notation: TimeNotation;
  /** Departures from the notation's UN style, as short phrases; empty when the text is as it should be. */
  problems: string[];
  /**
   * The same departures by kind: the minutes' separator and the range's dash are habits a document may hold
   * ("10:00–13:00" throughout), judged against its own convention; 'style' ones are UN style in every house.
   */
  issues: TimeIssue[];
  /** The separator between hours and minutes, as written in the expression ('.' or ':'); null when it has none. */
  separator: '.' | ':' | null;
  /** The dash of a range as written, and whether spaces stand around it; null for a single time. */
  dash: { char: string; spaced: boolean } | null;
  /** The en dash was written with spaces around it (kept in 24-hour fixes, Geneva's habit). */
  spacedDash: boolean;
  /** The first hour had a leading zero ("09.00"), kept in 24-hour fixes. */
  padded: boolean;
  /** "noon" or "12 noon" as written, kept in 12-hour fixes. */
  noonWord: string | null;
}

export interface TimeIssue {
  kind: 'separator' | 'dash' | 'spacing' | 'style';
  text: string;
}

/** A document's own habits for what UN style leaves to the house: the minutes' separator and the range's dash. */
export interface TimeHabits {
  separator: '.' | ':';
  dash: string;
  spaced: boolean;
}

/** "prose": running text, where "10.30" alone may be a number; "cell": an annex time cell, where it is a time. */
export type TimeContext = 'prose' | 'cell';

const NUMBER = /(\d{1,2})(?:([.:])(\d{2}))?(?!\d)/uy;
const MERIDIEM = /(\s*)([ap])(\.?)(\s?)(m)(\.?)(?![\p{L}\d])/iuy;
const NOON_AFTER_12 = /\s+(noon|midnight)(?![\p{L}])/iuy;
const WORD = /(noon|midday|midnight)(?![\p{L}])/iuy;
const DASH = /(\s*)([-–—‑−])(\s*)/uy;
/** A full stop/colon number after these words is a paragraph, section or amount, never a time. */
const NOT_TIME_BEFORE =
  /(?:paragraphs?|paras?\.|sections?|chapters?|rules?|articles?|annex(?:es)?|tables?|figures?|pages?|pp?\.|items?|version|regulations?|\$|€|£|USD|EUR|CHF)\s*$/iu;
const NOT_TIME_AFTER = /^\s*(?:per\s*cent|percent|%|million|billion|km|kg|metres|meters|dollars|euros|francs)/iu;
const TIME_WORD_BEFORE = /(?:^|[^\p{L}])(?:at|from|until|till|between|before|after|by)\s+$/iu;
/** "between 10.00 and 13.00", "from 10.00 to 13.00": the second time follows the first. */
const SECOND_OF_PAIR = /^\s+(?:and|to|until|till)\s+$/iu;
const HOURS_AFTER = /^\s*(?:hours|hrs?\.?|h)(?![\p{L}])/iu;
const TYPOGRAPHIC_SPACE = /^[ \u00a0\u202f]$/u;

/** Sticky regexes read at a position without copying the rest of the text. */
function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function readPoint(text: string, at: number): Point | null {
  const word = execAt(WORD, text, at);
  if (word) {
    const lower = word[1].toLowerCase();
    const hour = lower === 'midnight' ? 0 : 12;
    return {
      start: at,
      end: at + word[0].length,
      hour,
      minute: 0,
      separator: null,
      padded: false,
      meridiem: null,
      meridiemText: '',
      gap: '',
      word: word[1],
      written: word[1],
    };
  }
  const num = execAt(NUMBER, text, at);
  if (!num) return null;
  const point: Point = {
    start: at,
    end: at + num[0].length,
    hour: Number(num[1]),
    minute: num[3] === undefined ? null : Number(num[3]),
    separator: (num[2] as '.' | ':' | undefined) ?? null,
    padded: num[1].length === 2 && num[1].startsWith('0'),
    meridiem: null,
    meridiemText: '',
    gap: '',
    word: null,
    written: num[0],
  };
  const noon = point.hour === 12 && point.minute === null ? execAt(NOON_AFTER_12, text, point.end) : null;
  if (noon) {
    point.word = `12 ${noon[1]}`;
    if (noon[1].toLowerCase() === 'midnight') point.hour = 0;
    point.minute = 0;
    point.end += noon[0].length;
    return point;
  }
  const m = execAt(MERIDIEM, text, point.end);
  if (m) {
    point.meridiem = m[2].toLowerCase() === 'a' ? 'am' : 'pm';
    point.gap = m[1];
    point.meridiemText = m[0].slice(m[1].length);
    point.end += m[0].length;
  }
  return point;
}

function to24(p: Point, meridiem: 'am' | 'pm' | null): ClockTime {
  const minute = p.minute ?? 0;
  if (p.word) return { hour: p.hour, minute: 0 };
  if (meridiem === null) return { hour: p.hour, minute };
  return { hour: (p.hour % 12) + (meridiem === 'pm' ? 12 : 0), minute };
}

function valid12(p: Point): boolean {
  return p.word !== null || (p.hour >= 1 && p.hour <= 12 && (p.minute ?? 0) <= 59);
}

function valid24(p: Point): boolean {
  return p.minute !== null && p.minute <= 59 && p.hour <= 24 && !(p.hour === 24 && p.minute > 0);
}

function is12(p: Point): boolean {
  return p.meridiem !== null || p.word !== null;
}

const DASH_NAMES: Record<string, string> = {
  '-': 'a hyphen',
  '‑': 'a non-breaking hyphen',
  '—': 'an em dash',
  '−': 'a minus sign',
  '–': 'an en dash',
};

/** "a hyphen", "an en dash": how a message names a dash. */
export function dashName(dash: string): string {
  return DASH_NAMES[dash] ?? 'another dash';
}

function dashProblems(dash: RegExpExecArray, notation: TimeNotation): TimeIssue[] {
  const out: TimeIssue[] = [];
  if (dash[2] !== '–') out.push({ kind: 'dash', text: `${dashName(dash[2])} instead of an en dash` });
  const spaced = dash[1] !== '' || dash[3] !== '';
  // Geneva spaces its en dash ("10.00 – 13.00"); UN 12-hour style never does ("3–6 p.m.").
  if (spaced && (dash[1] !== dash[3] || dash[1].length > 1))
    out.push({ kind: 'style', text: 'uneven spaces around the dash' });
  else if (spaced && notation === '12h') out.push({ kind: 'spacing', text: 'spaces around the dash' });
  return out;
}

function pointProblems12(p: Point): TimeIssue[] {
  const out: TimeIssue[] = [];
  if (p.word) return out;
  const written = p.written;
  const style = (text: string): void => void out.push({ kind: 'style', text });
  if (p.padded) style(`leading zero in "${written}"`);
  if (p.separator === ':' && p.minute !== 0)
    out.push({ kind: 'separator', text: `colon instead of a full stop in "${written}"` });
  if (p.minute === 0) style(`"${p.separator}00" on the hour`);
  if (p.meridiem) {
    const expected = p.meridiem === 'am' ? 'a.m.' : 'p.m.';
    if (p.meridiemText !== expected) style(`"${p.meridiemText}" instead of "${expected}"`);
    if (p.gap === '') style(`no space before "${expected}"`);
    else if (!TYPOGRAPHIC_SPACE.test(p.gap)) style(`extra space before "${expected}"`);
  }
  return out;
}

function pointProblems24(p: Point): TimeIssue[] {
  return p.separator === ':' ? [{ kind: 'separator', text: `colon instead of a full stop in "${p.written}"` }] : [];
}

/** The separator the expression writes its minutes with (a 12-hour "10:00 a.m." says nothing: that is ":00"). */
function separatorOf(points: Point[]): '.' | ':' | null {
  const withMinutes = points.filter(
    (p) => p.separator !== null && p.word === null && (p.meridiem === null || p.minute !== 0),
  );
  return withMinutes[0]?.separator ?? null;
}

/** Reads a time or range at `at`; null when what stands there is not a time. */
function readExpression(text: string, at: number, context: TimeContext, previousEnd: number): TimeExpression | null {
  const first = readPoint(text, at);
  if (!first) return null;
  const dash = execAt(DASH, text, first.end);
  const second = dash ? readPoint(text, first.end + dash[0].length) : null;
  if (second && dash && is12(second) && valid12(first) && valid12(second)) {
    return range12(text, first, second, dash);
  }
  if (second && dash && !is12(first) && !is12(second) && valid24(first) && valid24(second)) {
    const expr = build(text, first, second, '24h', to24(first, null), to24(second, null), dash);
    setIssues(expr, [...pointProblems24(first), ...dashProblems(dash, '24h'), ...pointProblems24(second)]);
    expr.spacedDash = dash[2] === '–' && dash[1] === ' ' && dash[3] === ' ';
    return context === 'cell' || plausibleInProse(text, expr, true, previousEnd) ? expr : null;
  }
  if (is12(first) && valid12(first)) {
    // A lone "noon" in prose is an English word; in a time cell it is a time.
    if (first.word && first.word.indexOf(' ') < 0 && context === 'prose') return null;
    const expr = build(text, first, null, '12h', to24(first, first.meridiem), null, null);
    setIssues(expr, pointProblems12(first));
    return expr;
  }
  if (!is12(first) && valid24(first)) {
    const expr = build(text, first, null, '24h', to24(first, null), null, null);
    setIssues(expr, pointProblems24(first));
    return context === 'cell' || plausibleInProse(text, expr, false, previousEnd) ? expr : null;
  }
  return null;
}

function range12(text: string, first: Point, second: Point, dash: RegExpExecArray): TimeExpression {
  const secondTime = to24(second, second.meridiem);
  const problems = [...pointProblems12(first)];
  let fromTime: ClockTime;
  if (first.word) fromTime = to24(first, null);
  else if (first.meridiem) {
    fromTime = to24(first, first.meridiem);
    if (first.meridiem === second.meridiem)
      problems.push({ kind: 'style', text: `"${first.meridiem === 'am' ? 'a.m.' : 'p.m.'}" repeated` });
  } else {
    // "3–6 p.m." shares the meridiem; "10–1 p.m." cannot, the first time is in the morning.
    fromTime = to24(first, second.meridiem ?? 'am');
    if (second.word || fromTime.hour * 60 + fromTime.minute > secondTime.hour * 60 + secondTime.minute) {
      fromTime = to24(first, 'am');
      problems.push({ kind: 'style', text: `"a.m." missing after "${text.slice(first.start, first.end)}"` });
    }
  }
  problems.push(...dashProblems(dash, '12h'), ...pointProblems12(second));
  const expr = build(
    text,
    first,
    second,
    '12h',
    fromTime,
    second.word?.toLowerCase().endsWith('midnight') ? { hour: 24, minute: 0 } : secondTime,
    dash,
  );
  setIssues(expr, problems);
  return expr;
}

function setIssues(expr: TimeExpression, issues: TimeIssue[]): void {
  expr.issues = issues;
  expr.problems = issues.map((i) => i.text);
}

function build(
  text: string,
  first: Point,
  second: Point | null,
  notation: TimeNotation,
  from: ClockTime,
  to: ClockTime | null,
  dash: RegExpExecArray | null,
): TimeExpression {
  const end = (second ?? first).end;
  const noonWord = [first.word, second?.word].find((w) => w && /noon/iu.test(w)) ?? null;
  return {
    start: first.start,
    end,
    text: text.slice(first.start, end),
    from,
    to,
    notation,
    problems: [],
    issues: [],
    separator: separatorOf(second ? [first, second] : [first]),
    dash: dash ? { char: dash[2], spaced: dash[1] !== '' || dash[3] !== '' } : null,
    spacedDash: false,
    padded: first.padded,
    noonWord,
  };
}

/** In running text a 24-hour time must look like one: a colon, "hours", or "at/from/until …" before it. */
function plausibleInProse(text: string, expr: TimeExpression, isRange: boolean, previousEnd: number): boolean {
  const before = text.slice(Math.max(0, expr.start - 24), expr.start);
  const after = text.slice(expr.end);
  if (NOT_TIME_BEFORE.test(before) || NOT_TIME_AFTER.test(after)) return false;
  if (isRange || expr.text.includes(':') || HOURS_AFTER.test(after)) return true;
  return (
    TIME_WORD_BEFORE.test(before) || (previousEnd >= 0 && SECOND_OF_PAIR.test(text.slice(previousEnd, expr.start)))
  );
}

function startsHere(text: string, at: number): boolean {
  return !/[\p{L}\p{N}.,/:\-–]/u.test(text.charAt(at - 1));
}

/** Every time of day in `text`, in order. */
export function findTimes(text: string, context: TimeContext = 'prose'): TimeExpression[] {
  const out: TimeExpression[] = [];
  if (!/\d|noon|midday|midnight/iu.test(text)) return out;
  let at = 0;
  while (at < text.length) {
    const ch = text.charAt(at);
    const candidate = (/\d/u.test(ch) || /[nmNM]/u.test(ch)) && startsHere(text, at);
    const expr = candidate ? readExpression(text, at, context, out.length > 0 ? out[out.length - 1].end : -1) : null;
    if (expr) {
      out.push(expr);
      at = expr.end;
    } else {
      at += 1;
    }
  }
  return out;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function format12(t: ClockTime, withMeridiem: boolean, noonWord: string | null, separator: '.' | ':' = '.'): string {
  if (t.minute === 0 && t.hour === 12) return noonWord ?? 'noon';
  if (t.minute === 0 && (t.hour === 0 || t.hour === 24)) return 'midnight';
  const hour = t.hour % 12 === 0 ? 12 : t.hour % 12;
  const minutes = t.minute === 0 ? '' : `${separator}${pad2(t.minute)}`;
  const meridiem = t.hour < 12 || t.hour === 24 ? 'a.m.' : 'p.m.';
  return withMeridiem ? `${hour}${minutes} ${meridiem}` : `${hour}${minutes}`;
}

function isWordTime(t: ClockTime): boolean {
  return t.minute === 0 && t.hour % 12 === 0;
}

function format24(t: ClockTime, padded: boolean, separator: '.' | ':' = '.'): string {
  return `${padded ? pad2(t.hour) : t.hour}${separator}${pad2(t.minute)}`;
}

/**
 * The expression as it should be written in `convention`; with `habits`, in the document's own separator and
 * dash (else UN style: a full stop, an en dash, spaced only where a 24-hour range was spaced already).
 */
export function formatTime(
  expr: Pick<TimeExpression, 'from' | 'to' | 'spacedDash' | 'padded' | 'noonWord' | 'notation'>,
  convention: TimeNotation,
  habits?: TimeHabits,
): string {
  const { from, to } = expr;
  const separator = habits?.separator ?? '.';
  if (convention === '24h') {
    const keep = expr.notation === '24h';
    const dash = habits ? (habits.spaced ? ` ${habits.dash} ` : habits.dash) : keep && expr.spacedDash ? ' – ' : '–';
    const padded = keep && expr.padded;
    return to
      ? `${format24(from, padded, separator)}${dash}${format24(to, padded, separator)}`
      : format24(from, padded, separator);
  }
  if (!to) return format12(from, true, expr.noonWord, separator);
  const sameHalf = from.hour < 12 === to.hour < 12 && to.hour !== 24;
  const shareMeridiem = sameHalf && !isWordTime(from) && !isWordTime(to);
  const dash = habits ? (habits.spaced ? ` ${habits.dash} ` : habits.dash) : '–';
  return `${format12(from, !shareMeridiem, expr.noonWord, separator)}${dash}${format12(to, true, expr.noonWord, separator)}`;
}
