/**
 * The narrow slice of the Word JavaScript API that Agenda Desk uses, with Office.js's own signatures.
 *
 * The gateway (`readSnapshot`, `applyPlan`, `select`) is typed against these interfaces only, so it cannot
 * call anything that real Word lacks: `officeCompat.ts` asserts at compile time that `Word.RequestContext`
 * from @types/office-js satisfies `WordContext`. The Word simulator (`src/simulator/`) implements the same
 * interfaces over a .docx, with Office.js's load/sync rules.
 *
 * Requirement sets: every member is tagged with its set in `requirementSets.ts` (checked by a test against
 * @types/office-js and the manifest's WordApi 1.5); see docs/WORD-FIDELITY.md.
 */

/** Every proxy: its scalar properties may be read only after `load()` and `context.sync()`. */
export interface WordLoadable {
  load(propertyNames?: string | string[]): unknown;
}

export interface WordContext {
  readonly document: WordDocument;
  sync(): Promise<void>;
}

/** What runs a batch: `Word` in Office, the simulator's document elsewhere. */
export interface WordHost {
  run<T>(batch: (context: WordContext) => Promise<T>): Promise<T>;
}

export type ChangeTrackingMode = 'Off' | 'TrackAll' | 'TrackMineOnly';
export type HeaderType = 'Primary' | 'FirstPage' | 'EvenPages';

export interface WordDocument extends WordLoadable {
  readonly body: WordBody;
  readonly sections: WordSectionCollection;
  /** WordApi 1.4. */
  changeTrackingMode: ChangeTrackingMode;
  /** WordApi 1.4: the add-in's settings, saved in the document (every editor who opens it sees them). */
  readonly settings: WordSettingCollection;
}

/** WordApi 1.4. A value is anything JSON can hold; Word serialises it with the document. */
export interface WordSettingCollection extends WordLoadable {
  readonly items: WordSetting[];
  /** Creates the setting, or replaces the value of the one with this key. */
  add(key: string, value: unknown): WordSetting;
  getItemOrNullObject(key: string): WordSetting;
}

export interface WordSetting extends WordLoadable {
  readonly isNullObject: boolean;
  readonly key: string;
  value: unknown;
  delete(): void;
}

export interface WordSectionCollection extends WordLoadable {
  getFirst(): WordSection;
}

export interface WordSection extends WordLoadable {
  getHeader(type: HeaderType): WordBody;
}

export interface WordBody extends WordLoadable {
  readonly text: string;
  readonly paragraphs: WordParagraphCollection;
  readonly tables: WordTableCollection;
  /** WordApi 1.5. */
  readonly footnotes: WordNoteItemCollection;
  getRange(rangeLocation?: 'Whole' | 'Start' | 'End' | 'After' | 'Content'): WordRange;
  /** WordApi 1.4: the text with every tracked change accepted ('Current') or rejected ('Original'). */
  getReviewedText(changeTrackingVersion?: 'Original' | 'Current'): WordClientResult<string>;
  insertParagraph(paragraphText: string, insertLocation: 'Start' | 'End'): WordParagraph;
  insertText(text: string, insertLocation: 'Replace' | 'Start' | 'End'): WordRange;
  search(searchText: string, searchOptions?: WordSearchOptions): WordRangeCollection;
}

export interface WordSearchOptions {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchWildcards?: boolean;
}

export interface WordParagraphCollection extends WordLoadable {
  readonly items: WordParagraph[];
  getFirst(): WordParagraph;
}

/** Word.Alignment: 'Mixed' and 'Unknown' are read, never set. */
export type WordAlignment = 'Mixed' | 'Unknown' | 'Left' | 'Centered' | 'Right' | 'Justified';

export interface WordParagraph extends WordLoadable {
  readonly text: string;
  style: string;
  styleBuiltIn: string;
  /** WordApi 1.1: the left indent in points (as in force: direct, list level, style, defaults). */
  leftIndent: number;
  /** WordApi 1.1: the first-line indent in points; negative for a hanging indent. */
  firstLineIndent: number;
  /** WordApi 1.1: Word.Alignment. */
  alignment: WordAlignment;
  readonly isListItem: boolean;
  readonly tableNestingLevel: number;
  readonly listItemOrNullObject: WordListItem;
  readonly parentTableCellOrNullObject: WordTableCell;
  getRange(rangeLocation?: 'Whole' | 'Start' | 'End' | 'After' | 'Content'): WordRange;
  /** WordApi 1.4: the text with every tracked change accepted ('Current') or rejected ('Original'). */
  getReviewedText(changeTrackingVersion?: 'Original' | 'Current'): WordClientResult<string>;
  insertParagraph(paragraphText: string, insertLocation: 'Before' | 'After'): WordParagraph;
  insertTable(
    rowCount: number,
    columnCount: number,
    insertLocation: 'Before' | 'After',
    values?: string[][],
  ): WordTable;
  search(searchText: string, searchOptions?: WordSearchOptions): WordRangeCollection;
  /** WordApi 1.1: a page or line break at the paragraph's end ('After') or start ('Before'); see applyPlan. */
  insertBreak(breakType: 'Page' | 'Line', insertLocation: 'Before' | 'After'): void;
  delete(): void;
  /** WordApi 1.3: the paragraph stops being a list item ("if the paragraph is a list item": else nothing). */
  detachFromList(): void;
  // Checked fallbacks for inserted paragraphs (docs/WORD-FIDELITY.md, "What stays an assumption").
  /** WordApi 1.3: the list the paragraph belongs to (a null object when it is none). */
  readonly listOrNullObject: WordList;
  /** WordApi 1.3: joins an existing list at a level; fails if the paragraph is already a list item. */
  attachToList(listId: number, level: number): WordList;
  select(selectionMode?: 'Select' | 'Start' | 'End'): void;
}

