/**
 * Word's search without wildcards, on a paragraph's text: "^t" tab, "^^" caret, "^l" manual line break,
 * "^s" non-breaking space, "^~" non-breaking hyphen, "^?" any character, "^#" any digit, "^$" any letter,
 * "^w" white space. "^p" (paragraph mark) never matches, because matches never span paragraphs.
 * Case-insensitive unless matchCase; matchWholeWord requires no letter or digit on either side.
 */
import { RichApiError } from '../errors';

export interface SearchOptions {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchWildcards?: boolean;
}

const MAX_LENGTH = 255;

function escapeRegex(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

function invalid(text: string): RichApiError {
  return new RichApiError(
    'SearchStringInvalidOrTooLong',
    `The search string is invalid or longer than ${MAX_LENGTH} characters: "${text.slice(0, 40)}".`,
  );
}

/** A regular expression for the search, or null when it can never match (a paragraph mark). */
export function compileSearch(text: string, options: SearchOptions = {}): RegExp | null {
  if (options.matchWildcards) {
    throw new RichApiError('NotImplemented', 'The Word simulator does not support wildcard search (matchWildcards).');
  }
  if (text.length === 0 || text.length > MAX_LENGTH) throw invalid(text);
  let source = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '^') {
      source += escapeRegex(ch);
      continue;
    }
    const code = text[i + 1];
    i++;
    switch (code) {
      case 't':
        source += '\\t';
        break;
      case '^':
        source += '\\^';
        break;
      case 'l':
        source += '\\v';
        break;
      case 's':
        source += '\\u00a0';
        break;
      case '~':
        source += '-';
        break;
      case '?':
        source += '.';
        break;
      case '#':
        source += '\\p{Nd}';
        break;
      case '$':
        source += '\\p{L}';
        break;
      case 'w':
        source += '[ \\t\\u00a0]+';
        break;
      case 'p':
        return null;
      default:
        throw invalid(text);
    }
  }
  if (options.matchWholeWord) source = `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`;
  return new RegExp(source, `gu${options.matchCase ? '' : 'i'}`);
}

/** Non-overlapping matches, left to right, lying wholly within [from, to) of the text. */
export function findAll(pattern: RegExp, text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  pattern.lastIndex = from;
  for (;;) {
    const m = pattern.exec(text);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    if (end > to) break;
    if (end === start) {
      pattern.lastIndex = start + 1;
      continue;
    }
    out.push([start, end]);
  }
  return out;
}
