/**
 * Tables: reading values (a cell's paragraphs joined with "\n"; horizontally merged cells count once;
 * cells continuing a vertical merge read ""), writing cells, adding rows like a reference row (its w:trPr,
 * each cell's w:tcPr and paragraph/run formatting), deleting rows and tables, inserting a new table.
 */
import { appendBlock, clearParagraph, firstRunProps, newParagraph, removeNotesIn } from './blockEdit';
import type { DocModel, Story } from './docModel';
import { isVMergeContinuation, rowCells, storyParagraphs, tableRows } from './story';
import { deleteRowsTracked, deleteTableTracked, markRowsInserted, setCellTextTracked } from './trackedBlocks';
import {
  childElements,
  cloneProps,
  createW,
  insertAfter,
  isElement,
  isW,
  removeNode,
  W_NS,
  wAttr,
  wChild,
  type XElement,
} from './xml';

export function cellText(model: DocModel, tc: XElement): string {
  return storyParagraphs(tc)
    .map((p) => model.text(p).text)
    .join('\n');
}

export function tableValues(model: DocModel, tbl: XElement): string[][] {
  return tableRows(tbl).map((tr) => rowCells(tr).map((tc) => (isVMergeContinuation(tc) ? '' : cellText(model, tc))));
}

/** Replace a cell's content by one paragraph of text, formatted like its first paragraph and run. */
export function setCellText(model: DocModel, story: Story, tc: XElement, text: string): void {
  const first = childElements(tc).find((c) => isW(c, 'p')) ?? null;
  if (model.revisions.tracking) {
    setCellTextTracked(model, tc, text, first ? firstRunProps(first) : null);
    model.touch(story.part);
    return;
  }
  const p = newParagraph(tc.ownerDocument, text, first);
  for (const c of childElements(tc)) {
    if (isW(c, 'tcPr')) continue;
    removeNotesIn(model, c);
    removeNode(c);
  }
  tc.appendChild(p);
  model.touch(story.part);
}

/** A row shaped like `like`, with the given texts. */
function rowLike(like: XElement, texts: string[]): XElement {
  const doc = like.ownerDocument;
  if (!doc) throw new Error('detached row');
  const tr = createW(doc, 'tr');
  const trPr = wChild(like, 'trPr');
  if (trPr) tr.appendChild(cloneProps(trPr));
  rowCells(like).forEach((cell, i) => {
    const tc = createW(doc, 'tc');
    const tcPr = wChild(cell, 'tcPr');
    if (tcPr) {
      const props = cloneProps(tcPr);
      const vMerge = wChild(props, 'vMerge');
      if (vMerge) removeNode(vMerge); // a new row starts no merge and continues none
      tc.appendChild(props);
    }
    const firstP = childElements(cell).find((c) => isW(c, 'p')) ?? null;
    tc.appendChild(newParagraph(doc, texts[i] ?? '', firstP));
    tr.appendChild(tc);
  });
  return tr;
}

export function insertRowsBeside(
  model: DocModel,
  story: Story,
  ref: XElement,
  where: 'Before' | 'After',
  count: number,
  values: string[][] | undefined,
): XElement[] {
  const rows: XElement[] = [];
  for (let i = 0; i < count; i++) rows.push(rowLike(ref, values?.[i] ?? []));
  let anchor = ref;
  for (const row of rows) {
    if (where === 'Before') ref.parentNode?.insertBefore(row, ref);
    else {
      insertAfter(row, anchor);
      anchor = row;
    }
  }
  if (model.revisions.tracking) markRowsInserted(model, rows);
  model.touch(story.part);
  return rows;
}

export function deleteTable(model: DocModel, story: Story, tbl: XElement): void {
  if (model.revisions.tracking) {
    deleteTableTracked(model, tbl);
    model.touch(story.part);
    return;
  }
  const parent = tbl.parentNode;
  removeNotesIn(model, tbl);
  removeNode(tbl);
  // A cell or the body must still end with a paragraph.
  if (parent && isElement(parent) && (isW(parent, 'tc') || isW(parent, 'body'))) {
    const blocks = childElements(parent).filter((c) => !isW(c, 'tcPr') && !isW(c, 'sectPr'));
    const last = blocks[blocks.length - 1];
    if (!last || !isW(last, 'p')) appendBlock(parent, newParagraph(parent.ownerDocument, '', null));
  }
  model.touch(story.part);
}

