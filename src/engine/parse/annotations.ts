/**
 * Annotations: for each item a heading ("1.\tTitle", "Item 1.\tTitle", "Item 1: Title", "Agenda item 1"), sub-item
 * headings ("(a)\tTitle"), running text, and Documentation entries. A numbered line is taken as a heading when it
 * says "Item", is styled as a heading, repeats the agenda's title, or is a short line without a full stop;
 * numbered paragraphs of running text ("1.\tThe Working Group will …") are not headings. A document writes its
 * headings in one form (style and typed or Word numbering): a short numbered line that is only a heading by its
 * length must share the form of the document's certain headings, so that a numbered paragraph of running text
 * that happens to end with a colon ("4.\tThe Conference is invited to consider the following:") is not one.
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
  const forms = headingForms(paragraphs.slice(from, to + 1), items);

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
    if (current && line && isOwnSection(para, line, items, current)) {
      current.lastParagraph = i;
      current.sections = [...(current.sections ?? []), heading(para, line)];
      // "2. Documents": the section lists the documents.
      inDocumentation = isDocumentationHeading(para);
      continue;
    }
    if (line?.kind === 'item' && isItemHeading(para, line, items, forms.items)) {
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
    if (line?.kind === 'subItem' && isSubItemHeading(para, line, items, current.item, forms.subItems)) {
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

/**
 * A sub-heading of the annotation's own ("(a) Documents for decision", "1. Background"): lettered under an item the
 * list gives no sub-items, or numbered lower than its own item, in another form than its heading, with a title no
 * item has. Sub-items the list names stay sub-item headings.
 */
function isOwnSection(para: SnapshotParagraph, line: LabelledLine, items: AgendaItem[], current: Annotation): boolean {
  if (!looksLikeHeading(para, line)) return false;
  const item = items.find((it) => it.number === current.item);
  if (line.kind === 'subItem')
    return (
      item !== undefined &&
      item.subItems.length === 0 &&
      (current.sections !== undefined || current.subHeadings.length === 0)
    );
  if (line.kind !== 'item' || !/^\d+$/u.test(current.item) || Number(line.label) > Number(current.item)) return false;
  const own = headingFormOf(current);
  return own !== null && formOf(para, line) !== own && !items.some((it) => titleKey(it.title) === titleKey(line.title));
}

/** The form of the annotation's own heading, as its paragraph style and numbering. */
function headingFormOf(current: Annotation): string | null {
  return `${current.heading.style}\u0000${current.heading.labelSpan ? 'typed' : 'auto'}`;
}

function heading(para: SnapshotParagraph, line: LabelledLine): AnnotationHeading {
  return {
    label: line.label,
    title: line.title,
    paragraph: para.index,
    labelSpan: line.labelSpan,
    titleSpan: line.titleSpan,
    style: para.style,
  };
}

/** The form of a heading line: paragraph style and numbering ("typed" or Word's "auto"). */
function formOf(para: SnapshotParagraph, line: LabelledLine): string {
  return `${para.style}\u0000${line.numbering}`;
}

interface HeadingForms {
  items: Set<string>;
  subItems: Set<string>;
}

/** Forms of the headings that are headings for certain (keyword, heading style, or the agenda's own title). */
function headingForms(paragraphs: SnapshotParagraph[], items: AgendaItem[]): HeadingForms {
  const forms: HeadingForms = { items: new Set(), subItems: new Set() };
  let itemNumber: string | null = null;
  for (const para of paragraphs) {
    if (inTable(para) || isEmpty(para)) continue;
    const line = readLabelledLine(para);
    if (!line) continue;
    if (line.kind === 'item') {
      if (!isCertainItemHeading(para, line, items)) continue;
      itemNumber = line.label;
      forms.items.add(formOf(para, line));
    } else if (
      line.kind === 'subItem' &&
      itemNumber !== null &&
      isCertainSubItemHeading(para, line, items, itemNumber)
    ) {
      forms.subItems.add(formOf(para, line));
    }
  }
  return forms;
}

/** A heading by its length and ending alone counts when no certain heading sets the form, or it shares theirs. */
function sharesForm(para: SnapshotParagraph, line: LabelledLine, forms: Set<string>): boolean {
  return forms.size === 0 || forms.has(formOf(para, line));
}

function looksLikeHeading(para: SnapshotParagraph, line: LabelledLine): boolean {
  if (isHeadingStyle(para)) return true;
  return para.text.length <= SHORT_HEADING && !/^[.;؛；。]$/u.test(line.terminator);
}

function isCertainItemHeading(para: SnapshotParagraph, line: LabelledLine, items: AgendaItem[]): boolean {
  if (line.keyword && line.labelSpan) {
    // "Item 1.\tTitle", "Item 1: Title", "Agenda item 1" — but not "Item 5 will be taken up on Monday."
    const after = para.text.slice(line.labelSpan.end);
    if (/[.:]$/u.test(para.text.slice(line.labelSpan.start, line.labelSpan.end)) || /^\t|^\s*$/u.test(after))
      return true;
  }
  if (isHeadingStyle(para)) return true;
  const item = items.find((it) => it.number === line.label);
  return item !== undefined && titleKey(item.title) === titleKey(line.title);
}

function isItemHeading(para: SnapshotParagraph, line: LabelledLine, items: AgendaItem[], forms: Set<string>): boolean {
  if (isCertainItemHeading(para, line, items)) return true;
  return looksLikeHeading(para, line) && sharesForm(para, line, forms);
}

function isCertainSubItemHeading(
  para: SnapshotParagraph,
  line: LabelledLine,
  items: AgendaItem[],
  itemNumber: string,
): boolean {
  if (isHeadingStyle(para)) return true;
  const sub = items.find((it) => it.number === itemNumber)?.subItems.find((s) => s.letter === line.label);
  return sub !== undefined && titleKey(sub.title) === titleKey(line.title);
}

function isSubItemHeading(
  para: SnapshotParagraph,
  line: LabelledLine,
  items: AgendaItem[],
  itemNumber: string,
  forms: Set<string>,
): boolean {
  if (isCertainSubItemHeading(para, line, items, itemNumber)) return true;
  return looksLikeHeading(para, line) && sharesForm(para, line, forms);
}
