/**
 * Edit plans: what an operation or a fix wants done to the document, as plain values (like ProseMirror
 * steps). Every address refers to the snapshot the plan was made from: paragraph indices and table rows
 * are those of the original document, never shifted by earlier edits of the same plan. The gateway
 * resolves all of them before it changes anything, and refuses the plan when any paragraph or cell it
 * names no longer has the text the plan expects.
 */

/** A piece of text with the one character format the agenda needs ("(continued)" in italics). */
export interface TextRun {
  text: string;
  italic?: boolean;
}

export interface ParagraphStyle {
  /** Style name as Word shows it. */
  name: string;
  /** Word.BuiltInStyleName value, or "Other" for a custom style (then `name` is used). */
  builtIn: string;
}

export interface NewParagraph {
  text: string;
  /** Omitted: the new paragraph keeps the formatting it inherits from its anchor (list membership too). */
  style?: ParagraphStyle;
  /**
   * For a paragraph that inherits its anchor's Word list: the list level it takes (0-based), or null to leave the
   * list (a body paragraph inserted next to an auto-numbered heading). Set only when the anchor is a list item.
   */
  listLevel?: number | null;
  /**
   * The paragraph starts a new page (the annex of a UN agenda): a page break ends the paragraph before it
   * (`Paragraph.insertBreak('Page', 'After')` there, WordApi 1.1), the anchor for the first paragraph inserted
   * after it.
   */
  pageBreakBefore?: boolean;
  /**
   * A snapshot paragraph whose paragraph format (left and first-line indent, alignment) the new paragraph takes: a new
   * annotation paragraph copies the section's body paragraph, a new list line the line it is modelled on. The
   * gateway reads that format in its verifying sync and sets it after the style (no sync of its own).
   */
  formatOf?: number;
}

export type Edit =
  /**
   * Replace characters [start, end) of a paragraph's text, keeping the run formatting there. `runs`, when given,
   * spell `text` in pieces whose italics are set (italic undefined: as found at the place).
   */
  | {
      kind: 'replaceText';
      paragraph: number;
      start: number;
      end: number;
      expected: string;
      text: string;
      runs?: TextRun[];
    }
  /** Insert paragraphs before or after an existing paragraph, in the order given. */
  | { kind: 'insertParagraphs'; anchor: number; position: 'Before' | 'After'; paragraphs: NewParagraph[] }
  /** Delete paragraphs first..last (inclusive). */
  | { kind: 'deleteParagraphs'; first: number; last: number }
  /** Replace the text of one table cell. */
  | { kind: 'setCell'; table: number; row: number; cell: number; expected: string; runs: TextRun[] }
  /** Insert rows before or after an existing row; each row is its cells, each cell its runs. */
  | { kind: 'insertRows'; table: number; row: number; position: 'Before' | 'After'; rows: TextRun[][][] }
  /** Delete rows first..last (inclusive). */
  | { kind: 'deleteRows'; table: number; first: number; last: number }
  /** Delete a whole top-level table (e.g. a removed item's documentation table). */
  | { kind: 'deleteTable'; table: number }
  /** Append text at the end of a footnote (1-based, document order) whose text is `expected`. */
  | { kind: 'appendFootnoteText'; footnote: number; expected: string; text: string }
  /**
   * Insert a new table after a paragraph; the first `headerRows` rows repeat as header. `rules`: UN style, no grid
   * (a rule above and below the table and under the header rows) instead of Word's grid; `'masthead'`: no rule but
   * one under every row, the last one heavier (the UN masthead). A "\n" in a cell's text starts another paragraph of
   * the cell ("Distr.: General\n11 July 2023").
   */
  | { kind: 'insertTable'; anchor: number; rows: string[][]; headerRows: number; rules?: boolean | 'masthead' }
  /**
   * Move body paragraphs, each range first..last as it stands after this plan's text replacements, with all it holds
   * (run and paragraph formatting, fields, hyperlinks, bookmarks, footnotes), before or after the anchor, in the
   * order given. Lands where an insertParagraphs edit at the same place in the plan would.
   */
  | { kind: 'moveParagraphs'; anchor: number; position: 'Before' | 'After'; ranges: { first: number; last: number }[] };

/** A paragraph whose text must still be exactly this for the plan to apply. */
export interface Expectation {
  paragraph: number;
  text: string;
}

/** A table whose cell texts must still be exactly these for the plan to apply. */
export interface TableExpectation {
  table: number;
  values: string[][];
}

export interface PlanSummary {
  paragraphsChanged: number;
  paragraphsInserted: number;
  paragraphsDeleted: number;
  /** Paragraphs moved whole by moveParagraphs (absent: none). */
  paragraphsMoved?: number;
  rowsChanged: number;
  referencesUpdated: number;
}

export interface EditPlan {
  /** One line for the user: "Insert item 3 “…” and renumber items 3–6 to 4–7". */
  description: string;
  edits: Edit[];
  /** Paragraphs the plan relies on (at least every paragraph it edits or anchors on). */
  expectations: Expectation[];
  /** Tables the plan edits, as they stood in the snapshot. */
  tableExpectations: TableExpectation[];
  /** Things the user must know: e.g. a reference to a removed item that was left as it stands. */
  warnings: string[];
  summary: PlanSummary;
}

export function emptySummary(): PlanSummary {
  return { paragraphsChanged: 0, paragraphsInserted: 0, paragraphsDeleted: 0, rowsChanged: 0, referencesUpdated: 0 };
}