export function deleteRowElements(model: DocModel, story: Story, tbl: XElement, rows: XElement[]): void {
  if (model.revisions.tracking) {
    // A table whose rows are all deleted reads as gone (see story.ts), as untracked.
    deleteRowsTracked(model, rows);
    model.touch(story.part);
    return;
  }
  for (const tr of rows) {
    removeNotesIn(model, tr);
    removeNode(tr);
  }
  if (tableRows(tbl).length === 0) deleteTable(model, story, tbl);
  model.touch(story.part);
}

export function headerRowCount(tbl: XElement): number {
  let n = 0;
  for (const tr of tableRows(tbl)) {
    const flag = wChild(wChild(tr, 'trPr'), 'tblHeader');
    const val = flag ? wAttr(flag) : null;
    if (!flag || (val !== null && /^(0|false|off)$/i.test(val))) break;
    n++;
  }
  return n;
}

export function setHeaderRowCount(model: DocModel, story: Story, tbl: XElement, count: number): void {
  const doc = tbl.ownerDocument;
  if (!doc) return;
  tableRows(tbl).forEach((tr, i) => {
    let trPr = wChild(tr, 'trPr');
    const existing = wChild(trPr, 'tblHeader');
    if (existing) removeNode(existing);
    if (i < count) {
      if (!trPr) {
        trPr = createW(doc, 'trPr');
        const tblPrEx = wChild(tr, 'tblPrEx');
        tr.insertBefore(trPr, tblPrEx ? tblPrEx.nextSibling : tr.firstChild);
      }
      trPr.appendChild(createW(doc, 'tblHeader'));
    }
  });
  model.touch(story.part);
}

/** A new table like Word's insertTable: "Table Grid" when the document has it, equal column widths. */
export function createTable(
  model: DocModel,
  anchor: XElement,
  rows: number,
  columns: number,
  values: string[][] | undefined,
  textWidth: number,
): XElement {
  const doc = anchor.ownerDocument;
  if (!doc) throw new Error('detached paragraph');
  const tbl = createW(doc, 'tbl');
  const tblPr = createW(doc, 'tblPr');
  const grid = model.styles.findBuiltIn('TableGrid');
  if (grid) tblPr.appendChild(createW(doc, 'tblStyle', { val: grid.id }));
  tblPr.appendChild(createW(doc, 'tblW', { w: '0', type: 'auto' }));
  if (!grid) {
    const borders = createW(doc, 'tblBorders');
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
      borders.appendChild(createW(doc, side, { val: 'single', sz: '4', space: '0', color: 'auto' }));
    }
    tblPr.appendChild(borders);
  }
  tblPr.appendChild(
    createW(doc, 'tblLook', {
      val: '04A0',
      firstRow: '1',
      lastRow: '0',
      firstColumn: '1',
      lastColumn: '0',
      noHBand: '0',
      noVBand: '1',
    }),
  );
  tbl.appendChild(tblPr);
  const width = Math.max(1, Math.floor(textWidth / Math.max(1, columns)));
  const tblGrid = createW(doc, 'tblGrid');
  for (let c = 0; c < columns; c++) tblGrid.appendChild(createW(doc, 'gridCol', { w: String(width) }));
  tbl.appendChild(tblGrid);
  for (let r = 0; r < rows; r++) {
    const tr = createW(doc, 'tr');
    for (let c = 0; c < columns; c++) {
      const tc = createW(doc, 'tc');
      const tcPr = createW(doc, 'tcPr');
      tcPr.appendChild(createW(doc, 'tcW', { w: String(width), type: 'dxa' }));
      tc.appendChild(tcPr);
      tc.appendChild(newParagraph(doc, values?.[r]?.[c] ?? '', null));
      tr.appendChild(tc);
    }
    tbl.appendChild(tr);
  }
  return tbl;
}

export { clearParagraph };

