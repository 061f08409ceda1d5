/**
 * The agenda model: what the parser (`parse/`) finds in a snapshot. Every element keeps its location, so
 * that checks can point at it and operations can plan edits on it. Plain JSON-able values.
 */

/** A character range in a body paragraph, or in a table cell's paragraph, or in a footnote or header. */
export type Location =
  | { kind: 'paragraph'; paragraph: number; start: number; end: number }
  | { kind: 'cell'; table: number; row: number; cell: number; paragraph: number; start: number; end: number }
  | { kind: 'footnote'; footnote: number; start: number; end: number }
  | { kind: 'header'; header: number; start: number; end: number };

export interface Span {
  start: number;
  end: number;
}

export interface Located<T> {
  value: T;
  location: Location;
}

export interface Masthead {
  /** The document's own symbol as written in the masthead. */
  symbol: Located<string> | null;
  /** Symbols found in the running headers (one per header that has one). */
  headerSymbols: Located<string>[];
  /** "General", "Limited", "Restricted". */
  distribution: Located<string> | null;
  /** Date of issue as written, and as ISO yyyy-mm-dd when it parses. */
  date: (Located<string> & { iso: string | null }) | null;
  /** Parent organ(s), e.g. "Conference of the Parties to the …". */
  parentBody: Located<string> | null;
  /** The meeting body, e.g. "Working Group on the Smuggling of Migrants". */
  body: Located<string> | null;
  /** "Vienna, 5 and 6 October 2023" with venue and ISO dates (every day of a range). */
  meeting: (Located<string> & { venue: string | null; dates: string[] }) | null;
}

/** How an item's number is written: typed by hand ("1.<tab>Title") or rendered by Word's list numbering. */
export type Numbering = 'typed' | 'auto';

export interface SubItem {
  /** Lower-case letter without parentheses: "a". */
  letter: string;
  title: string;
  /** Trailing list punctuation removed from the title: ";", ":", "." or "". */
  terminator: string;
  numbering: Numbering;
  paragraph: number;
  /** Where the typed label ("(a)") stands in the paragraph text; null for auto numbering. */
  labelSpan: Span | null;
  titleSpan: Span;
  /**
   * Paragraphs of the sub-item's own list ("\t\t(i)\tWorld Programme of Action for Youth;"), which belong to it and
   * move and go with it. Absent when it has none.
   */
  details?: number[];
}

export interface AgendaItem {
  /** As written or rendered, without its full stop: "1". */
  number: string;
  title: string;
  terminator: string;
  numbering: Numbering;
  paragraph: number;
  labelSpan: Span | null;
  titleSpan: Span;
  subItems: SubItem[];
}

export interface DocumentSymbol {
  /** As written, e.g. "CTOC/COP/WG.3/2023/3-CTOC/COP/WG.4/2023/3". */
  text: string;
  /** The parts of a joint symbol (one part for a simple symbol). */
  parts: string[];
  location: Location;
}

export interface DocumentationEntry {
  text: string;
  symbols: DocumentSymbol[];
  location: Location;
}

export interface AnnotationHeading {
  /** Item number ("3") or sub-item letter ("a"). */
  label: string;
  title: string;
  paragraph: number;
  /** The typed label, e.g. "3." or "Item 3." or "(a)"; null for auto numbering. */
  labelSpan: Span | null;
  titleSpan: Span;
  style: string;
}

export interface Annotation {
  /** The item number as in the heading: "1". */
  item: string;
  heading: AnnotationHeading;
  subHeadings: AnnotationHeading[];
  /**
   * The annotation's own lettered or numbered sub-headings ("(a) Documents for decision") under an item the list
   * gives no sub-items: its own structure, not sub-items; edits leave them as they are. Absent when it has none.
   */
  sections?: AnnotationHeading[];
  /** Body paragraphs of the section (not headings, not documentation). */
  paragraphs: number[];
  /** First and last paragraph of the whole section, heading included (inclusive). */
  firstParagraph: number;
  lastParagraph: number;
  documentation: DocumentationEntry[];
}

export interface AnnexRow {
  /** The table the row is in (index into `Snapshot.tables`; an annex can span several tables). */
  table: number;
  /** Table row index. */
  row: number;
  /** As written in the table: "1 (a)". */
  item: string;
  /** Parsed reference, null when the cell is not an item reference. */
  ref: { number: string; letter: string | null } | null;
  /** Title without "(continued)". */
  title: string;
  continued: boolean;
  itemLocation: Location;
  titleLocation: Location;
}

export interface AnnexSlot {
  /** As written: "10 a.m.–1 p.m.". */
  time: string;
  /** Table and row of the time (a slot may run on into the next table: its rows say where they are). */
  table: number;
  row: number;
  location: Location;
  rows: AnnexRow[];
}

export interface AnnexDay {
  label: string;
  /** ISO date when it can be derived (year from the masthead), else null. */
  date: string | null;
  /** The table and row of the day label; row -1 when the day is a paragraph before its table (then the next table). */
  table: number;
  row: number;
  location: Location;
  slots: AnnexSlot[];
}

export interface Annex {
  /** "Annex" heading and the title paragraph ("Proposed organization of work"), when present. */
  headingParagraph: number | null;
  titleParagraph: number | null;
  title: string | null;
  /** The first table of the annex. */
  table: number;
  /**
   * Every table of the annex in document order (one per day, or one continued after a page break or a heading);
   * `table` is the first.
   */
  tables: number[];
  /** Header rows of the first table. */
  headerRows: number;
  /** Column indices of the table; extra columns ("Introduced by") are kept but not interpreted. */
  columns: { time: number; item: number; title: number };
  days: AnnexDay[];
}

/** A reference in running text to an agenda item: "agenda item 5", "items 2–4", "item 1 (b)". */
export interface ItemReference {
  paragraph: number;
  /** The whole phrase. */
  span: Span;
  text: string;
  /** Each number or letter that names an item, with where it stands. */
  targets: { number: string; letter: string | null; span: Span }[];
}

export interface Problem {
  /** Stable code, e.g. "agenda/not-found". */
  code: string;
  message: string;
  location?: Location;
}

export interface SectionHeadings {
  /** Paragraph index of "Provisional agenda" (or the first item when there is no heading). */
  agenda: number | null;
  annotations: number | null;
  annex: number | null;
}

export interface Agenda {
  masthead: Masthead;
  sections: SectionHeadings;
  items: AgendaItem[];
  annotations: Annotation[];
  annex: Annex | null;
  footnotes: { number: number; text: string; paragraph: number; offset: number | null }[];
  references: ItemReference[];
  problems: Problem[];
}
