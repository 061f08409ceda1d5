/**
 * How one paragraph reads as an agenda line or an annotation heading: the typed label ("1.\t", "Item 1:",
 * "\t(a)\t", "a) "), or Word's list string for auto-numbered paragraphs, then the title and its terminator.
 */
import type { Numbering, Span } from '../model';
import type { SnapshotParagraph } from '../snapshot';
import { OBJECT_MARK } from '../text/objectMarks';
import { latinSubItemLetter } from '../text/subItemLetters';

export interface LabelledLine {
  /** 'detail': a line of a sub-item's own list, "(ii)", "(iv)" (an ambiguous "(i)" reads as a sub-item: the list decides). */
  kind: 'item' | 'subItem' | 'detail';
  /** Item number ("1") or sub-item letter ("a"). */
  label: string;
  /** The label was introduced by "Item" / "Agenda item". */
  keyword: boolean;
  numbering: Numbering;
  labelSpan: Span | null;
  title: string;
  titleSpan: Span;
  /** ";", ":", "." or "" (or the Arabic "؛", Chinese "；", "：", "。"). */
  terminator: string;
}

const TYPED_ITEM = /^(\s*)((?:(?:agenda\s+)?item\s+)?(\d{1,3})\s?[.):]?)(?:[\t ]+(?=\S)|\s*$)/iu;
const KEYWORD = /^\s*(?:agenda\s+)?item\s/iu;
/** "(ii)", "iv)": two or more roman letters can only be a sub-sub-item (a single "(i)" may be the ninth sub-item). */
const TYPED_ROMAN = /^(\s*)(\(((?=[ivx]{2})[ivx]{2,5})\)|((?=[ivx]{2})[ivx]{2,5})\))(?:[\t ]+(?=\S)|\s*$)/u;
const TYPED_SUB_ITEM = /^(\s*)(\(([a-z])\)|([a-z])[.)])(?:[\t ]+(?=\S)|\s*$)/u;
/** Arabic "(أ)", "(ب)" …: letters in abjad order, read as a, b, c …; Chinese may use full-width "（a）". */
const TYPED_ARABIC_SUB_ITEM = /^(\s*)(\(([أبجدهوزحطيكلمنسعفصقرشتثخذضظغ])\))(?:[\t ]+(?=\S)|\s*$)/u;
const TYPED_WIDE_SUB_ITEM = /^(\s*)(（([a-z])）)(?:[\t ]*(?=\S)|\s*$)/u;

/** Reads a paragraph as an item or sub-item line; null when it has neither a typed label nor a list number. */
export function readLabelledLine(para: SnapshotParagraph): LabelledLine | null {
  if (para.list) {
    const auto = readListString(para.list.listString, para.list.level);
    if (auto) return { ...auto, keyword: false, numbering: 'auto', labelSpan: null, ...titleOf(para.text, 0) };
  }
  const item = TYPED_ITEM.exec(para.text);
  if (item) {
    const labelStart = item[1].length;
    return {
      kind: 'item',
      label: item[3],
      keyword: KEYWORD.test(para.text),
      numbering: 'typed',
      labelSpan: { start: labelStart, end: labelStart + item[2].length },
      ...titleOf(para.text, item[0].length),
    };
  }
  const roman = TYPED_ROMAN.exec(para.text);
  if (roman) {
    const labelStart = roman[1].length;
    return {
      kind: 'detail',
      label: roman[3] ?? roman[4],
      keyword: false,
      numbering: 'typed',
      labelSpan: { start: labelStart, end: labelStart + roman[2].length },
      ...titleOf(para.text, roman[0].length),
    };
  }
  const sub =
    TYPED_SUB_ITEM.exec(para.text) ?? TYPED_ARABIC_SUB_ITEM.exec(para.text) ?? TYPED_WIDE_SUB_ITEM.exec(para.text);
  if (sub) {
    const labelStart = sub[1].length;
    return {
      kind: 'subItem',
      label: latinSubItemLetter(sub[3] ?? sub[4]),
      keyword: false,
      numbering: 'typed',
      labelSpan: { start: labelStart, end: labelStart + sub[2].length },
      ...titleOf(para.text, sub[0].length),
    };
  }
  return null;
}

/** "1." / "1)" / "1" → item; "(a)" / "a)" / "a." → sub-item (level decides when the string is ambiguous). */
function readListString(listString: string, level: number): { kind: LabelledLine['kind']; label: string } | null {
  const s = listString.trim();
  const num = /^(?:(?:agenda\s+)?item\s+)?(\d{1,3})[.):]?$/iu.exec(s);
  if (num) return { kind: 'item', label: num[1] };
  const roman = /^\(?([ivx]{2,5})[.)]$/u.exec(s);
  if (roman) return { kind: 'detail', label: roman[1] };
  // Lower-case letters are sub-items at any level (some lists restart at level 0); an upper-case "I." or "A."
  // at level 0 is a chapter number.
  const letter = /^\(?([a-z])[.)]$/u.exec(s) ?? (level > 0 ? /^\(?([A-Z])[.)]$/u.exec(s) : null);
  if (letter) return { kind: 'subItem', label: letter[1].toLowerCase() };
  return null;
}

/** The title from `from` on, without surrounding spaces and without the list's trailing ";", ":" or ".". */
export function titleOf(text: string, from: number): { title: string; titleSpan: Span; terminator: string } {
  let start = from;
  while (start < text.length && /\s/u.test(text[start])) start++;
  let end = text.length;
  // A footnote mark after the terminator ("…Development;" + mark, which Word reads as U+0002) is not the title's.
  while (end > start && (/\s/u.test(text[end - 1]) || OBJECT_MARK.test(text[end - 1]))) end--;
  let terminator = '';
  // Arabic "؛" and Chinese full-width "；", "：", "。" too.
  if (end > start && /[;:.؛；：。]/u.test(text[end - 1]) && !/\.\.\.$|etc\.$/u.test(text.slice(start, end))) {
    terminator = text[end - 1];
    end--;
    while (end > start && /\s/u.test(text[end - 1])) end--;
  }
  return { title: text.slice(start, end), titleSpan: { start, end }, terminator };
}

/** Longer than any agenda title: a numbered paragraph of running text ("1. The secretariat has prepared …"). */
const MAX_TITLE = 300;
/** A full stop inside the title followed by a new sentence: "… this note. It contains …", "…会议。会议…". */
const SECOND_SENTENCE = /\p{Ll}{2,}[.!?]\s+\p{Lu}\p{Ll}|[。！？]\s*\S/u;

/** A labelled line that is a paragraph of running text, not a list item: longer than a heading, or two sentences. */
export function isParagraphLine(line: LabelledLine): boolean {
  return line.title.length > MAX_TITLE || SECOND_SENTENCE.test(line.title);
}
