/**
 * What the preview needs of a document held in the Word simulator (src/simulator's SimulatedDocument has this
 * shape), and a WordHost around it that lets the preview see every batch the task pane runs.
 */
import type { WordContext, WordHost } from '../word/api';
import type { DocumentSelection } from './selectionHighlight';

export interface PreviewDocument extends WordHost {
  save(): Promise<Uint8Array>;
  readonly selection: DocumentSelection | null;
}

/**
 * Passes the task pane's batches to the document and tells `afterBatch` when each one ends. `whenIdle` lets the
 * preview save the document (to render it) only while no batch is under way, never between two syncs of an edit.
 * Batches are not queued behind one another: a batch that itself started another would then wait forever.
 */
export class ObservedHost implements WordHost {
  private active = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly document: PreviewDocument,
    private readonly afterBatch: () => void,
  ) {}

  run<T>(batch: (context: WordContext) => Promise<T>): Promise<T> {
    this.active += 1;
    return this.document.run(batch).finally(() => {
      this.active -= 1;
      if (this.active === 0) for (const wake of this.idleWaiters.splice(0)) wake();
      this.afterBatch();
    });
  }

  whenIdle(): Promise<void> {
    return this.active === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}

/** The text of every body paragraph, as the task pane's gateway sees it (one batch, one sync). */
export async function paragraphTexts(document: PreviewDocument): Promise<string[]> {
  return document.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text');
    await context.sync();
    return paragraphs.items.map((paragraph) => paragraph.text);
  });
}
