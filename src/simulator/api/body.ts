/** A body: the document's, a note's, a header's or a table cell's content. */
import type { WordBody, WordSearchOptions } from '../../word/api';
import { invalidArgument, itemNotFound } from '../errors';
import { insertParagraphInStory } from '../ooxml/blockEdit';
import type { Story } from '../ooxml/docModel';
import { deleteParagraphTracked, insertedByUs } from '../ooxml/trackedBlocks';
import { isW, removeNode, type XElement } from '../ooxml/xml';
import { reviewedView, SimClientResult, SimCollection, SimObject, type Loadable, type Scalars } from './base';
import type { TextView } from '../ooxml/paragraphText';
import { SimNoteItemCollection, type NoteTarget } from './notes';
import { SimParagraph, SimParagraphCollection } from './paragraph';
import {
  insertIntoRange,
  makeRange,
  rangeText,
  searchRanges,
  SimRange,
  SimRangeCollection,
  type RangeLocation,
  type RangeTarget,
} from './range';
import { SimTableCollection } from './table';

export interface BodyTarget {
  story: Story;
  /** The element whose paragraphs make the body; null for a header the section does not have. */
  root: XElement | null;
  /** For a header the section does not have: makes it (the first write does). */
  create?: () => Story;
}

export class SimBody extends SimObject<BodyTarget> implements WordBody {
  protected scalars(): Scalars<BodyTarget> {
    return {
      text: (b) => {
        if (this.context.host.platform === 'web') return this.viewText(b, 'withDeleted');
        const whole = this.wholeRange(b);
        return whole ? rangeText(this.context.model, whole) : '';
      },
    };
  }

  protected override navigation(name: string): Loadable | null {
    if (name === 'paragraphs') return this.paragraphs;
    if (name === 'tables') return this.tables;
    if (name === 'footnotes') return this.footnotes;
    return null;
  }

  private paragraphList(b: BodyTarget): XElement[] {
    return b.root ? this.context.model.paragraphsOf(b.root) : [];
  }

  private wholeRange(b: BodyTarget): RangeTarget | null {
    const list = this.paragraphList(b);
    const first = list[0];
    const last = list[list.length - 1];
    if (!first || !last) return null;
    return makeRange(this.context, b.story, first, 0, last, this.context.model.text(last).text.length);
  }

  get text(): string {
    return this.read<string>('text');
  }

  /** The target to write into: a header the section lacks is made now (see SimSection.getHeader). */
  private writable(): BodyTarget {
    const b = this.target;
    if (!b.root && b.create) {
      const story = b.create();
      b.story = story;
      b.root = story.root;
      b.create = undefined;
    }
    return b;
  }

  private viewText(b: BodyTarget, view: TextView): string {
    return this.paragraphList(b)
      .map((p) => this.context.model.textView(p, view))
      .join('\r');
  }

  /** WordApi 1.4: the body's text as if every tracked change were accepted ('Current') or rejected ('Original'). */
  getReviewedText(changeTrackingVersion?: 'Original' | 'Current'): SimClientResult<string> {
    const view = reviewedView(changeTrackingVersion);
    return new SimClientResult(this.context, () => this.viewText(this.target, view));
  }

  get paragraphs(): SimParagraphCollection {
    return this.nav(
      'paragraphs',
      () => new SimParagraphCollection(this.context, () => () => this.paragraphList(this.target)),
    );
  }

  get tables(): SimTableCollection {
    return this.nav(
      'tables',
      () =>
        new SimTableCollection(this.context, () => () => {
          const root = this.target.root;
          return root ? this.context.model.tablesOf(root) : [];
        }),
    );
  }

  get footnotes(): SimNoteItemCollection {
    return this.nav('footnotes', () => new SimNoteItemCollection(this.context, () => () => this.notes('footnote')));
  }

  private notes(kind: 'footnote' | 'endnote'): NoteTarget[] {
    const root = this.target.root;
    if (!root || this.target.story.kind === 'footnote' || this.target.story.kind === 'endnote') return [];
    const out: NoteTarget[] = [];
    const model = this.context.model;
    // The marks are already mapped with each paragraph's text (deleted text excluded), in document order.
    for (const p of model.paragraphsOf(root)) {
      for (const mark of model.text(p).marks) {
        if (mark.kind === kind) out.push({ kind, mark: mark.el, note: model.noteElement(kind, mark.id) });
      }
    }
    return out;
  }

  getRange(rangeLocation?: RangeLocation): SimRange {
    return new SimRange(this.context, () => {
      const whole = this.wholeRange(this.target);
      if (!whole) throw itemNotFound('the body has no paragraph');
      switch (rangeLocation ?? 'Whole') {
        case 'Start':
          return makeRange(this.context, whole.story, whole.start.p, 0, whole.start.p, 0);
        case 'End':
        case 'After':
          return makeRange(this.context, whole.story, whole.end.p, whole.end.offset, whole.end.p, whole.end.offset);
        case 'Whole':
        case 'Content':
          return whole;
        default:
          throw invalidArgument(`range location '${String(rangeLocation)}'`);
      }
    });
  }

  insertParagraph(paragraphText: string, insertLocation: 'Start' | 'End'): SimParagraph {
    return new SimParagraph(
      this.context,
      () => {
        const { root, story } = this.writable();
        if (!root) throw itemNotFound('the header does not exist');
        if (insertLocation !== 'Start' && insertLocation !== 'End')
          throw invalidArgument(`body.insertParagraph location '${String(insertLocation)}'`);
        return insertParagraphInStory(this.context.model, story, root, String(paragraphText), insertLocation);
      },
      true,
    );
  }

  insertText(text: string, insertLocation: 'Replace' | 'Start' | 'End'): SimRange {
    return new SimRange(
      this.context,
      () => {
        const whole = this.wholeRange(this.writable());
        if (!whole) throw itemNotFound('the body has no paragraph');
        if (insertLocation === 'Replace') {
          // Keep the first paragraph (its properties), drop the others, then replace its text.
          const model = this.context.model;
          for (const p of this.paragraphList(this.target).slice(1)) {
            if (p.parentNode && isW(p.parentNode, 'tc') && model.paragraphsOf(p.parentNode as XElement)[0] === p)
              continue;
            if (!model.revisions.tracking || insertedByUs(p)) removeNode(p);
            else deleteParagraphTracked(model, p, true);
          }
          model.touch(whole.story.part);
          const first = whole.start.p;
          return insertIntoRange(
            this.context,
            makeRange(this.context, whole.story, first, 0, first, model.text(first).text.length),
            String(text),
            'Replace',
          );
        }
        if (insertLocation !== 'Start' && insertLocation !== 'End')
          throw invalidArgument(`body.insertText location '${String(insertLocation)}'`);
        return insertIntoRange(this.context, whole, String(text), insertLocation);
      },
      true,
    );
  }

  search(searchText: string, searchOptions?: WordSearchOptions): SimRangeCollection {
    return new SimRangeCollection(this.context, () => () => {
      const whole = this.wholeRange(this.target);
      return whole ? searchRanges(this.context, whole, searchText, searchOptions) : [];
    });
  }
}

export { SimCollection };
