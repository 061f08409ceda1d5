/** Tables, rows and cells. Rows and cells are addressed by index when the queue reaches them. */
import type { WordBorderLocation, WordTable, WordTableBorder, WordTableCell, WordTableRow } from '../../word/api';
import { invalidArgument, itemNotFound, RichApiError } from '../errors';
import { closest, rowCells, tableNestingLevel, tableRows } from '../ooxml/story';
import {
  cellText,
  deleteRowElements,
  deleteTable,
  headerRowCount,
  insertRowsBeside,
  borderSides,
  propsOf,
  readBorder,
  readBorderWidth,
  setCellText,
  writeBorder,
  writeBorderWidth,
  setHeaderRowCount,
  tableValues,
} from '../ooxml/tableEdit';
import type { DocModel } from '../ooxml/docModel';
import { wChild, type XElement } from '../ooxml/xml';
import { SimCollection, SimObject, type Loadable, type Scalars } from './base';
import { SimBody } from './body';
import { makeRange, selectionOf } from './range';

export class SimTableCell extends SimObject<XElement | null> implements WordTableCell {
  protected scalars(): Scalars<XElement | null> {
    return {
      isNullObject: (tc) => tc === null,
      rowIndex: (tc) => (tc ? position(this.context.model, tc).row : null),
      cellIndex: (tc) => {
        // Word throws GeneralException for the cellIndex of a vertically merged cell, failing the whole sync
        // (OfficeDev/office-js#3200).
        if (tc && wChild(wChild(tc, 'tcPr'), 'vMerge'))
          throw new RichApiError('GeneralException', 'GeneralException: cellIndex of a vertically merged cell.');
        return tc ? position(this.context.model, tc).cell : null;
      },
      value: (tc) => (tc ? cellText(this.context.model, tc) : null),
    };
  }

