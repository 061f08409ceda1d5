/**
 * Ranges: a start and an end point in a story's paragraphs, kept attached to the text through edits
 * (see DocModel.mapPoints). Text across paragraphs is joined with "\r", Word's paragraph mark.
 */
import type { WordRange, WordSearchOptions } from '../../word/api';
import { invalidArgument, itemNotFound } from '../errors';
import type { DocModel, Point, Story } from '../ooxml/docModel';
import { compileSearch, findAll } from '../ooxml/search';
import { insertOoxml, rangeOoxml } from '../ooxml/ooxmlCopy';
import { readItalic, replaceText, setItalic } from '../ooxml/textEdit';
import { removeNotesIn } from '../ooxml/blockEdit';
import { markParagraph } from '../ooxml/revisions';
import { deleteParagraphTracked, insertedByUs } from '../ooxml/trackedBlocks';
import { childElements, isW, removeNode, type XElement } from '../ooxml/xml';
import { reviewedView, SimClientResult, SimCollection, SimObject, type Loadable, type Scalars } from './base';
import type { SimContext } from './context';
import { SimParagraphCollection } from './paragraph';

export interface RangeTarget {
  story: Story;
  start: Point;
  end: Point;
}

export type RangeLocation = 'Whole' | 'Start' | 'End' | 'After' | 'Content';
export type TextInsertLocation = 'Replace' | 'Start' | 'End' | 'Before' | 'After';

export function makeRange(
  context: SimContext,
  story: Story,
  p1: XElement,
  o1: number,
  p2: XElement,
  o2: number,
): RangeTarget {
  return { story, start: context.point(p1, o1, 'start'), end: context.point(p2, o2, 'end') };
}

function orderOf(model: DocModel, story: Story, p: XElement): number {
  return model.paragraphsOf(story.root).indexOf(p);
}

export function paragraphsIn(model: DocModel, r: RangeTarget): XElement[] {
  if (r.start.p === r.end.p) return [r.start.p];
  const list = model.paragraphsOf(r.story.root);
  const i = list.indexOf(r.start.p);
  const j = list.indexOf(r.end.p);
  if (i < 0 || j < 0 || j < i) return [r.start.p];
  return list.slice(i, j + 1);
}

/** Each paragraph of the range with the character span the range covers in it. */
export function segments(model: DocModel, r: RangeTarget): Array<{ p: XElement; from: number; to: number }> {
  const list = paragraphsIn(model, r);
  return list.map((p, k) => {
    const length = model.text(p).text.length;
    const from = k === 0 ? Math.min(r.start.offset, length) : 0;
    const to = k === list.length - 1 && p === r.end.p ? Math.min(r.end.offset, length) : length;
    return { p, from, to: Math.max(from, to) };
  });
}

export function rangeText(model: DocModel, r: RangeTarget): string {
  return segments(model, r)
    .map(({ p, from, to }) => model.text(p).text.slice(from, to))
    .join('\r');
}

export function subRange(context: SimContext, r: RangeTarget, location: RangeLocation | undefined): RangeTarget {
  switch (location ?? 'Whole') {
    case 'Start':
      return makeRange(context, r.story, r.start.p, r.start.offset, r.start.p, r.start.offset);
    case 'End':
    case 'After':
      return makeRange(context, r.story, r.end.p, r.end.offset, r.end.p, r.end.offset);
    case 'Whole':
    case 'Content':
      return makeRange(context, r.story, r.start.p, r.start.offset, r.end.p, r.end.offset);
    default:
      throw invalidArgument(`range location '${String(location)}'`);
  }
}

function before(model: DocModel, story: Story, a: Point, b: Point): boolean {
  if (a.p === b.p) return a.offset < b.offset;
  return orderOf(model, story, a.p) < orderOf(model, story, b.p);
}

export function searchRanges(
  context: SimContext,
  r: RangeTarget,
  text: string,
  options: WordSearchOptions | undefined,
): RangeTarget[] {
  const pattern = compileSearch(text, options ?? {});
  if (!pattern) return [];
  const out: RangeTarget[] = [];
  for (const { p, from, to } of segments(context.model, r)) {
    const { text, revised } = context.model.text(p);
    // Word does not match across a tracked deletion (office-js#5874): a match spanning one is no match.
    const spansDeletion = (s: number, e: number) => (revised?.deletedAt ?? []).some((at) => s < at && at < e);
    for (const [s, e] of findAll(pattern, text, from, to))
      if (!spansDeletion(s, e)) out.push(makeRange(context, r.story, p, s, p, e));
  }
  return out;
}

/** Replace a range spanning paragraphs: the first keeps its properties and receives what follows the range. */
function replaceAcross(context: SimContext, r: RangeTarget, text: string): void {
  const model = context.model;
  const parts = segments(model, r);
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return;
  if (model.revisions.tracking) {
    replaceAcrossTracked(context, r, text);
    return;
  }
  replaceText(model, r.story, last.p, 0, last.to, '');
  replaceText(model, r.story, first.p, first.from, first.to, text);
  const joinAt = first.from + text.length;
  for (const mid of parts.slice(1, -1)) {
    removeNotesIn(model, mid.p);
    removeNode(mid.p);
  }
  if (last.p !== first.p) {
    for (const c of childElements(last.p)) if (!isW(c, 'pPr')) first.p.appendChild(c);
    for (const pt of model.points) {
      if (pt.p === last.p) {
        pt.p = first.p;
        pt.offset += joinAt;
      }
    }
    removeNode(last.p);
  }
  model.touch(r.story.part);
}

