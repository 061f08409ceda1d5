/**
 * Shared helpers of the parser: where a paragraph's text stands (body or table cell), whether a paragraph is
 * styled as a heading, and how a heading's text compares with the section names we look for.
 */
import type { Location, Problem } from '../model';
import type { Snapshot, SnapshotParagraph } from '../snapshot';

export interface ParseContext {
  snapshot: Snapshot;
  problems: Problem[];
  /** Paragraphs of each table cell, keyed "table:row:cell" (the gateway reports cell paragraphs in order). */
  cells: Map<string, SnapshotParagraph[]>;
}

export function createContext(snapshot: Snapshot): ParseContext {
  const cells = new Map<string, SnapshotParagraph[]>();
  for (const para of snapshot.paragraphs) {
    if (!para.cell) continue;
    const key = cellKey(para.cell.table, para.cell.row, para.cell.cell);
    const list = cells.get(key);
    if (list) list.push(para);
    else cells.set(key, [para]);
  }
  return { snapshot, problems: [], cells };
}

export function cellKey(table: number, row: number, cell: number): string {
  return `${table}:${row}:${cell}`;
}

/** A location for a range of a paragraph's text: a cell location when the paragraph is in a table. */
export function locate(ctx: ParseContext, paragraph: number, start: number, end: number): Location {
  const para = ctx.snapshot.paragraphs[paragraph];
  if (para?.cell) return { kind: 'cell', ...para.cell, paragraph, start, end };
  return { kind: 'paragraph', paragraph, start, end };
}

/** Built-in headings and the UN templates' heading styles ("_ H_1_G", "_ H _Ch_G", "H23", "HCh"). */
export function isHeadingStyle(para: SnapshotParagraph): boolean {
  if (/^Heading\d$/u.test(para.styleBuiltIn) || para.styleBuiltIn === 'Title') return true;
  return /heading|titre|t[ií]tulo|^title$/iu.test(para.style) || /(?:^|[\s_])H\s*_?\s*(?:\d|Ch)/u.test(para.style);
}

export function isEmpty(para: SnapshotParagraph): boolean {
  return para.text.trim() === '';
}

export function inTable(para: SnapshotParagraph): boolean {
  return para.tableNestingLevel > 0 || para.cell !== null;
}

/**
 * A heading's text reduced for comparison: lower case, chapter number ("I.", "II.", "A.", "2.") or list string
 * dropped, spaces collapsed, trailing punctuation dropped.
 */
export function headingKey(para: SnapshotParagraph): string {
  return (
    para.text
      .replace(/^\s*(?:[IVXLC]+|[A-Z]|\d{1,2})\s*[.)]\s*/u, '')
      // Chinese chapter numbers: "一、临时议程", "二. 说明".
      .replace(/^\s*[一二三四五六七八九十]+\s*[、.．]\s*/u, '')
      .replace(/\s+/gu, ' ')
      .replace(/[\s.:;]+$/u, '')
      .trim()
      .toLowerCase()
  );
}

/** Title text compared loosely: case, spaces, quotes, dashes and trailing punctuation ignored. */
export function titleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/[(（](?:continued|suite|continuación|продолжение|تابع|续)[)）]/giu, '')
    .replace(/[“”"‘’']/gu, "'")
    .replace(/[–—−-]/gu, '-')
    .replace(/\s+/gu, ' ')
    .replace(/[\s.:;,]+$/u, '')
    .trim();
}
