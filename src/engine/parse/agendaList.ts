/**
 * The provisional agenda: items and sub-items, typed ("1.\tTitle:", "\t(a)\tTitle;") or Word auto-numbered.
 * The list starts after the "Provisional agenda" heading (or at the first line numbered 1) and ends at the
 * next heading, at a number 1 again (annotations without a heading), or at running text (a numbered line longer
 * than a heading, or of two sentences, is running text). Without the heading, a list is only an agenda when the
 * annotations after it repeat its titles: a note's numbered paragraphs are not one. A sub-item's own list
 * ("\t\t(i)\t…", "(ii)") belongs to that sub-item.
 */
import type { AgendaItem, SubItem } from '../model';
import type { SnapshotParagraph } from '../snapshot';
import { inTable, isEmpty, isHeadingStyle, titleKey, type ParseContext } from './context';
import { isParagraphLine, readLabelledLine, type LabelledLine } from './labels';

export interface AgendaList {
  items: AgendaItem[];
  /** First and last paragraph of the list (inclusive), or null when there is no list. */
  first: number | null;
  last: number | null;
}

/** Paragraphs of running text tolerated between the heading and the first item (a note, an asterisk line). */
const MAX_LEAD_IN = 3;

export function parseAgendaList(ctx: ParseContext, heading: number | null, stopAt: number | null): AgendaList {
  const paragraphs = ctx.snapshot.paragraphs;
  const start = heading !== null ? heading + 1 : firstItemLine(ctx, stopAt);
  const items: AgendaItem[] = [];
  let first: number | null = null;
  let last: number | null = null;
  if (start === null) return { items, first, last };
  let leadIn = 0;
  for (let i = start; i < paragraphs.length && (stopAt === null || i < stopAt); i++) {
    const para = paragraphs[i];
    if (isEmpty(para) || inTable(para)) continue;
    const read = readLabelledLine(para);
    // A numbered line longer than a heading is a paragraph of running text: it ends the list, it is no item.
    const line = read && read.kind !== 'detail' && isParagraphLine(read) ? null : read;
    if (!line || (isHeadingStyle(para) && !para.list && items.length > 0)) {
      if (items.length > 0 || isHeadingStyle(para) || ++leadIn > MAX_LEAD_IN) break;
      continue;
    }
    const parentSub = items[items.length - 1]?.subItems.at(-1);
    if (parentSub && (line.kind === 'detail' || isDetailOf(ctx, para, line, parentSub))) {
      parentSub.details = [...(parentSub.details ?? []), para.index];
    } else if (line.kind === 'detail') {
      break;
    } else if (line.kind === 'item') {
      if (items.length > 0 && line.label === '1') break;
      items.push({ number: line.label, ...listEntry(line, para.index), subItems: [] });
    } else {
      const parent = items[items.length - 1];
      if (!parent) {
        ctx.problems.push({
          code: 'agenda/orphan-sub-item',
          message: `Sub-item (${line.label}) comes before any numbered item of the provisional agenda.`,
          location: { kind: 'paragraph', paragraph: para.index, start: 0, end: para.text.length },
        });
        continue;
      }
      parent.subItems.push({ letter: line.label, ...listEntry(line, para.index) });
    }
    first ??= para.index;
    last = para.index;
  }
  // Without a "Provisional agenda" heading, numbers alone prove nothing (a note's numbered paragraphs): the list
  // is an agenda when the annotations after it repeat its titles.
  if (heading === null && last !== null && !repeatedAfter(ctx, items, last))
    return { items: [], first: null, last: null };
  return { items, first, last };
}

/** At least half the items (one at least) come back after the list as numbered lines with the same title. */
function repeatedAfter(ctx: ParseContext, items: AgendaItem[], last: number): boolean {
  const titles = new Set(items.map((item) => titleKey(item.title)));
  const repeated = new Set<string>();
  for (const para of ctx.snapshot.paragraphs.slice(last + 1)) {
    if (inTable(para) || isEmpty(para)) continue;
    const line = readLabelledLine(para);
    const key = line?.kind === 'item' ? titleKey(line.title) : null;
    if (key !== null && titles.has(key)) repeated.add(key);
  }
  return repeated.size >= Math.max(1, Math.ceil(items.length / 2));
}

/**
 * A lone "(i)" (or "(v)", "(x)") under a sub-item: the ninth sub-item only when it continues the lettering at the
 * sub-item's own depth; deeper (more leading space, or a deeper Word list level) or after any other letter, the
 * first line of the sub-item's own list.
 */
function isDetailOf(ctx: ParseContext, para: SnapshotParagraph, line: LabelledLine, sub: SubItem): boolean {
  if (line.kind !== 'subItem' || !/^[ivx]$/u.test(line.label)) return false;
  const subPara = ctx.snapshot.paragraphs[sub.paragraph];
  if (para.list && subPara.list) return para.list.level > subPara.list.level;
  const indent = (text: string): number => /^\s*/u.exec(text)?.[0].length ?? 0;
  if (indent(para.text) > indent(subPara.text)) return true;
  return sub.letter.charCodeAt(0) + 1 !== line.label.charCodeAt(0);
}

/** Without a heading: the first body paragraph that reads as item 1 (typed or auto-numbered). */
function firstItemLine(ctx: ParseContext, stopAt: number | null): number | null {
  for (const para of ctx.snapshot.paragraphs) {
    if (stopAt !== null && para.index >= stopAt) break;
    if (inTable(para) || isHeadingStyle(para)) continue;
    const line = readLabelledLine(para);
    if (line?.kind === 'item' && line.label === '1' && line.title !== '' && !isParagraphLine(line)) return para.index;
  }
  return null;
}

/** What an item and a sub-item line both record. */
function listEntry(
  line: LabelledLine,
  paragraph: number,
): Pick<SubItem, 'title' | 'terminator' | 'numbering' | 'paragraph' | 'labelSpan' | 'titleSpan'> {
  return {
    title: line.title,
    terminator: line.terminator,
    numbering: line.numbering,
    paragraph,
    labelSpan: line.labelSpan,
    titleSpan: line.titleSpan,
  };
}
