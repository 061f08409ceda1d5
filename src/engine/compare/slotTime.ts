/**
 * An annex slot's time as minutes from midnight, whatever the notation: "10 a.m.–1 p.m.", "3–6 p.m.",
 * "10.00–13.00", "10:00–13:00", "10 heures-13 heures", "10 h 30–13 h", "10.00 a 13.00 horas",
 * "10 час. 00 мин. – 13 час. 00 мин.", "上午10时至下午1时", "下午3时至6时", "noon", or a part of the day ("morning").
 * Returns a key such as "600-780", or null when the text cannot be read as a time.
 */

const PARTS_OF_DAY: [RegExp, string][] = [
  [/^(?:morning|matin|matinée|mañana|утро|утреннее заседание|صباحا|上午)$/iu, 'morning'],
  [/^(?:afternoon|après-midi|tarde|вечер|день|مساء|下午)$/iu, 'afternoon'],
  [/^(?:evening|soir|soirée|noche|вечером|晚上)$/iu, 'evening'],
];

interface Point {
  hour: number;
  minute: number;
  meridiem: 'am' | 'pm' | null;
}

const CHINESE = /(上午|中午|下午|晚上)?(\d{1,2})时(?:(\d{1,2})分|(半))?/gu;
const RUSSIAN = /(\d{1,2})\s?ч(?:ас)?\.(?:\s?(\d{2})\s?м(?:ин)?\.)?/gu;
const POINT = /(\d{1,2})(?:\s?[.:h]\s?(\d{2}))?(?:\s*([ap])\.?\s?m\.?(?![\p{L}]))?/giu;

function normalise(text: string): string {
  return text
    .replace(/\b(?:12\s+)?(?:noon|midday)\b|\bmidi\b|\bmediod[ií]a\b/giu, '12:00')
    .replace(/\bmidnight\b|\bminuit\b/giu, '24:00')
    .replace(CHINESE, (_m, part: string | undefined, h: string, m: string | undefined, half: string | undefined) => {
      const minute = half ? '30' : (m ?? '0').padStart(2, '0');
      const meridiem =
        part === '下午' || part === '晚上' ? ' p.m.' : part === '上午' ? ' a.m.' : part === '中午' ? ' p.m.' : '';
      return `${h}:${minute}${meridiem}`;
    })
    .replace(RUSSIAN, (_m, h: string, m: string | undefined) => `${h}:${m ?? '00'}`)
    .replace(/(\d)\s?h\s?(\d{2})/giu, '$1:$2')
    .replace(/\b(?:heures?|horas?|hrs?|h)\b\.?/giu, ' ');
}

function to24(point: Point): number {
  let hour = point.hour;
  if (point.meridiem === 'pm' && hour < 12) hour += 12;
  if (point.meridiem === 'am' && hour === 12) hour = 0;
  return hour * 60 + point.minute;
}

export function slotTimeKey(text: string): string | null {
  const trimmed = text.trim();
  for (const [re, key] of PARTS_OF_DAY) if (re.test(trimmed)) return key;
  const points: Point[] = [...normalise(trimmed).matchAll(POINT)].map((m) => ({
    hour: Number(m[1]),
    minute: m[2] ? Number(m[2]) : 0,
    meridiem: m[3] ? (m[3].toLowerCase() === 'a' ? 'am' : 'pm') : null,
  }));
  if (points.length === 0 || points.length > 2 || points.some((p) => p.hour > 24 || p.minute > 59)) return null;
  const [from, to] = points;
  if (to) {
    // "3–6 p.m.": the first takes the second's meridiem when that keeps it first; "下午3时至6时": the second the first's.
    if (from.meridiem === null && to.meridiem !== null) {
      const pm = { ...from, meridiem: to.meridiem };
      from.meridiem = to24(pm) <= to24(to) ? to.meridiem : to.meridiem === 'pm' ? 'am' : 'pm';
    } else if (to.meridiem === null && from.meridiem !== null) {
      const same = { ...to, meridiem: from.meridiem };
      to.meridiem = to24(same) >= to24(from) ? from.meridiem : 'pm';
    }
    return `${to24(from)}-${to24(to)}`;
  }
  return String(to24(from));
}
