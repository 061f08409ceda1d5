/** Paragraphs, paragraph collections and list items. */
import type { WordParagraph, WordSearchOptions } from '../../word/api';
import { invalidArgument, itemNotFound } from '../errors';
import { isBuiltInName, builtInFromName } from '../ooxml/builtInStyles';
import {
  deleteParagraph,
  detachFromList,
  insertParagraphBeside,
  setListLevel,
  setParagraphStyleId,
} from '../ooxml/blockEdit';
import { closest, tableNestingLevel, tableRows } from '../ooxml/story';
import { changeParagraphProps, markRowsInserted } from '../ooxml/trackedBlocks';
import {
  effectiveFormat,
  setAlignment,
  setFirstLineIndent,
  setLeftIndent,
  type Alignment,
  type ParagraphFormat,
} from '../ooxml/paragraphFormat';
import type { StyleInfo } from '../ooxml/styles';
import { createTable } from '../ooxml/tableEdit';
import { insertAfter, wAttr, wChild, type XElement } from '../ooxml/xml';
import { reviewedView, SimClientResult, SimCollection, SimObject, type Loadable, type Scalars } from './base';
import {
  insertIntoRange,
  makeRange,
  searchRanges,
  selectionOf,
  SimRange,
  SimRangeCollection,
  type RangeLocation,
} from './range';
import { SimTable, SimTableCell } from './table';

export class SimListItem extends SimObject<XElement | null> {
  protected scalars(): Scalars<XElement | null> {
    return {
      isNullObject: (p) => p === null,
      level: (p) => (p ? (this.context.model.listLabel(p)?.level ?? 0) : null),
      listString: (p) => (p ? (this.context.model.listLabel(p)?.listString ?? '') : null),
    };
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  get level(): number {
    return this.read<number>('level');
  }

  /**
   * Moves the paragraph to another level of its list: w:numPr/w:ilvl, with the list's numId made explicit. On a null
   * object (the paragraph is no list item) nothing happens: an assumption (docs/WORD-FIDELITY.md) that the gateway's
   * check after the edit batch covers.
   */
  set level(value: number) {
    this.write(() => {
      const p = this.target;
      if (p === null) return;
      const model = this.context.model;
      const position = model.listPosition(p);
      if (!position) throw invalidArgument('the paragraph is not a list item');
      if (!Number.isInteger(value) || value < 0 || value > 8)
        throw invalidArgument(`list level ${String(value)} (use 0 to 8)`);
      changeParagraphProps(model, p, () => setListLevel(p, position.numId, value));
      model.touch(model.storyOf(p).part);
    });
  }

  get listString(): string {
    return this.read<string>('listString');
  }
}

/** A paragraph's list (Word.List, WordApi 1.3): its id is the list's w:numId. */
export class SimList extends SimObject<XElement | null> {
  protected scalars(): Scalars<XElement | null> {
    return {
      isNullObject: (p) => p === null,
      id: (p) => (p ? Number(this.context.model.listPosition(p)?.numId ?? 0) : null),
    };
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  get id(): number {
    return this.read<number>('id');
  }
}

function defaultTextWidth(sectPr: XElement | null): number {
  const width = Number(wAttr(wChild(sectPr, 'pgSz'), 'w'));
  const left = Number(wAttr(wChild(sectPr, 'pgMar'), 'left'));
  const right = Number(wAttr(wChild(sectPr, 'pgMar'), 'right'));
  const text = width - left - right;
  return Number.isFinite(text) && text > 0 ? text : 9638;
}

export class SimParagraph extends SimObject<XElement> implements WordParagraph {
  /** Made by insertParagraph in this batch (for SimQuirks.styleBuiltInOnInserted). */
  private inserted = false;