  protected override navigation(name: string): Loadable | null {
    if (name === 'body') return this.body;
    if (name === 'parentRow') return this.parentRow;
    return null;
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  get rowIndex(): number {
    return this.read<number>('rowIndex');
  }

  get cellIndex(): number {
    return this.read<number>('cellIndex');
  }

  get value(): string {
    return this.read<string>('value');
  }

  set value(text: string) {
    this.write(() => {
      const tc = this.requireCell();
      const model = this.context.model;
      setCellText(model, model.storyOf(tc), tc, String(text));
    });
  }

  private requireCell(): XElement {
    const tc = this.target;
    if (!tc) throw itemNotFound('table cell');
    return tc;
  }

  get body(): SimBody {
    return this.nav(
      'body',
      () =>
        new SimBody(this.context, () => {
          const tc = this.requireCell();
          return { story: this.context.model.storyOf(tc), root: tc };
        }),
    );
  }

  get parentRow(): SimTableRow {
    return this.nav(
      'parentRow',
      () =>
        new SimTableRow(this.context, () => {
          const tr = closest(this.requireCell(), 'tr');
          if (!tr) throw itemNotFound('table row');
          return tr;
        }),
    );
  }
}

/** Row indexes per table, cached per edit version: reading every cell of a long table stays linear. */
const rowIndexCache = new WeakMap<XElement, { version: number; index: Map<XElement, number> }>();

function position(model: DocModel, tc: XElement): { row: number; cell: number } {
  const tr = closest(tc, 'tr');
  const tbl = tr ? closest(tr, 'tbl') : null;
  if (!tr || !tbl) return { row: -1, cell: -1 };
  let cached = rowIndexCache.get(tbl);
  if (!cached || cached.version !== model.version) {
    cached = { version: model.version, index: new Map(tableRows(tbl).map((row, i) => [row, i])) };
    rowIndexCache.set(tbl, cached);
  }
  return { row: cached.index.get(tr) ?? -1, cell: rowCells(tr).indexOf(tc) };
}

/**
 * A border of a table or of one row (WordApi 1.3 `getBorder`), as direct formatting: w:tblBorders in the table's
 * w:tblPr, or w:tcBorders in each cell of the row (its outer cells for Left and Right).
 */
export class SimTableBorder
  extends SimObject<{ element: XElement; location: WordBorderLocation }>
  implements WordTableBorder
{
  protected scalars(): Scalars<{ element: XElement; location: WordBorderLocation }> {
    return {
      type: ({ element, location }) => {
        if (isTable(element)) return readBorder(wChild(element, 'tblPr'), 'tblBorders', sidesOf(location));
        const [first] = rowCells(element);
        return first ? readBorder(wChild(first, 'tcPr'), 'tcBorders', rowSides(location)) : 'None';
      },
      width: ({ element, location }) => {
        if (isTable(element)) return readBorderWidth(wChild(element, 'tblPr'), 'tblBorders', sidesOf(location));
        const [first] = rowCells(element);
        return first ? readBorderWidth(wChild(first, 'tcPr'), 'tcBorders', rowSides(location)) : 0;
      },
    };
  }

  get width(): number {
    return this.read<number>('width');
  }

  /** Points (w:sz in eighths); Word's own rule is 0.5 pt. A side drawn with no rule keeps none. */
  set width(points: number) {
    this.write(() => {
      const { element, location } = this.target;
      if (!(Number(points) > 0)) throw invalidArgument(`border width ${String(points)}`);
      if (isTable(element)) writeBorderWidth(propsOf(element, 'tblPr'), 'tblBorders', sidesOf(location), points);
      else
        for (const tc of rowCells(element))
          writeBorderWidth(propsOf(tc, 'tcPr'), 'tcBorders', rowSides(location), points);
      const model = this.context.model;
      model.touch(model.storyOf(element).part);
    });
  }

  get type(): string {
    return this.read<string>('type');
  }

  set type(type: string) {
    this.write(() => {
      const { element, location } = this.target;
      if (!/^[A-Z][A-Za-z]*$/.test(String(type)) || type === 'Mixed')
        throw invalidArgument(`border type '${String(type)}'`);
      if (isTable(element)) writeBorder(propsOf(element, 'tblPr'), 'tblBorders', sidesOf(location), type);
      else {
        const cells = rowCells(element);
        cells.forEach((tc, i) => {
          const sides = rowSides(location).filter(
            (side) => (side !== 'left' || i === 0) && (side !== 'right' || i === cells.length - 1),
          );
          if (sides.length > 0) writeBorder(propsOf(tc, 'tcPr'), 'tcBorders', sides, type);
        });
      }
      const model = this.context.model;
      model.touch(model.storyOf(element).part);
    });
  }
}

function isTable(element: XElement): boolean {
  return element.localName === 'tbl';
}

function sidesOf(location: WordBorderLocation): string[] {
  const sides = borderSides(location);
  if (!sides) throw invalidArgument(`border location '${String(location)}'`);
  return sides;
}

/** A row's cells carry top, bottom and the outer left and right (inside borders are the table's). */
function rowSides(location: WordBorderLocation): string[] {
  return sidesOf(location).filter((side) => side !== 'insideH' && side !== 'insideV');
}

export class SimTableRow extends SimObject<XElement> implements WordTableRow {
  protected scalars(): Scalars<XElement> {
    return {
      cellCount: (tr) => rowCells(tr).length,
      rowIndex: (tr) => {
        const tbl = closest(tr, 'tbl');
        return tbl ? tableRows(tbl).indexOf(tr) : -1;
      },
      values: (tr) => [rowCells(tr).map((tc) => cellText(this.context.model, tc))],
    };
  }

  get cellCount(): number {
    return this.read<number>('cellCount');
  }

  insertRows(insertLocation: 'Before' | 'After', rowCount: number, values?: string[][]): SimTableRowCollection {
    return new SimTableRowCollection(
      this.context,
      () => {
        if (!(rowCount >= 1)) throw invalidArgument('insertRows needs a row count of at least 1');
        // "The number of cells in each row must not exceed the number of cells in the existing row"
        // (Word.TableRow.insertRows, WordApi 1.3).
        const width = rowCells(this.target).length;
        const wide = (values ?? []).find((row) => row.length > width);
        if (wide) throw invalidArgument(`insertRows: a row of ${wide.length} values for a row of ${width} cells`);
        const model = this.context.model;
        const rows = insertRowsBeside(model, model.storyOf(this.target), this.target, insertLocation, rowCount, values);
        return () => rows;
      },
      true,
    );
  }

  getBorder(borderLocation: WordBorderLocation): SimTableBorder {
    return new SimTableBorder(this.context, () => ({ element: this.target, location: borderLocation }));
  }

