/**
 * The requirement set of every member of `api.ts` (Word JavaScript API reference, "API set" of each member),
 * and the string literals Word accepts for the arguments the gateway passes. `tests/word/requirementSets.test.ts`
 * checks that every member of api.ts is tagged here, that none is above the manifest's WordApi set, and that the
 * gateway, run against the simulator, touches only tagged members with accepted literals.
 */

/** The set the manifest requires (manifest.xml `<Set Name="WordApi" MinVersion="1.5"/>`). */
export const MANIFEST_WORD_API = '1.5';

export interface MemberTag {
  /** WordApi version, e.g. '1.3'; 'core' for Office.js's own (RequestContext.sync, ClientResult.value, load). */
  set: string;
  /** Per argument, the literals Word accepts (null: not a literal). */
  args?: ReadonlyArray<readonly string[] | null>;
  /** For a settable property: the literals Word accepts. */
  values?: readonly string[];
}

const RANGE_LOCATION = ['Whole', 'Start', 'End', 'After', 'Content'] as const;
const SELECTION_MODE = ['Select', 'Start', 'End'] as const;
const BEFORE_AFTER = ['Before', 'After'] as const;
const VERSION = ['Original', 'Current'] as const;
const LOAD = { set: 'core' } as const;
const BORDER_LOCATION = [
  'Top',
  'Left',
  'Bottom',
  'Right',
  'InsideHorizontal',
  'InsideVertical',
  'Inside',
  'Outside',
  'All',
] as const;
/** Word.BorderType (the gateway writes "None" and "Single"). */
const BORDER_TYPE = [
  'Mixed',
  'None',
  'Single',
  'Double',
  'Dotted',
  'Dashed',
  'DotDashed',
  'Dot2Dashed',
  'Triple',
  'ThinThickSmall',
  'ThickThinSmall',
  'ThinThickThinSmall',
  'ThinThickMed',
  'ThickThinMed',
  'ThinThickThinMed',
  'ThinThickLarge',
  'ThickThinLarge',
  'ThinThickThinLarge',
  'Wave',
  'DoubleWave',
  'DashedSmall',
  'DashDotStroked',
  'ThreeDEmboss',
  'ThreeDEngrave',
] as const;