  protected scalars(): Scalars<XElement> {
    const model = this.context.model;
    return {
      text: (p) => model.textView(p, this.context.host.platform === 'web' ? 'withDeleted' : 'current'),
      style: (p) => this.styleOf(p)?.name ?? 'Normal',
      styleBuiltIn: (p) => this.styleOf(p)?.builtIn ?? 'Normal',
      isListItem: (p) => model.listLabel(p) !== null,
      tableNestingLevel: (p) => tableNestingLevel(p),
      leftIndent: (p) => this.formatOf(p).leftIndent,
      firstLineIndent: (p) => this.formatOf(p).firstLineIndent,
      alignment: (p) => this.formatOf(p).alignment,
    };
  }

  /** Indents and alignment in force: direct, list level, style chain, document defaults (paragraphFormat.ts). */
  private formatOf(p: XElement): ParagraphFormat {
    const model = this.context.model;
    const position = model.listPosition(p);
    const level = position ? model.numbering.level(position.numId, position.ilvl) : null;
    return effectiveFormat([
      wChild(p, 'pPr'),
      level?.pPr ?? null,
      ...model.styles.pPrChain(model.paragraphStyleId(p)),
      model.styles.defaultPPr(),
    ]);
  }

  /** Direct paragraph formatting, recorded as a pPrChange when changes are tracked (as a style change is). */
  private setFormat(change: (p: XElement) => void): void {
    this.write(() => {
      const p = this.target;
      const model = this.context.model;
      changeParagraphProps(model, p, () => change(p));
      model.touch(model.storyOf(p).part);
    });
  }

  get leftIndent(): number {
    return this.read<number>('leftIndent');
  }

  set leftIndent(points: number) {
    this.setFormat((p) => {
      if (!Number.isFinite(points)) throw invalidArgument(`left indent ${String(points)}`);
      setLeftIndent(p, points);
    });
  }

  get firstLineIndent(): number {
    return this.read<number>('firstLineIndent');
  }

  set firstLineIndent(points: number) {
    this.setFormat((p) => {
      if (!Number.isFinite(points)) throw invalidArgument(`first-line indent ${String(points)}`);
      setFirstLineIndent(p, points);
    });
  }

  get alignment(): Alignment {
    return this.read<Alignment>('alignment');
  }

  set alignment(value: Alignment) {
    this.setFormat((p) => {
      if (!setAlignment(p, value))
        throw invalidArgument(`alignment '${String(value)}' (use Left, Centered, Right or Justified)`);
    });
  }

  private styleOf(p: XElement): StyleInfo | null {
    return this.context.model.styles.paragraphStyle(wAttr(wChild(wChild(p, 'pPr'), 'pStyle')));
  }

  protected override navigation(name: string): Loadable | null {
    if (name === 'listItemOrNullObject') return this.listItemOrNullObject;
    if (name === 'listOrNullObject') return this.listOrNullObject;
    if (name === 'parentTableCellOrNullObject') return this.parentTableCellOrNullObject;
    return null;
  }

  /** The element behind the proxy, for other proxies of this document. */
  get element(): XElement {
    return this.target;
  }

  get text(): string {
    return this.read<string>('text');
  }

  get style(): string {
    return this.read<string>('style');
  }

  set style(name: string) {
    this.write(() => {
      const styles = this.context.model.styles;
      const found =
        styles.findParagraphStyle(name) ??
        (isBuiltInName(name)
          ? (styles.findBuiltIn(builtInFromName(name)) ?? styles.addBuiltIn(builtInFromName(name)))
          : null);
      if (!found) throw invalidArgument(`there is no paragraph style named '${name}'`);
      this.applyStyle(found);
    });
  }

  get styleBuiltIn(): string {
    return this.read<string>('styleBuiltIn');
  }

  set styleBuiltIn(value: string) {
    this.write(() => {
      if (this.inserted && this.context.host.quirks.styleBuiltInOnInserted === 'ignored') return;
      const styles = this.context.model.styles;
      const found = styles.findBuiltIn(value) ?? styles.addBuiltIn(value);
      if (!found) throw invalidArgument(`'${value}' is not a built-in paragraph style`);
      this.applyStyle(found);
    });
  }

