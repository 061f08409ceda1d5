/**
 * The grammar of a UN document symbol, and text that is meant as one but breaks it. `symbols.ts` finds
 * well-formed symbols (joint ones too); this module finds the near misses an editor must correct:
 *   "CTOC/COP/WG.7/2O23/2"    letter O for a zero
 *   "…/Rev1", "…/Add1"        modifier without its full stop
 *   "…/rev.1", "…/corr.1"     modifier in lower case
 *   "CTOC/COP/WG.7/ 2023/2"   space around a slash
 *   "CTOC//COP/WG.7/2023/2"   doubled slash
 * Text counts as meant for a symbol only when it starts with a capital series root, has at least three
 * components and a digit: "resolution 7/1", "and/or", "HIV/AIDS" and web addresses are never candidates.
 */

export interface MalformedSymbol {
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** What is wrong, as short phrases ("letter O instead of zero in \"2O23\""). */
  problems: string[];
  /** The symbol as it should most likely be written. */
  suggestion: string;
}

/** Modifiers that are written "Rev.1": capital initial, full stop, number. */
const MODIFIERS = ['Rev', 'Add', 'Corr', 'Amend', 'Misc'];
/** Components written with a full stop before their number; missing it ("CRP1") is a typing slip. */
const DOTTED = [...MODIFIERS, 'CRP'];
const MISSING_DOT = new RegExp(`^(${DOTTED.join('|')})(\\d+)$`, 'u');
const ANY_CASE_MODIFIER = new RegExp(`^(${MODIFIERS.join('|')})\\.?(\\d+)$`, 'iu');
const ANY_CASE_DOTTED = new RegExp(`^(${DOTTED.join('|')})\\.?(\\d+)$`, 'iu');

/** A component: "COP", "WG.7", "CN.15", "WG.II", "OzL.Pro.35", "2023", "L.5", "Add.1", "17(PartI)", "COP(15)". */
const COMPONENT = /^(?:[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*|\d+)(?:\([A-Za-z0-9.]+\))?$/u;
const ROOT = /^[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*$/u;

/** True when `text` is one well-formed symbol (not joint): "CTOC/COP/WG.7/2023/1", "S/RES/1440 (2002)", "A/78/1*". */
export function isWellFormedSymbol(text: string): boolean {
  const core = text.replace(/\*$/u, '').replace(/ \(\d{4}\)$/u, '');
  const parts = core.split('/');
  if (parts.length < 2 || !ROOT.test(parts[0]) || !/\d/u.test(core)) return false;
  return parts.every((part, i) => (i === 0 || COMPONENT.test(part)) && componentProblems(part).length === 0);
}

function componentProblems(part: string): string[] {
  const out: string[] = [];
  if (/\d/u.test(part) && /O/u.test(part) && /^(?:[A-Z]+\.)?[\dO]+$/u.test(part) && /\d[O]|[O]\d|\.O/u.test(part)) {
    out.push(`letter O instead of zero in "${part}"`);
  }
  const missingDot = MISSING_DOT.exec(part);
  if (missingDot) out.push(`no full stop in "${part}" (expected "${missingDot[1]}.${missingDot[2]}")`);
  const lower = ANY_CASE_MODIFIER.exec(part);
  if (lower && !missingDot && /^[a-z]/u.test(part))
    out.push(`lower-case "${part}" (expected "${capitalize(lower[1])}.${lower[2]}")`);
  return out;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function fixComponent(part: string): string {
  let fixed = part;
  if (/^(?:[A-Z]+\.)?[\dO]+$/u.test(fixed) && /\d/u.test(fixed)) {
    const dot = fixed.lastIndexOf('.');
    fixed = fixed.slice(0, dot + 1) + fixed.slice(dot + 1).replace(/O/gu, '0');
  }
  const modifier = ANY_CASE_DOTTED.exec(fixed);
  if (modifier) {
    const name = DOTTED.find((d) => d.toLowerCase() === modifier[1].toLowerCase()) ?? modifier[1];
    fixed = `${name}.${modifier[2]}`;
  }
  return fixed;
}

/** A run of symbol-like components joined by slashes, loosely: spaces and doubled slashes allowed. */
const CANDIDATE =
  /[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*(?:[ \t]*\/{1,3}[ \t]*[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*(?:\([A-Za-z0-9.]+\))?)+/gu;
/** Web and e-mail addresses: their slashes are not a symbol's. */
const ADDRESS =
  /(?:https?:\/\/|ftp:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|int|com|net|edu|gov)\/\S*/giu;

function addressSpans(text: string): [number, number][] {
  return [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length]);
}

/** Every piece of `text` that is meant as a document symbol but breaks the grammar, in order. */
export function findMalformedSymbols(text: string): MalformedSymbol[] {
  const out: MalformedSymbol[] = [];
  // Most paragraphs have no slash at all; the address scan is only worth it when a candidate turns up.
  if (!text.includes('/')) return out;
  let addresses: [number, number][] | null = null;
  for (const m of text.matchAll(CANDIDATE)) {
    const start = m.index;
    const end = start + m[0].length;
    // A joint symbol's next part follows a dash, so a dash before is fine; a letter, digit or slash is not.
    if (/[\p{L}\p{N}./_@:]/u.test(text.charAt(start - 1))) continue;
    if (/[\p{L}\p{N}_]/u.test(text.charAt(end))) continue;
    addresses ??= addressSpans(text);
    if (addresses.some(([a, b]) => start < b && a < end)) continue;
    const found = judge(m[0]);
    if (found) out.push({ start, end, text: m[0], ...found });
  }
  return out;
}

function judge(candidate: string): { problems: string[]; suggestion: string } | null {
  const separators = candidate.match(/[ \t]*\/{1,3}[ \t]*/gu) ?? [];
  const parts = candidate.split(/[ \t]*\/{1,3}[ \t]*/u);
  if (parts.length < 3 || !/\d/u.test(candidate)) return null;
  // Every part must look like a component (modulo the slips we correct), or this is not a symbol at all.
  if (!parts.every((p) => COMPONENT.test(fixComponent(p)))) return null;
  const problems: string[] = [];
  if (separators.some((s) => /\/\//u.test(s))) problems.push('doubled slash');
  if (separators.some((s) => /[ \t]/u.test(s))) problems.push('space inside');
  for (const part of parts) problems.push(...componentProblems(part));
  if (problems.length === 0) return null;
  return { problems, suggestion: parts.map(fixComponent).join('/') };
}