/** OOXML sides of a table border location (Word.BorderLocation). */
const TABLE_SIDES: Record<string, string[]> = {
  Top: ['top'],
  Left: ['left'],
  Bottom: ['bottom'],
  Right: ['right'],
  InsideHorizontal: ['insideH'],
  InsideVertical: ['insideV'],
  Inside: ['insideH', 'insideV'],
  Outside: ['top', 'left', 'bottom', 'right'],
  All: ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'],
};
/** Schema order of the borders in w:tblBorders / w:tcBorders. */
const SIDE_ORDER = ['top', 'left', 'start', 'bottom', 'right', 'end', 'insideH', 'insideV', 'tl2br', 'tr2bl'];
/** What follows w:tblBorders in w:tblPr, and w:tcBorders in w:tcPr. */
const AFTER_TBL_BORDERS = ['shd', 'tblLayout', 'tblCellMar', 'tblLook', 'tblCaption', 'tblDescription'];
const AFTER_TC_BORDERS = ['shd', 'noWrap', 'tcMar', 'textDirection', 'tcFitText', 'vAlign', 'hideMark'];

export function borderSides(location: string): string[] | null {
  return TABLE_SIDES[location] ?? null;
}

/** Word.BorderType of one side ("None", "Single", …; "Mixed" when the sides differ), from direct formatting. */
export function readBorder(props: XElement | null, container: string, sides: string[]): string {
  const borders = wChild(props, container);
  const types = sides.map((side) => {
    const value = wAttr(wChild(borders, side));
    if (value === null) return 'Single';
    return value === 'nil' || value === 'none' ? 'None' : value.charAt(0).toUpperCase() + value.slice(1);
  });
  return types.every((t) => t === types[0]) ? (types[0] ?? 'None') : 'Mixed';
}

/** Sets `sides` of a w:tblPr or w:tcPr border container to a Word.BorderType ("None", "Single", "Double"…). */
export function writeBorder(props: XElement, container: string, sides: string[], type: string): void {
  const doc = props.ownerDocument;
  if (!doc) return;
  let borders = wChild(props, container);
  if (!borders) {
    borders = createW(doc, container);
    const after = (container === 'tblBorders' ? AFTER_TBL_BORDERS : AFTER_TC_BORDERS)
      .map((name) => wChild(props, name))
      .find(Boolean);
    props.insertBefore(borders, after ?? null);
  }
  const val = type === 'None' ? 'nil' : type.charAt(0).toLowerCase() + type.slice(1);
  for (const side of sides) {
    const existing = wChild(borders, side);
    const element = createW(doc, side, val === 'nil' ? { val } : { val, sz: '4', space: '0', color: 'auto' });
    if (existing) {
      borders.replaceChild(element, existing);
      continue;
    }
    const rank = SIDE_ORDER.indexOf(side);
    const next = childElements(borders).find((c) => SIDE_ORDER.indexOf(c.localName ?? '') > rank);
    borders.insertBefore(element, next ?? null);
  }
}

/** Width in points of `sides` (w:sz is in eighths of a point; Word's default rule is 4, half a point). */
export function readBorderWidth(props: XElement | null, container: string, sides: string[]): number {
  const widths = sides.map((side) => Number(wAttr(wChild(wChild(props, container), side), 'sz') ?? 4) / 8);
  return widths.every((w) => w === widths[0]) ? (widths[0] ?? 0) : 0;
}

/** Sets the width in points of the rules drawn on `sides` (a side without a rule stays without). */
export function writeBorderWidth(props: XElement, container: string, sides: string[], points: number): void {
  for (const side of sides) {
    const element = wChild(wChild(props, container), side);
    if (element && wAttr(element) !== 'nil' && wAttr(element) !== 'none')
      element.setAttributeNS(W_NS, 'w:sz', String(Math.round(points * 8)));
  }
}

/** The w:tblPr or w:tcPr of an element, created when missing (first child). */
export function propsOf(element: XElement, name: 'tblPr' | 'tcPr'): XElement {
  const existing = wChild(element, name);
  if (existing) return existing;
  const doc = element.ownerDocument;
  if (!doc) throw new Error('detached element');
  const props = createW(doc, name);
  element.insertBefore(props, element.firstChild);
  return props;
}