/** Interface (as named in api.ts) → member → tag. */
export const WORD_MEMBERS: Record<string, Record<string, MemberTag>> = {
  WordLoadable: { load: LOAD },
  WordContext: { document: { set: '1.1' }, sync: { set: 'core' } },
  WordHost: { run: { set: 'core' } },
  WordClientResult: { value: { set: 'core' } },
  WordDocument: {
    body: { set: '1.1' },
    sections: { set: '1.1' },
    changeTrackingMode: { set: '1.4', values: ['Off', 'TrackAll', 'TrackMineOnly'] },
    settings: { set: '1.4' },
  },
  WordSettingCollection: { items: { set: '1.4' }, add: { set: '1.4' }, getItemOrNullObject: { set: '1.4' } },
  WordSetting: { isNullObject: { set: '1.4' }, key: { set: '1.4' }, value: { set: '1.4' }, delete: { set: '1.4' } },
  WordSectionCollection: { getFirst: { set: '1.3' } },
  WordSection: { getHeader: { set: '1.1', args: [['Primary', 'FirstPage', 'EvenPages']] } },
  WordBody: {
    text: { set: '1.1' },
    paragraphs: { set: '1.1' },
    tables: { set: '1.3' },
    footnotes: { set: '1.5' },
    getRange: { set: '1.3', args: [RANGE_LOCATION] },
    getReviewedText: { set: '1.4', args: [VERSION] },
    insertParagraph: { set: '1.1', args: [null, ['Start', 'End']] },
    insertText: { set: '1.1', args: [null, ['Replace', 'Start', 'End']] },
    search: { set: '1.1' },
  },
  WordSearchOptions: { matchCase: { set: '1.1' }, matchWholeWord: { set: '1.1' }, matchWildcards: { set: '1.1' } },
  WordParagraphCollection: { items: { set: '1.1' }, getFirst: { set: '1.3' } },
  WordParagraph: {
    text: { set: '1.1' },
    style: { set: '1.1' },
    styleBuiltIn: { set: '1.3' },
    leftIndent: { set: '1.1' },
    firstLineIndent: { set: '1.1' },
    alignment: { set: '1.1', values: ['Left', 'Centered', 'Right', 'Justified'] },
    isListItem: { set: '1.3' },
    tableNestingLevel: { set: '1.3' },
    listItemOrNullObject: { set: '1.3' },
    parentTableCellOrNullObject: { set: '1.3' },
    getRange: { set: '1.3', args: [RANGE_LOCATION] },
    getReviewedText: { set: '1.4', args: [VERSION] },
    insertParagraph: { set: '1.1', args: [null, BEFORE_AFTER] },
    insertTable: { set: '1.3', args: [null, null, BEFORE_AFTER, null] },
    search: { set: '1.1' },
    insertBreak: { set: '1.1', args: [['Page', 'Line'], BEFORE_AFTER] },
    delete: { set: '1.1' },
    detachFromList: { set: '1.3' },
    select: { set: '1.1', args: [SELECTION_MODE] },
    listOrNullObject: { set: '1.3' },
    attachToList: { set: '1.3' },
  },
  WordList: { isNullObject: { set: '1.3' }, id: { set: '1.3' } },
  WordListItem: { isNullObject: { set: '1.3' }, level: { set: '1.3' }, listString: { set: '1.3' } },
  WordFont: { italic: { set: '1.1' } },
  WordRange: {
    text: { set: '1.1' },
    font: { set: '1.1' },
    paragraphs: { set: '1.1' },
    getRange: { set: '1.3', args: [RANGE_LOCATION] },
    expandTo: { set: '1.3' },
    getReviewedText: { set: '1.4', args: [VERSION] },
    compareLocationWith: { set: '1.3' },
    insertText: { set: '1.1', args: [null, ['Replace', 'Start', 'End', 'Before', 'After']] },
    search: { set: '1.1' },
    select: { set: '1.1', args: [SELECTION_MODE] },
    getOoxml: { set: '1.1' },
    insertOoxml: { set: '1.1', args: [null, ['Replace', 'Start', 'End', 'Before', 'After']] },
  },
  WordRangeCollection: { items: { set: '1.1' }, getFirst: { set: '1.3' } },
  WordNoteItemCollection: { items: { set: '1.5' } },
  WordNoteItem: { body: { set: '1.5' }, reference: { set: '1.5' } },
  WordTableCollection: { items: { set: '1.3' } },
  WordTable: {
    values: { set: '1.3' },
    rowCount: { set: '1.3' },
    nestingLevel: { set: '1.3' },
    rows: { set: '1.3' },
    headerRowCount: { set: '1.3' },
    getCell: { set: '1.3' },
    getBorder: { set: '1.3', args: [BORDER_LOCATION] },
    deleteRows: { set: '1.3' },
    addRows: { set: '1.3', args: [['Start', 'End'], null, null] },
    delete: { set: '1.3' },
    select: { set: '1.3', args: [SELECTION_MODE] },
  },
  WordTableRowCollection: { items: { set: '1.3' }, getFirst: { set: '1.3' } },
  WordTableRow: {
    cellCount: { set: '1.3' },
    insertRows: { set: '1.3', args: [BEFORE_AFTER, null, null] },
    getBorder: { set: '1.3', args: [BORDER_LOCATION] },
    delete: { set: '1.3' },
  },
  WordTableBorder: { type: { set: '1.3', values: BORDER_TYPE }, width: { set: '1.3' } },
  WordTableCell: {
    isNullObject: { set: '1.3' },
    rowIndex: { set: '1.3' },
    cellIndex: { set: '1.3' },
    body: { set: '1.3' },
    parentRow: { set: '1.3' },
    value: { set: '1.3' },
  },
};

/** Whether requirement set `a` (e.g. '1.4') is at most `b`; 'core' is always available. */
export function withinSet(a: string, b: string): boolean {
  if (a === 'core') return true;
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am < bm || (am === bm && an <= bn);
}
