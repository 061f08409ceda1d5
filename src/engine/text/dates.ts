/**
 * Dates as UN documents write them ("11 July 2023", "5 and 6 October 2023", "5–6 October 2023",
 * "30 September–2 October 2023", "Thursday, 5 October"), in English, French and Spanish, to ISO yyyy-mm-dd.
 * Pure string work: no Date parsing of free text (Date.parse is locale- and engine-dependent).
 */

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  // Russian writes the month in the genitive after a day: "5 октября 2023 года".
  января: 1,
  февраля: 2,
  марта: 3,
  апреля: 4,
  мая: 5,
  июня: 6,
  июля: 7,
  августа: 8,
  сентября: 9,
  октября: 10,
  ноября: 11,
  декабря: 12,
  // UN Arabic names a month twice, Levantine and Egyptian: "تشرين الأول/أكتوبر".
  'كانون الثاني/يناير': 1,
  'شباط/فبراير': 2,
  'آذار/مارس': 3,
  'نيسان/أبريل': 4,
  'أيار/مايو': 5,
  'حزيران/يونيه': 6,
  'تموز/يوليه': 7,
  'آب/أغسطس': 8,
  'أيلول/سبتمبر': 9,
  'تشرين الأول/أكتوبر': 10,
  'تشرين الثاني/نوفمبر': 11,
  'كانون الأول/ديسمبر': 12,
};

/** Weekday names to 0 = Sunday … 6 = Saturday (the JavaScript convention). */
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  domingo: 0,
  lunes: 1,
  martes: 2,
  miércoles: 3,
  miercoles: 3,
  jueves: 4,
  viernes: 5,
  sábado: 6,
  sabado: 6,
  воскресенье: 0,
  понедельник: 1,
  вторник: 2,
  среда: 3,
  четверг: 4,
  пятница: 5,
  суббота: 6,
  الأحد: 0,
  الاثنين: 1,
  الثلاثاء: 2,
  الأربعاء: 3,
  الخميس: 4,
  الجمعة: 5,
  السبت: 6,
};