  delete(): void {
    this.write(() => {
      const tbl = closest(this.target, 'tbl');
      if (!tbl) throw itemNotFound('table');
      const model = this.context.model;
      deleteRowElements(model, model.storyOf(tbl), tbl, [this.target]);
    });
  }
}

export class SimTableRowCollection extends SimCollection<XElement, SimTableRow> {
  protected makeItem(resolve: () => XElement): SimTableRow {
    return new SimTableRow(this.context, resolve);
  }

  getFirst(): SimTableRow {
    return this.firstItem('table row', itemNotFound);
  }
}

export class SimTable extends SimObject<XElement> implements WordTable {
  protected scalars(): Scalars<XElement> {
    return {
      values: (tbl) => tableValues(this.context.model, tbl),
      rowCount: (tbl) => tableRows(tbl).length,
      nestingLevel: (tbl) => tableNestingLevel(tbl) + 1,
      headerRowCount: (tbl) => headerRowCount(tbl),
    };
  }

  protected override navigation(name: string): Loadable | null {
    return name === 'rows' ? this.rows : null;
  }

  get values(): string[][] {
    return this.read<string[][]>('values');
  }

  get rowCount(): number {
    return this.read<number>('rowCount');
  }

  get nestingLevel(): number {
    return this.read<number>('nestingLevel');
  }

  get headerRowCount(): number {
    return this.read<number>('headerRowCount');
  }

  set headerRowCount(count: number) {
    this.write(() => {
      const model = this.context.model;
      setHeaderRowCount(model, model.storyOf(this.target), this.target, Math.max(0, Math.floor(Number(count) || 0)));
    });
  }

  get rows(): SimTableRowCollection {
    return this.nav('rows', () => new SimTableRowCollection(this.context, () => () => tableRows(this.target)));
  }

  getBorder(borderLocation: WordBorderLocation): SimTableBorder {
    return new SimTableBorder(this.context, () => ({ element: this.target, location: borderLocation }));
  }

  getCell(rowIndex: number, cellIndex: number): SimTableCell {
    return new SimTableCell(this.context, () => {
      const tr = tableRows(this.target)[rowIndex];
      const tc = tr ? rowCells(tr)[cellIndex] : undefined;
      if (!tc) throw itemNotFound(`cell (${rowIndex}, ${cellIndex})`);
      return tc;
    });
  }

  deleteRows(rowIndex: number, rowCount = 1): void {
    this.write(() => {
      const rows = tableRows(this.target);
      if (!(rowIndex >= 0 && rowIndex < rows.length) || !(rowCount >= 1)) {
        throw invalidArgument(`deleteRows(${rowIndex}, ${rowCount}) on a table of ${rows.length} rows`);
      }
      const model = this.context.model;
      deleteRowElements(model, model.storyOf(this.target), this.target, rows.slice(rowIndex, rowIndex + rowCount));
    });
  }

  addRows(insertLocation: 'Start' | 'End', rowCount: number, values?: string[][]): SimTableRowCollection {
    return new SimTableRowCollection(
      this.context,
      () => {
        const rows = tableRows(this.target);
        const ref = insertLocation === 'Start' ? rows[0] : rows[rows.length - 1];
        if (!ref || !(rowCount >= 1))
          throw invalidArgument('addRows needs a table with rows and a row count of at least 1');
        const model = this.context.model;
        const added = insertRowsBeside(
          model,
          model.storyOf(this.target),
          ref,
          insertLocation === 'Start' ? 'Before' : 'After',
          rowCount,
          values,
        );
        return () => added;
      },
      true,
    );
  }

  delete(): void {
    this.write(() => {
      const model = this.context.model;
      deleteTable(model, model.storyOf(this.target), this.target);
    });
  }

  select(selectionMode?: 'Select' | 'Start' | 'End'): void {
    this.context.enqueue(() => {
      const model = this.context.model;
      const paragraphs = model.paragraphsOf(this.target);
      const first = paragraphs[0];
      const last = paragraphs[paragraphs.length - 1];
      if (!first || !last) return;
      const range = makeRange(this.context, model.storyOf(this.target), first, 0, last, model.text(last).text.length);
      this.context.host.selection = selectionOf(model, range, selectionMode);
    });
  }
}

export class SimTableCollection extends SimCollection<XElement, SimTable> {
  protected makeItem(resolve: () => XElement): SimTable {
    return new SimTable(this.context, resolve);
  }

  getFirst(): SimTable {
    return this.firstItem('table', itemNotFound);
  }
}