/**
 * The same, tracked, as Word records it: the text deleted, the paragraphs in between deleted, and the first
 * paragraph's mark deleted (accepting joins it to the last). Until accepted, the first and the last paragraph
 * read as two (when the first keeps text before the range).
 */
function replaceAcrossTracked(context: SimContext, r: RangeTarget, text: string): void {
  const model = context.model;
  const parts = segments(model, r);
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return;
  replaceText(model, r.story, last.p, 0, last.to, '');
  replaceText(model, r.story, first.p, first.from, first.to, text);
  for (const mid of parts.slice(1, -1)) {
    if (insertedByUs(mid.p)) removeNode(mid.p);
    else deleteParagraphTracked(model, mid.p, true);
  }
  if (last.p !== first.p) markParagraph(model.revisions, first.p, 'del');
  model.touch(r.story.part);
}

/** insertText on a range; returns the range of the new text. */
export function insertIntoRange(
  context: SimContext,
  r: RangeTarget,
  text: string,
  location: TextInsertLocation,
): RangeTarget {
  const model = context.model;
  switch (location) {
    case 'Replace': {
      const start = { p: r.start.p, offset: r.start.offset };
      if (r.start.p === r.end.p)
        replaceText(model, r.story, r.start.p, r.start.offset, Math.max(r.start.offset, r.end.offset), text);
      else replaceAcross(context, r, text);
      return makeRange(context, r.story, start.p, start.offset, start.p, start.offset + text.length);
    }
    case 'Start':
    case 'Before': {
      const { p, offset } = r.start;
      replaceText(model, r.story, p, offset, offset, text, 'after', location === 'Start' ? 'inside' : 'all');
      return makeRange(context, r.story, p, offset, p, offset + text.length);
    }
    case 'End':
    case 'After': {
      const { p, offset } = r.end;
      replaceText(model, r.story, p, offset, offset, text, 'before', location === 'End' ? 'inside' : 'none');
      return makeRange(context, r.story, p, offset, p, offset + text.length);
    }
    default:
      throw invalidArgument(`insert location '${String(location)}'`);
  }
}

export function selectionOf(
  model: DocModel,
  r: RangeTarget,
  mode: 'Select' | 'Start' | 'End' | undefined,
): { paragraph: number; start: number; end: number } | null {
  const at = mode === 'End' ? r.end : r.start;
  const index = model.bodyIndex(at.p);
  if (index < 0) return null;
  if (mode === 'Start' || mode === 'End') return { paragraph: index, start: at.offset, end: at.offset };
  const end = r.end.p === r.start.p ? r.end.offset : model.text(r.start.p).text.length;
  return { paragraph: index, start: r.start.offset, end };
}

export class SimFont extends SimObject<RangeTarget> {
  protected scalars(): Scalars<RangeTarget> {
    return {
      italic: (r) => {
        const values = segments(this.context.model, r).map(({ p, from, to }) =>
          readItalic(this.context.model, p, from, to),
        );
        return values.every((v) => v === true) ? true : values.every((v) => v === false) ? false : null;
      },
    };
  }

  get italic(): boolean {
    return this.read<boolean>('italic');
  }

  set italic(value: boolean) {
    this.write(() => {
      for (const { p, from, to } of segments(this.context.model, this.target))
        setItalic(this.context.model, this.target.story, p, from, to, Boolean(value));
    });
  }
}

export class SimRange extends SimObject<RangeTarget> implements WordRange {
  protected scalars(): Scalars<RangeTarget> {
    return {
      text: (r) => rangeText(this.context.model, r),
      isEmpty: (r) => r.start.p === r.end.p && r.start.offset >= r.end.offset,
    };
  }

  protected override navigation(name: string): Loadable | null {
    if (name === 'font') return this.font;
    if (name === 'paragraphs') return this.paragraphs;
    return null;
  }

  get text(): string {
    return this.read<string>('text');
  }

  get font(): SimFont {
    return this.nav('font', () => new SimFont(this.context, () => this.target));
  }

  get paragraphs(): SimParagraphCollection {
    return this.nav(
      'paragraphs',
      () => new SimParagraphCollection(this.context, () => () => paragraphsIn(this.context.model, this.target)),
    );
  }

  getRange(rangeLocation?: RangeLocation): SimRange {
    return new SimRange(this.context, () => subRange(this.context, this.target, rangeLocation));
  }