/** Chinese weekdays: "星期四" / "周四", 日 and 天 both Sunday. */
const CHINESE_WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const WEEKDAY = `(${Object.keys(WEEKDAYS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const DAY = '(\\d{1,2})(?:er|º|°)?';
/** Spanish writes "5 de octubre de 2023". */
const DE = '(?:\\s+de)?';
/** A range's dash, or the word Spanish and French write instead: "7 a 9 de abril", "del 7 al 9", "du 7 au 9 avril". */
const DASH = '(?:\\s*[-–—]\\s*|\\s+(?:a|al|au)\\s+)';
const AND = '\\s*(?:,|and|et|y|и|و|&)\\s*';
const YEAR = '(\\d{4})';

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase()] ?? null;
}

export function weekdayNumber(name: string): number | null {
  return WEEKDAYS[name.toLowerCase()] ?? null;
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday, for an ISO date. */
export function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function englishWeekday(day: number): string {
  return ENGLISH_WEEKDAYS[day];
}

/** Every ISO date from `from` to `to` inclusive (empty when `to` is before `from`; capped at 366 days). */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const [y, m, d] = from.split('-').map(Number);
  const cursor = new Date(Date.UTC(y, m - 1, d));
  for (let i = 0; i < 366; i++) {
    const iso = cursor.toISOString().slice(0, 10);
    if (iso > to) break;
    out.push(iso);
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return out;
}

interface Pattern {
  regex: RegExp;
  /** Chinese dates stand between ideographs ("于2023年10月5日开幕"): only digits may not touch them. */
  cjk?: boolean;
  dates(m: RegExpExecArray): string[] | null;
}

function one(day: string, month: string, year: string): string | null {
  const mo = monthNumber(month);
  return mo === null ? null : isoDate(Number(year), mo, Number(day));
}

function range(from: string | null, to: string | null): string[] | null {
  if (!from || !to || to < from) return null;
  return daysBetween(from, to);
}

// Longest forms first: the first pattern that matches at the earliest position wins.
const PATTERNS: Pattern[] = [
  // 2023年10月5日至6日, 2023年10月5日和6日, 2023年10月5日、6日和7日
  {
    regex: /(\d{4})年(\d{1,2})月(\d{1,2})日((?:\s*(?:至|和|、|-|–)\s*\d{1,2}日)+)/u,
    cjk: true,
    dates: (m) => {
      const later = [...m[4].matchAll(/(至|[-–])?\s*(\d{1,2})日/gu)];
      const first = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      if (!first) return null;
      if (later.length === 1 && later[0][1])
        return range(first, isoDate(Number(m[1]), Number(m[2]), Number(later[0][2])));
      const isos = [first, ...later.map((d) => isoDate(Number(m[1]), Number(m[2]), Number(d[2])))];
      return isos.every((iso): iso is string => iso !== null) ? isos : null;
    },
  },
  // 2023年10月5日
  {
    regex: /(\d{4})年(\d{1,2})月(\d{1,2})日/u,
    cjk: true,
    dates: (m) => {
      const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      return iso ? [iso] : null;
    },
  },
  // 30 December 2026–2 January 2027
  {
    regex: new RegExp(`${DAY}${DE}\\s+${MONTH}${DE}\\s+${YEAR}${DASH}${DAY}${DE}\\s+${MONTH}${DE}\\s+${YEAR}`, 'iu'),
    dates: (m) => range(one(m[1], m[2], m[3]), one(m[4], m[5], m[6])),
  },
  // 30 September–2 October 2023
  {
    regex: new RegExp(`${DAY}${DE}\\s+${MONTH}${DASH}${DAY}${DE}\\s+${MONTH}${DE}\\s+${YEAR}`, 'iu'),
    dates: (m) => range(one(m[1], m[2], m[5]), one(m[3], m[4], m[5])),
  },
  // 1–5 July 2024, 5-6 October 2023
  {
    regex: new RegExp(`${DAY}${DASH}${DAY}${DE}\\s+${MONTH}${DE}\\s+${YEAR}`, 'iu'),
    dates: (m) => range(one(m[1], m[3], m[4]), one(m[2], m[3], m[4])),
  },
  // 5 and 6 October 2023, 4, 5 and 6 May 2024
  {
    regex: new RegExp(`((?:\\d{1,2}${AND})+)${DAY}${DE}\\s+${MONTH}${DE}\\s+${YEAR}`, 'iu'),
    dates: (m) => {
      const days = [...m[1].matchAll(/\d{1,2}/g)].map((d) => d[0]).concat(m[2]);
      const isos = days.map((d) => one(d, m[3], m[4]));
      return isos.every((iso): iso is string => iso !== null) ? isos : null;
    },
  },
  // 11 July 2023
  {
    regex: new RegExp(`${DAY}${DE}\\s+${MONTH}${DE}\\s+${YEAR}`, 'iu'),
    dates: (m) => {
      const iso = one(m[1], m[2], m[3]);
      return iso ? [iso] : null;
    },
  },
];

/** The patterns compiled once with the global flag (compiling Unicode regexes per paragraph cost the cold run ~15 ms). */
let globalPatterns: RegExp[] | null = null;

/**
 * The first date or date range in `text`, with every day it covers (ISO) and where it stands.
 * Null when there is none or it does not exist on the calendar (31 June).
 */
export function parseDateRange(text: string): { dates: string[]; start: number; end: number } | null {
  let best: { dates: string[]; start: number; end: number } | null = null;
  globalPatterns ??= PATTERNS.map((pattern) => new RegExp(pattern.regex.source, 'giu'));
  for (let i = 0; i < PATTERNS.length; i++) {
    const pattern = PATTERNS[i];
    const re = globalPatterns[i];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!atWordBoundary(text, m.index, m.index + m[0].length, pattern.cjk === true)) continue;
      const dates = pattern.dates(m);
      if (!dates) continue;
      if (!best || m.index < best.start) best = { dates, start: m.index, end: m.index + m[0].length };
      break;
    }
  }
  return best;
}

function atWordBoundary(text: string, start: number, end: number, cjk: boolean): boolean {
  if (cjk) return !/\d/u.test(text.charAt(start - 1)) && !/\d/u.test(text.charAt(end));
  // "6–5 October": the tail of a range that did not parse is not a date of its own.
  if (/\d(?:\s*[-–—]\s*|\s+(?:a|al|au)\s+)$/u.test(text.slice(Math.max(0, start - 6), start))) return false;
  return !/[\p{L}\d]/u.test(text.charAt(start - 1)) && !/[\p{L}\d]/u.test(text.charAt(end));
}

export interface DayLabel {
  /** ISO date when the label has a year, or a year was given; null otherwise. */
  iso: string | null;
  /** The weekday as written ("Thursday"), null when the label has none. */
  weekday: string | null;
  day: number;
  month: number;
  year: number | null;
  /** Whether the written weekday is the date's weekday; null when either is unknown. */
  weekdayMatches: boolean | null;
}

// "," or the Arabic comma "،" after the weekday ("الخميس، 5 تشرين الأول/أكتوبر").
const DAY_LABEL = new RegExp(
  `^\\s*(?:${WEEKDAY}[,،\\s]\\s*)?${DAY}${DE}\\s+${MONTH}(?:${DE}\\s+${YEAR}(?:\\s+(?:года|г\\.))?)?\\s*\\.?\\s*$`,
  'iu',
);
const WEEK = '(星期|周)([日天一二三四五六])';
const CHINESE_DAY_LABEL = new RegExp(
  `^\\s*(?:${WEEK}[，,、\\s]*)?(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日(?:[，,、\\s]*[（(]?${WEEK}[）)]?)?\\s*$`,
  'u',
);

/**
 * A day row of an annex: "Thursday, 5 October", "Monday, 1 March 2027", "jeudi 5 octobre", "jueves, 5 de octubre",
 * "5 October" or "Thursday 5 October 2023". `year` is used when the label has none (the meeting's year).
 * Null when the label is not a day.
 */
export function parseDayLabel(label: string, year: number | null): DayLabel | null {
  const chinese = parseChineseDayLabel(label);
  if (chinese) return dayLabel(chinese.weekday, chinese.weekdayIndex, chinese.day, chinese.month, chinese.year, year);
  const m = DAY_LABEL.exec(label);
  if (!m) return null;
  const month = monthNumber(m[3]);
  if (month === null) return null;
  const weekday = m[1] ?? null;
  return dayLabel(
    weekday,
    weekday ? weekdayNumber(weekday) : null,
    Number(m[2]),
    month,
    m[4] ? Number(m[4]) : null,
    year,
  );
}

/** "10月5日，星期四", "10月5日（星期四）", "2023年10月5日星期四", "星期四，10月5日". */
function parseChineseDayLabel(
  label: string,
): { weekday: string | null; weekdayIndex: number | null; day: number; month: number; year: number | null } | null {
  const m = CHINESE_DAY_LABEL.exec(label);
  if (!m) return null;
  const prefix = m[1] ?? m[6];
  const name = m[2] ?? m[7];
  return {
    weekday: prefix && name ? prefix + name : null,
    weekdayIndex: name ? CHINESE_WEEKDAYS[name] : null,
    day: Number(m[5]),
    month: Number(m[4]),
    year: m[3] ? Number(m[3]) : null,
  };
}

function dayLabel(
  weekday: string | null,
  weekdayIndex: number | null,
  day: number,
  month: number,
  written: number | null,
  year: number | null,
): DayLabel | null {
  const useYear = written ?? year;
  const iso = useYear === null ? null : isoDate(useYear, month, day);
  if (useYear !== null && iso === null) return null;
  return {
    iso,
    weekday,
    day,
    month,
    year: written,
    weekdayMatches: weekdayIndex === null || iso === null ? null : weekdayOf(iso) === weekdayIndex,
  };
}
