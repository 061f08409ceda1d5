/**
 * UN document symbols in running text: "CTOC/COP/WG.7/2023/2", "E/CN.15/2024/1/Add.1", "S/RES/1440 (2002)" and
 * joint symbols "CTOC/COP/WG.3/2023/3-CTOC/COP/WG.4/2023/3" (joined by -, – or −, with or without spaces).
 * Deliberately permissive about components ("Rev1" is found, so that a check can flag it) and strict about the
 * shape: a capital-letter root, at least one "/", at least one digit, no spaces inside.
 */

export interface FoundSymbol {
  /** As written, the whole joint symbol included. */
  text: string;
  /** The single symbols of a joint symbol (one part for a simple symbol). */
  parts: string[];
  start: number;
  end: number;
}

/** A component after the root: "COP", "WG.7", "2023", "Add.1", "Rev1", "WG.II", "L.5", "INF", "17(PartI)". */
const COMPONENT = '(?:[A-Z][A-Za-z0-9]*(?:\\.[A-Z0-9]+)*|\\d+(?:\\.\\d+)*(?:\\([A-Za-z]+[IVX0-9]*\\))?)';
const ROOT = '[A-Z][A-Z0-9]*(?:\\.[A-Z0-9]+)*';
/** A resolution's year: "S/RES/1440 (2002)". */
const YEAR_SUFFIX = '(?:\\s?\\(\\d{4}\\))?';
const SINGLE = `${ROOT}(?:/${COMPONENT})+\\*?${YEAR_SUFFIX}`;
const JOINER = '\\s?[-–−]\\s?';

const SINGLE_RE = new RegExp(`^${SINGLE}$`, 'u');

function isSymbolStart(text: string, at: number): boolean {
  return !/[A-Za-z0-9/.\-_@]/.test(text.charAt(at - 1));
}

function isSymbolEnd(text: string, at: number): boolean {
  return !/[A-Za-z0-9/_]/.test(text.charAt(at));
}

function wellFormed(part: string): boolean {
  // A year suffix only belongs to resolutions and statements; elsewhere "(2002)" is running text.
  const withoutYear = part.replace(/\s?\(\d{4}\)$/, '');
  if (withoutYear !== part && !/\/(RES|PRST)\//.test(part)) return false;
  return /\d/.test(withoutYear) && SINGLE_RE.test(part);
}

// Compiled once: these Unicode regexes are long, and findSymbols runs on every paragraph.
const EVERY_SINGLE = new RegExp(SINGLE, 'gu');
const JOINED = new RegExp(`^${JOINER}(${SINGLE})`, 'u');

/** Every symbol in `text`, in order; a joint symbol is one result with several parts. */
export function findSymbols(text: string): FoundSymbol[] {
  const found: FoundSymbol[] = [];
  const re = EVERY_SINGLE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let part = m[0];
    const start = m.index;
    if (!isSymbolStart(text, start)) continue;
    part = trimYear(part, text, start);
    if (!isSymbolEnd(text, start + part.length) || !wellFormed(part)) continue;
    const parts = [part];
    let end = start + part.length;
    // Follow the chain of joined symbols.
    for (;;) {
      const joiner = JOINED.exec(text.slice(end));
      if (!joiner) break;
      const next = trimYear(joiner[1], text, end + joiner[0].length - joiner[1].length);
      const nextEnd = end + joiner[0].length - joiner[1].length + next.length;
      if (!wellFormed(next) || !isSymbolEnd(text, nextEnd)) break;
      parts.push(next);
      end = nextEnd;
    }
    found.push({ text: text.slice(start, end), parts, start, end });
    re.lastIndex = end;
  }
  return found;
}

/** Drops a "(2002)" suffix that is not a resolution's year, so "A/78/1 (2023)" still yields "A/78/1". */
function trimYear(part: string, _text: string, _start: number): string {
  const withoutYear = part.replace(/\s?\(\d{4}\)$/, '');
  if (withoutYear !== part && !/\/(RES|PRST)\//.test(part)) return withoutYear;
  return part;
}

/** True when the whole of `text` (trimmed) is one symbol or one joint symbol. */
export function isSymbol(text: string): boolean {
  const trimmed = text.trim();
  const found = findSymbols(trimmed);
  return found.length === 1 && found[0].start === 0 && found[0].end === trimmed.length;
}
