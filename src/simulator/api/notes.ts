/** Footnotes (WordApi 1.5): in the order of their reference marks; a note's body text starts with its mark (U+0002). */
import type { WordNoteItem } from '../../word/api';
import { itemNotFound } from '../errors';
import { closest } from '../ooxml/story';
import type { XElement } from '../ooxml/xml';
import { SimCollection, SimObject, type Loadable, type Scalars } from './base';
import { SimBody } from './body';
import { makeRange, SimRange } from './range';

export interface NoteTarget {
  kind: 'footnote' | 'endnote';
  /** The w:footnoteReference in the text. */
  mark: XElement;
  /** The w:footnote in footnotes.xml (null when the package lacks it). */
  note: XElement | null;
}

export class SimNoteItem extends SimObject<NoteTarget> implements WordNoteItem {
  protected scalars(): Scalars<NoteTarget> {
    return { type: (n) => (n.kind === 'footnote' ? 'Footnote' : 'Endnote') };
  }

  protected override navigation(name: string): Loadable | null {
    if (name === 'body') return this.body;
    if (name === 'reference') return this.reference;
    return null;
  }

  get body(): SimBody {
    return this.nav(
      'body',
      () =>
        new SimBody(this.context, () => {
          const { note, kind } = this.target;
          const part = this.context.model.partOf(kind);
          if (!note || !part) return { story: this.context.model.mainStory, root: null };
          return { story: { kind, root: note, part }, root: note };
        }),
    );
  }

  /** The reference mark: one character of Paragraph.text, U+0002 (office-js#6942). */
  get reference(): SimRange {
    return this.nav(
      'reference',
      () =>
        new SimRange(this.context, () => {
          const model = this.context.model;
          const { mark } = this.target;
          const p = closest(mark, 'p');
          if (!p) throw itemNotFound('footnote reference paragraph');
          const offset = model.text(p).marks.find((m) => m.el === mark)?.offset ?? 0;
          return makeRange(this.context, model.storyOf(p), p, offset, p, offset + 1);
        }),
    );
  }
}

export class SimNoteItemCollection extends SimCollection<NoteTarget, SimNoteItem> {
  protected makeItem(resolve: () => NoteTarget): SimNoteItem {
    return new SimNoteItem(this.context, resolve);
  }

  getFirst(): SimNoteItem {
    return this.firstItem('footnote', itemNotFound);
  }
}
