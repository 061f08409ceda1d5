/**
 * A read-only picture of a Word document, as the gateway (`src/word/readSnapshot`) reads it through
 * the Word JavaScript API, in Word or in the simulator. Everything the engine knows about a document
 * comes from here: no Office, no DOM, plain JSON-able values.
 */

/** Where a paragraph sits when it is inside a table cell (top-level tables only). */
export interface CellAddress {
  /** Index into `Snapshot.tables` (document order). */
  table: number;
  row: number;
  cell: number;
}

export interface SnapshotParagraph {
  /** Position in `body.paragraphs` (document order, table cell paragraphs included). */
  index: number;
  /** Text as Word reports it: tabs as "\t"; footnote reference marks are not part of it. */
  text: string;
  /** Style name as Word shows it ("Heading 3", "Normal", a custom style's name). */
  style: string;
  /** Word.BuiltInStyleName value ("Heading3", "Normal", …) or "Other" for a custom style. */
  styleBuiltIn: string;
  /** For a paragraph of a Word auto-numbered list: the number Word renders ("1.", "(a)") and level (0-based). */
  list: { listString: string; level: number } | null;
  /** 0 outside tables, 1 in a top-level table, 2+ in nested tables. */
  tableNestingLevel: number;
  /** Set for paragraphs of top-level tables (tableNestingLevel 1). */
  cell: CellAddress | null;
}

export interface SnapshotTable {
  /** Index in `Snapshot.tables` (document order of top-level tables). */
  index: number;
  rowCount: number;
  /** Cell texts by row as `table.values` gives them; rows of merged cells can be shorter. */
  values: string[][];
  /** Index of the first and last body paragraph inside the table (-1 when unknown). */
  firstParagraph: number;
  lastParagraph: number;
}

export interface SnapshotFootnote {
  /** 1-based, in document order. */
  number: number;
  text: string;
  /** Body paragraph holding the reference mark, -1 when it could not be placed. */
  paragraph: number;
  /** Character offset of the mark in that paragraph's text, or null when unknown. */
  offset: number | null;
}

export interface Snapshot {
  paragraphs: SnapshotParagraph[];
  tables: SnapshotTable[];
  footnotes: SnapshotFootnote[];
  /** Texts of the first section's headers (primary, first page, even pages), empty ones left out. */
  headers: string[];
}