export interface WordListItem extends WordLoadable {
  readonly isNullObject: boolean;
  /** Settable: moves the paragraph to another level of its list (WordApi 1.3). */
  level: number;
  readonly listString: string;
}

/** WordApi 1.3. */
export interface WordList extends WordLoadable {
  readonly isNullObject: boolean;
  readonly id: number;
}

export interface WordFont {
  italic: boolean;
}

export interface WordRange extends WordLoadable {
  readonly text: string;
  readonly font: WordFont;
  readonly paragraphs: WordParagraphCollection;
  getRange(rangeLocation?: 'Whole' | 'Start' | 'End' | 'After' | 'Content'): WordRange;
  expandTo(range: WordRange): WordRange;
  /** WordApi 1.4: the text with every tracked change accepted ('Current') or rejected ('Original'). */
  getReviewedText(changeTrackingVersion?: 'Original' | 'Current'): WordClientResult<string>;
  /** WordApi 1.3: a Word.LocationRelation ('Equal', 'Before', 'InsideStart', …). */
  compareLocationWith(range: WordRange): WordClientResult<string>;
  insertText(text: string, insertLocation: 'Replace' | 'Start' | 'End' | 'Before' | 'After'): WordRange;
  search(searchText: string, searchOptions?: WordSearchOptions): WordRangeCollection;
  select(selectionMode?: 'Select' | 'Start' | 'End'): void;
  /** The range as a flat OPC package (pkg:package); WordApi 1.1. Its value may be read after the next sync. */
  getOoxml(): WordClientResult<string>;
  /** Inserts a flat OPC package's content at the location; WordApi 1.1. */
  insertOoxml(ooxml: string, insertLocation: 'Replace' | 'Start' | 'End' | 'Before' | 'After'): WordRange;
}

/** What a method that returns a value gives (OfficeExtension.ClientResult): `value` is set by the next sync. */
export interface WordClientResult<T> {
  readonly value: T;
}

export interface WordRangeCollection extends WordLoadable {
  readonly items: WordRange[];
  getFirst(): WordRange;
}

export interface WordNoteItemCollection extends WordLoadable {
  readonly items: WordNoteItem[];
}

export interface WordNoteItem extends WordLoadable {
  readonly body: WordBody;
  readonly reference: WordRange;
}

export interface WordTableCollection extends WordLoadable {
  readonly items: WordTable[];
}

export interface WordTable extends WordLoadable {
  readonly values: string[][];
  readonly rowCount: number;
  readonly nestingLevel: number;
  readonly rows: WordTableRowCollection;
  headerRowCount: number;
  getCell(rowIndex: number, cellIndex: number): WordTableCell;
  /** WordApi 1.3. */
  getBorder(borderLocation: WordBorderLocation): WordTableBorder;
  deleteRows(rowIndex: number, rowCount?: number): void;
  addRows(insertLocation: 'Start' | 'End', rowCount: number, values?: string[][]): WordTableRowCollection;
  delete(): void;
  select(selectionMode?: 'Select' | 'Start' | 'End'): void;
}

export interface WordTableRowCollection extends WordLoadable {
  readonly items: WordTableRow[];
  /** WordApi 1.3. */
  getFirst(): WordTableRow;
}

export type WordBorderLocation =
  'Top' | 'Left' | 'Bottom' | 'Right' | 'InsideHorizontal' | 'InsideVertical' | 'Inside' | 'Outside' | 'All';

/** WordApi 1.3. `type` is a Word.BorderType: "None", "Single", "Double"… */
export interface WordTableBorder extends WordLoadable {
  type: string;
  /** WordApi 1.3: in points. */
  width: number;
}

export interface WordTableRow extends WordLoadable {
  readonly cellCount: number;
  insertRows(insertLocation: 'Before' | 'After', rowCount: number, values?: string[][]): WordTableRowCollection;
  /** WordApi 1.3. */
  getBorder(borderLocation: WordBorderLocation): WordTableBorder;
  delete(): void;
}

export interface WordTableCell extends WordLoadable {
  readonly isNullObject: boolean;
  readonly rowIndex: number;
  readonly cellIndex: number;
  readonly body: WordBody;
  readonly parentRow: WordTableRow;
  value: string;
}
