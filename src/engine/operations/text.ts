/**
 * Small text helpers shared by the operations: minimal replacements (only the characters that change, so Word
 * keeps the formatting of everything around them), label rewriting and sub-item letters.
 */

import { abjadSubItemLetter } from '../text/subItemLetters';

/** A replacement in one paragraph's text, in the plan's own terms. */
export interface TextChange {
  start: number;
  end: number;
  expected: string;
  text: string;
}

/**
 * The smallest change that turns `before` (standing at `offset` in `paragraphText`) into `after`: common prefix
 * and suffix are left alone. A pure insertion is widened by one neighbouring character, because an empty range
 * cannot carry an expectation the gateway can verify (nor be found by Word's search). Null when nothing changes.
 */
export function minimalChange(paragraphText: string, offset: number, before: string, after: string): TextChange | null {
  if (before === after) return null;
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  let start = offset + prefix;
  let end = offset + before.length - suffix;
  let text = after.slice(prefix, after.length - suffix);
  if (start === end) {
    if (start > 0) {
      start--;
      text = paragraphText[start] + text;
    } else if (end < paragraphText.length) {
      text = text + paragraphText[end];
      end++;
    }
  }
  return { start, end, expected: paragraphText.slice(start, end), text };
}

/** 0 → "a", 25 → "z", 26 → "aa" (Word's lowerLetter numbering doubles the letter). */
export function letterAt(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return letter.repeat(Math.floor(index / 26) + 1);
}

/** "a" → 0, "aa" → 26; -1 for anything else. */
export function letterIndex(letter: string): number {
  const match = /^([a-z])\1*$/u.exec(letter.toLowerCase());
  if (!match) return -1;
  return (letter.length - 1) * 26 + (match[1].charCodeAt(0) - 97);
}

/**
 * Rewrites a label as written ("3.", "Item 3:", "(b)", "1 (b)", "(b)") for a new number and/or letter, keeping
 * everything else of it: the first run of digits is the number, the letter inside parentheses (or a lone letter
 * before ")" / ".") is the letter. Returns null when the label does not contain what must change.
 */
export function relabel(label: string, number: string | null, letter: string | null): string | null {
  let result = label;
  if (number !== null) {
    const digits = /\d+/u.exec(result);
    if (!digits) return null;
    result = result.slice(0, digits.index) + number + result.slice(digits.index + digits[0].length);
  }
  if (letter !== null) {
    // An Arabic label ("(ب)", "1 (ب)") keeps its script: the new letter is written in abjad order.
    const found = /[(（]([a-z]+|[أبجدهوزحطيكلمنسعفصقرشتثخذضظغ])[)）]|(?:^|[\s\d])([a-z]+)[.)]/u.exec(result);
    if (!found) return null;
    const value = found[1] ?? found[2];
    const at = found.index + found[0].indexOf(value, found[1] !== undefined ? 1 : 0);
    const written = /^[a-z]+$/u.test(value) ? letter : abjadSubItemLetter(letter);
    result = result.slice(0, at) + written + result.slice(at + value.length);
  }
  return result;
}

/** "2", "2 and 4", "2, 4 and 5". */
export function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Quote a piece of the document for a message, cut to a readable length. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