  private applyStyle(style: StyleInfo): void {
    const model = this.context.model;
    const isDefault = style.id === model.styles.defaultParagraphStyleId;
    setParagraphStyleId(model, model.storyOf(this.target), this.target, isDefault ? null : style.id);
  }

  get isListItem(): boolean {
    return this.read<boolean>('isListItem');
  }

  get tableNestingLevel(): number {
    return this.read<number>('tableNestingLevel');
  }

  get listItemOrNullObject(): SimListItem {
    return this.nav(
      'listItemOrNullObject',
      () => new SimListItem(this.context, () => (this.context.model.listLabel(this.target) ? this.target : null)),
    );
  }

  get listOrNullObject(): SimList {
    return this.nav(
      'listOrNullObject',
      () => new SimList(this.context, () => (this.context.model.listPosition(this.target) ? this.target : null)),
    );
  }

  /** Joins list `listId` (a w:numId) at `level`; fails for a list item, as Word.Paragraph.attachToList does. */
  attachToList(listId: number, level: number): SimList {
    this.write(() => {
      const p = this.target;
      const model = this.context.model;
      if (model.listPosition(p)) throw invalidArgument('the paragraph is already a list item');
      if (!Number.isInteger(listId) || listId <= 0 || !model.numbering.exists(String(listId)))
        throw invalidArgument(`there is no list with id ${String(listId)}`);
      if (!Number.isInteger(level) || level < 0 || level > 8)
        throw invalidArgument(`list level ${String(level)} (use 0 to 8)`);
      changeParagraphProps(model, p, () => setListLevel(p, String(listId), level));
      model.touch(model.storyOf(p).part);
    });
    return new SimList(this.context, () => this.target);
  }

  get parentTableCellOrNullObject(): SimTableCell {
    return this.nav(
      'parentTableCellOrNullObject',
      () => new SimTableCell(this.context, () => closest(this.target, 'tc')),
    );
  }

  /** WordApi 1.4: the text as if every tracked change were accepted ('Current') or rejected ('Original'). */
  getReviewedText(changeTrackingVersion?: 'Original' | 'Current'): SimClientResult<string> {
    const view = reviewedView(changeTrackingVersion);
    return new SimClientResult(this.context, () => this.context.model.textView(this.target, view));
  }

  getRange(rangeLocation?: RangeLocation): SimRange {
    return new SimRange(this.context, () => {
      const p = this.target;
      const model = this.context.model;
      const story = model.storyOf(p);
      const length = model.text(p).text.length;
      switch (rangeLocation ?? 'Whole') {
        case 'Start':
          return makeRange(this.context, story, p, 0, p, 0);
        case 'End':
          return makeRange(this.context, story, p, length, p, length);
        case 'After': {
          const list = model.paragraphsOf(story.root);
          const next = list[list.indexOf(p) + 1];
          return next
            ? makeRange(this.context, story, next, 0, next, 0)
            : makeRange(this.context, story, p, length, p, length);
        }
        case 'Whole':
        case 'Content':
          return makeRange(this.context, story, p, 0, p, length);
        default:
          throw invalidArgument(`range location '${String(rangeLocation)}'`);
      }
    });
  }

  insertParagraph(paragraphText: string, insertLocation: 'Before' | 'After'): SimParagraph {
    if (insertLocation !== 'Before' && insertLocation !== 'After') {
      throw invalidArgument(`paragraph.insertParagraph location '${String(insertLocation)}' (use 'Before' or 'After')`);
    }
    const inserted = new SimParagraph(
      this.context,
      () => {
        const model = this.context.model;
        const p = insertParagraphBeside(
          model,
          model.storyOf(this.target),
          this.target,
          String(paragraphText),
          insertLocation,
        );
        // The failure mode of an undocumented behaviour: the copy of the anchor's paragraph properties leaves its list.
        if (this.context.host.quirks.insertInheritsList === false) detachFromList(p, false);
        return p;
      },
      true,
    );
    inserted.inserted = true;
    return inserted;
  }

