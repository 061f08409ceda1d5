/**
 * Annotations: for each item a heading ("1.\tTitle", "Item 1.\tTitle", "Item 1: Title", "Agenda item 1"), sub-item
 * headings ("(a)\tTitle"), running text, and Documentation entries. A numbered line is taken as a heading when it
 * says "Item", is styled as a heading, repeats the agenda's title, or is a short line without a full stop;
 * numbered paragraphs of running text ("1.\tThe Working Group will …") are not headings.
 */
import type { AgendaItem, Annotation, AnnotationHeading } from '../model';
import type { SnapshotParagraph } from '../snapshot';
import { inTable, isEmpty, isHeadingStyle, titleKey, type ParseContext } from './context';
import { entriesFromTable, entryFromParagraph, isDocumentationHeading } from './documentation';
import { readLabelledLine, type LabelledLine } from './labels';

const SHORT_HEADING = 200;

export function parseAnnotations(ctx: ParseContext, items: AgendaItem[], from: number, to: number): Annotation[] {
  const paragraphs = ctx.snapshot.paragraphs;
  const annotations: Annotation[] = [];
  let current: Annotation | null = null;
  let inDocumentation = false;
  const tablesSeen = new Set<number>();

  for (let i = from; i <= to && i < paragraphs.length; i++) {
    const para = paragraphs[i];
    if (inTable(para)) {
      // A table right under "Documentation" lists the documents; other tables are left to others.
      const table = para.cell ? ctx.snapshot.tables[para.cell.table] : undefined;
      if (current && inDocumentation && table && !tablesSeen.has(table.index)) {
        tablesSeen.add(table.index);
        current.documentation.push(...entriesFromTable(ctx, table));
      }
      if (current) current.lastParagraph = i;
      continue;
    }
    if (isEmpty(para)) {
      if (current) current.lastParagraph = i;
      continue;
    }
    const line = readLabelledLine(para);
    if (line?.kind === 'item' && isItemHeading(para, line, items)) {
      current = {
        item: line.label,
        heading: heading(para, line),
        subHeadings: [],
        paragraphs: [],
        firstParagraph: i,
        lastParagraph: i,
        documentation: [],
      };
      annotations.push(current);
      inDocumentation = false;
      continue;
    }
    if (!current) continue;
    current.lastParagraph = i;
    if (line?.kind === 'subItem' && isSubItemHeading(para, line, items, current.item)) {
      current.subHeadings.push(heading(para, line));
      inDocumentation = false;
      continue;
    }
    if (isDocumentationHeading(para)) {
      inDocumentation = true;
      continue;
    }
    if (inDocumentation && isHeadingStyle(para)) inDocumentation = false;
    if (inDocumentation) current.documentation.push(entryFromParagraph(ctx, para));
    else current.paragraphs.push(i);
  }
  return annotations;
}

function heading(para: SnapshotParagraph, line: LabelledLine): AnnotationHeading {
  return { label: line.label, title: line.title, paragraph: para.index, labelSpan: line.labelSpan, titleSpan: line.titleSpan, style: para.style };
}

function looksLikeHeading(para: SnapshotParagraph, line: LabelledLine): boolean {
  if (isHeadingStyle(para)) return true;
  return para.text.length <= SHORT_HEADING && line.terminator !== '.' && line.terminator !== ';';
}

function isItemHeading(para: SnapshotParagraph, line: LabelledLine, items: AgendaItem[]): boolean {
  if (line.keyword && line.labelSpan) {
    // "Item 1.\tTitle", "Item 1: Title", "Agenda item 1" — but not "Item 5 will be taken up on Monday."
    const after = para.text.slice(line.labelSpan.end);
    if (/[.:]$/u.test(para.text.slice(line.labelSpan.start, line.labelSpan.end)) || /^\t|^\s*$/u.test(after)) return true;
  }
  if (looksLikeHeading(para, line)) return true;
  const item = items.find((it) => it.number === line.label);
  return item !== undefined && titleKey(item.title) === titleKey(line.title);
}

function isSubItemHeading(para: SnapshotParagraph, line: LabelledLine, items: AgendaItem[], itemNumber: string): boolean {
  if (looksLikeHeading(para, line)) return true;
  const sub = items.find((it) => it.number === itemNumber)?.subItems.find((s) => s.letter === line.label);
  return sub !== undefined && titleKey(sub.title) === titleKey(line.title);
}
