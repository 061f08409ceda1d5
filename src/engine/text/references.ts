/**
 * References to agenda items in running text ("agenda item 5", "items 3 and 4", "items 2–4", "item 1 (b)",
 * "agenda items 2, 3 and 5", "points 2 et 3 de l'ordre du jour", "tema 4 del programa", ECLAC's "tema 3 del temario") and the parsing of an item label ("1 (b)", "Item 3"). A number only counts after
 * the word "item(s)", so "resolution 7/1", "paragraph 12", "53 (h)", dates and symbols are never taken.
 */
import type { Span } from '../model';
import { latinSubItemLetter } from './subItemLetters';

export interface ItemTarget {
  number: string;
  letter: string | null;
  /** Where the number (or the letter, for a bare "(c)") stands. Inside a range, the middle numbers get the range's span. */
  span: Span;
}

export interface FoundItemReference {
  span: Span;
  text: string;
  targets: ItemTarget[];
}

/** English "item(s)"; French "point(s)" and Spanish "tema(s)" only with "de l'ordre du jour" / "del programa" after. */
/** Chinese "议程项目2" (no space), Russian "пункт(ы) … повестки дня" and Arabic "البند … من جدول الأعمال" likewise (\b is ASCII-only, hence lookarounds). */
const KEYWORD =
  /\b(?:(?:agenda\s+)?items?|points?|temas?)\b|(?<!\p{L})(?:пункт(?:ы|а|ов|ам|ами|ах|у|е|ом)?|البند|البندين|البنود)(?!\p{L})|议程项目/giu;
const NEEDS_SUFFIX = /^(?:points?|temas?|пункт\p{L}*|البند\p{L}*|البنود)$/iu;
const SUFFIX = /^\s+(?:de l['’]ordre du jour\b|del (?:programa|temario)\b|повестки дня|من جدول الأعمال)/u;
const NUMBER = /^(\d{1,3})(?![\d/]|\.\d)/u;
const LETTER = /^\s?\(([a-z])\)/u;
const RANGE_DASH = /^\s?(?:[-–—]|to|至)\s?/u;
const SEPARATOR =
  /^(?:\s*,\s*(?:and\s+|or\s+|et\s+|y\s+|и\s+)?|\s+(?:and|or|et|ou|y|o|и|или)\s+|\s+و\s*|\s*[和、]\s*)/u;

/** Every reference to agenda items in `text`, in order. */
export function findItemReferences(text: string): FoundItemReference[] {
  const out: FoundItemReference[] = [];
  KEYWORD.lastIndex = 0;
  for (let m = KEYWORD.exec(text); m; m = KEYWORD.exec(text)) {
    const start = m.index;
    let at = start + m[0].length;
    // Chinese writes the number straight after the keyword: "议程项目2".
    const space = (m[0] === '议程项目' ? /^\s*/u : /^\s+/u).exec(text.slice(at));
    if (!space) continue;
    at += space[0].length;
    const targets: ItemTarget[] = [];
    let end = -1;
    for (;;) {
      const read = readTarget(text, at, targets);
      if (!read) break;
      end = read;
      const sep = SEPARATOR.exec(text.slice(end));
      if (!sep) break;
      at = end + sep[0].length;
    }
    if (end < 0) continue;
    if (NEEDS_SUFFIX.test(m[0]) && !SUFFIX.test(text.slice(end))) continue;
    out.push({ span: { start, end }, text: text.slice(start, end), targets });
    KEYWORD.lastIndex = end;
  }
  return out;
}

/** Reads "5", "1 (b)", "(c)" (after a lettered target), or "2–4" at `at`; pushes targets; returns the end. */
function readTarget(text: string, at: number, targets: ItemTarget[]): number | null {
  const rest = text.slice(at);
  const bareLetter = LETTER.exec(rest);
  const previous = targets[targets.length - 1];
  if (bareLetter && previous?.letter) {
    const letterStart = at + bareLetter[0].indexOf('(') + 1;
    targets.push({
      number: previous.number,
      letter: bareLetter[1],
      span: { start: letterStart, end: letterStart + 1 },
    });
    return at + bareLetter[0].length;
  }
  const num = NUMBER.exec(rest);
  if (!num) return null;
  let end = at + num[0].length;
  const first: ItemTarget = { number: num[1], letter: null, span: { start: at, end } };
  // A time ("item 10 a.m.") or a date ("5 October") is not an item number.
  if (/^\s?(?:a\.m\.|p\.m\.|h\b|[A-Z][a-z]+ \d{4})/u.test(text.slice(end))) return null;
  const letter = LETTER.exec(text.slice(end));
  if (letter) {
    first.letter = letter[1];
    end += letter[0].length;
    targets.push(first);
    return end;
  }
  const dash = RANGE_DASH.exec(text.slice(end));
  const last = dash ? NUMBER.exec(text.slice(end + dash[0].length)) : null;
  if (dash && last && Number(last[1]) > Number(num[1]) && Number(last[1]) - Number(num[1]) < 100) {
    const lastStart = end + dash[0].length;
    const lastEnd = lastStart + last[0].length;
    targets.push(first);
    for (let n = Number(num[1]) + 1; n < Number(last[1]); n++) {
      targets.push({ number: String(n), letter: null, span: { start: at, end: lastEnd } });
    }
    targets.push({ number: last[1], letter: null, span: { start: lastStart, end: lastEnd } });
    return lastEnd;
  }
  targets.push(first);
  return end;
}

/**
 * An item label as a whole: "3", "3.", "1 (b)", "1(b)", "1 b)", "Item 3", "Agenda item 1 (a)". Null otherwise.
 */
export function parseItemRef(text: string): { number: string; letter: string | null } | null {
  const m =
    /^\s*(?:(?:agenda\s+)?item\s+)?(\d{1,3})\s*[.:]?\s*(?:[(（]?([a-zأبجدهوزحطيكلمنسعفصقرشتثخذضظغ])[)）])?\s*[.:]?\s*$/iu.exec(
      text,
    );
  if (!m) return null;
  return { number: m[1], letter: m[2] ? latinSubItemLetter(m[2].toLowerCase()) : null };
}