  /**
   * A page or line break as a run (w:br), read back as "\f" or "\v". 'After' puts it at the end of the paragraph,
   * but at the start of the next one when the paragraph is a list item (office-js#2792); 'Before' at its start.
   */
  insertBreak(breakType: 'Page' | 'Line', insertLocation: 'Before' | 'After'): void {
    this.write(() => {
      if (breakType !== 'Page' && breakType !== 'Line')
        throw invalidArgument(`break type '${String(breakType)}' (the simulator has 'Page' and 'Line')`);
      if (insertLocation !== 'Before' && insertLocation !== 'After')
        throw invalidArgument(`paragraph.insertBreak location '${String(insertLocation)}' (use 'Before' or 'After')`);
      const model = this.context.model;
      const story = model.storyOf(this.target);
      const siblings = model.paragraphsOf(story.root);
      const next = siblings[siblings.indexOf(this.target) + 1];
      const intoNext = insertLocation === 'After' && model.listPosition(this.target) !== null && next !== undefined;
      const p = intoNext ? next : this.target;
      const offset = insertLocation === 'After' && !intoNext ? model.text(p).text.length : 0;
      insertIntoRange(
        this.context,
        makeRange(this.context, story, p, offset, p, offset),
        breakType === 'Page' ? '\f' : '\v',
        offset === 0 ? 'Start' : 'End',
      );
    });
  }

  insertTable(
    rowCount: number,
    columnCount: number,
    insertLocation: 'Before' | 'After',
    values?: string[][],
  ): SimTable {
    return new SimTable(
      this.context,
      () => {
        if (!(rowCount >= 1) || !(columnCount >= 1))
          throw invalidArgument('insertTable needs at least one row and one column');
        const model = this.context.model;
        const p = this.target;
        const tbl = createTable(model, p, rowCount, columnCount, values, defaultTextWidth(model.firstSectPr()));
        if (insertLocation === 'Before') p.parentNode?.insertBefore(tbl, p);
        else insertAfter(tbl, p);
        if (model.revisions.tracking) markRowsInserted(model, tableRows(tbl));
        model.touch(model.storyOf(p).part);
        return tbl;
      },
      true,
    );
  }

  search(searchText: string, searchOptions?: WordSearchOptions): SimRangeCollection {
    return new SimRangeCollection(this.context, () => () => {
      const p = this.target;
      const model = this.context.model;
      const length = model.text(p).text.length;
      return searchRanges(
        this.context,
        makeRange(this.context, model.storyOf(p), p, 0, p, length),
        searchText,
        searchOptions,
      );
    });
  }

  delete(): void {
    this.write(() => deleteParagraph(this.context.model, this.context.model.storyOf(this.target), this.target));
  }

  /**
   * The paragraph stops being a list item: its w:numPr goes, or numId 0 where its style carries numbering. A paragraph
   * that is no list item is left as it is (Word.Paragraph.detachFromList: "if the paragraph is a list item").
   */
  detachFromList(): void {
    this.write(() => {
      const p = this.target;
      const model = this.context.model;
      if (!model.listPosition(p)) return;
      changeParagraphProps(model, p, () =>
        detachFromList(p, model.styles.styleNumPr(model.paragraphStyleId(p)) !== null),
      );
      model.touch(model.storyOf(p).part);
    });
  }

  select(selectionMode?: 'Select' | 'Start' | 'End'): void {
    this.context.enqueue(() => {
      const p = this.target;
      const model = this.context.model;
      const length = model.text(p).text.length;
      this.context.host.selection = selectionOf(
        model,
        makeRange(this.context, model.storyOf(p), p, 0, p, length),
        selectionMode,
      );
    });
  }
}

export class SimParagraphCollection extends SimCollection<XElement, SimParagraph> {
  protected makeItem(resolve: () => XElement): SimParagraph {
    return new SimParagraph(this.context, resolve);
  }

  getFirst(): SimParagraph {
    return this.firstItem('paragraph', itemNotFound);
  }
}
