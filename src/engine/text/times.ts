/**
 * Meeting times as annexes write them: "10 a.m.–1 p.m.", "3–6 p.m.", "10.00–13.00", "10 h–13 h", "10 a.m.",
 * "noon". Only recognition: the notation itself is a check's business.
 */

/** Russian "10 час. 00 мин." / "10 ч. 00 м."; Chinese "上午10时", "下午3时30分", "10时半". */
const RUSSIAN_POINT = '\\d{1,2}\\s?ч(?:ас)?\\.(?:\\s?\\d{2}\\s?м(?:ин)?\\.)?';
const CHINESE_POINT = '(?:上午|中午|下午|晚上)?\\d{1,2}时(?:\\d{1,2}分|半)?';
const POINT = `(?:${RUSSIAN_POINT}|${CHINESE_POINT}|\\d{1,2}(?:[.:h]\\s?\\d{2})?\\s*(?:a\\.\\s?m\\.?|p\\.\\s?m\\.?|heures?|horas?|h(?:rs?)?\\.?)?|noon|midday|midnight|midi|mediod[ií]a)`;
const RANGE = new RegExp(`^\\s*${POINT}\\s*(?:[-–—]|to|à|a|至)\\s*${POINT}\\s*$`, 'iu');
const SINGLE = new RegExp(`^\\s*${POINT}\\s*$`, 'iu');
/** A lone number is an item number, not a time: a single time needs a.m./p.m./h, minutes, or a word. */
const MARKED = /a\.\s?m|p\.\s?m|\d\s?h\b|heures?|horas?|\d[.:]\d{2}|noon|midday|midnight|midi|mediod|\d\s?ч|\d时/iu;
const PART_OF_DAY =
  /^\s*(?:morning|afternoon|evening|matin|après-midi|soir|mañana|tarde|noche|утро|вечер|上午|下午|晚上)\s*$/iu;

/** True for a slot's time as written in an annex's time column. */
export function isTimeSlot(text: string): boolean {
  if (PART_OF_DAY.test(text)) return true;
  if (RANGE.test(text)) return /\d/.test(text);
  return SINGLE.test(text) && MARKED.test(text);
}