  expandTo(range: WordRange): SimRange {
    if (!(range instanceof SimRange)) throw invalidArgument('expandTo needs a range of the same document');
    return new SimRange(this.context, () => {
      const a = this.target;
      const b = range.rangeTarget;
      if (a.story.root !== b.story.root) throw invalidArgument('expandTo: the ranges are in different stories');
      const model = this.context.model;
      const start = before(model, a.story, b.start, a.start) ? b.start : a.start;
      const end = before(model, a.story, a.end, b.end) ? b.end : a.end;
      return makeRange(this.context, a.story, start.p, start.offset, end.p, end.offset);
    });
  }

  /** WordApi 1.4: 'Current' is the range's text as edits address it; 'Original' each paragraph part rejected. */
  getReviewedText(changeTrackingVersion?: 'Original' | 'Current'): SimClientResult<string> {
    const view = reviewedView(changeTrackingVersion);
    return new SimClientResult(this.context, () => {
      const model = this.context.model;
      if (view === 'current') return rangeText(model, this.target);
      // Whole paragraphs in the original view; a partial paragraph keeps its current slice.
      return segments(model, this.target)
        .map(({ p, from, to }) =>
          from === 0 && to === model.text(p).text.length
            ? model.textView(p, 'original')
            : model.text(p).text.slice(from, to),
        )
        .join('\r');
    });
  }

  /** Where this range lies relative to another of the same story (Word.LocationRelation, WordApi 1.3). */
  compareLocationWith(range: WordRange): SimClientResult<string> {
    if (!(range instanceof SimRange)) throw invalidArgument('compareLocationWith needs a range of the same document');
    return new SimClientResult(this.context, () => {
      const a = this.target;
      const b = range.rangeTarget;
      if (a.story.root !== b.story.root) return 'Unrelated';
      const model = this.context.model;
      const cmp = (x: Point, y: Point): number =>
        x.p === y.p ? x.offset - y.offset : orderOf(model, a.story, x.p) - orderOf(model, a.story, y.p);
      const ss = cmp(a.start, b.start);
      const ee = cmp(a.end, b.end);
      if (ss === 0 && ee === 0) return 'Equal';
      if (cmp(a.end, b.start) <= 0) return cmp(a.end, b.start) === 0 ? 'AdjacentBefore' : 'Before';
      if (cmp(a.start, b.end) >= 0) return cmp(a.start, b.end) === 0 ? 'AdjacentAfter' : 'After';
      if (ss <= 0 && ee >= 0) return ss === 0 ? 'ContainsStart' : ee === 0 ? 'ContainsEnd' : 'Contains';
      if (ss >= 0 && ee <= 0) return ss === 0 ? 'InsideStart' : ee === 0 ? 'InsideEnd' : 'Inside';
      return ss < 0 ? 'OverlapsBefore' : 'OverlapsAfter';
    });
  }

  /** For expandTo: the resolved target of another range proxy. */
  get rangeTarget(): RangeTarget {
    return this.target;
  }

  insertText(text: string, insertLocation: TextInsertLocation): SimRange {
    return new SimRange(
      this.context,
      () => insertIntoRange(this.context, this.target, String(text), insertLocation),
      true,
    );
  }

  search(searchText: string, searchOptions?: WordSearchOptions): SimRangeCollection {
    return new SimRangeCollection(
      this.context,
      () => () => searchRanges(this.context, this.target, searchText, searchOptions),
    );
  }

  select(selectionMode?: 'Select' | 'Start' | 'End'): void {
    this.context.enqueue(() => {
      this.context.host.selection = selectionOf(this.context.model, this.target, selectionMode);
    });
  }

  /** The paragraphs the range touches, whole (the simulator copies whole paragraphs and the tables between). */
  getOoxml(): SimClientResult<string> {
    return new SimClientResult(this.context, () =>
      rangeOoxml(this.context.model, this.target.story, paragraphsIn(this.context.model, this.target)),
    );
  }

  /** 'Before' the range's first paragraph or 'After' its last, as whole paragraphs (the simulator's subset). */
  insertOoxml(ooxml: string, insertLocation: 'Replace' | 'Start' | 'End' | 'Before' | 'After'): SimRange {
    return new SimRange(
      this.context,
      () => {
        if (insertLocation !== 'Before' && insertLocation !== 'After')
          throw invalidArgument(
            `insertOoxml location '${insertLocation}' (the simulator inserts whole paragraphs 'Before' or 'After')`,
          );
        const r = this.target;
        const { paragraphs: inserted, merged } = insertOoxml(
          this.context.model,
          r.story,
          insertLocation === 'Before' ? r.start.p : r.end.p,
          insertLocation,
          String(ooxml),
        );
        const first = inserted[0];
        const last = inserted[inserted.length - 1];
        if (!first || !last)
          return makeRange(this.context, r.story, r.start.p, r.start.offset, r.start.p, r.start.offset);
        return makeRange(this.context, r.story, first, 0, last, merged ?? this.context.model.text(last).text.length);
      },
      true,
    );
  }
}

export class SimRangeCollection extends SimCollection<RangeTarget, SimRange> {
  protected makeItem(resolve: () => RangeTarget): SimRange {
    return new SimRange(this.context, resolve);
  }

  getFirst(): SimRange {
    return this.firstItem('search result', itemNotFound);
  }
}
