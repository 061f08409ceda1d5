/**
 * Word.run and the request context: actions (loads, method calls, property sets) are queued and carried
 * out in order at `context.sync()`, as Office does; an error in the batch rejects that sync. As in Word, which
 * has no transactions, what ran before the failing command stays applied (the traceMessages example of the
 * OfficeExtension.Error docs); each simulated command checks its arguments before it changes anything.
 */
import type { ChangeTrackingMode, WordContext } from '../../word/api';
import { RichApiError } from '../errors';
import type { DocModel, Point } from '../ooxml/docModel';
import { readTrackRevisions } from '../ooxml/settings';
import type { XElement } from '../ooxml/xml';
import { SimDocument } from './document';

export interface HostState {
  model: DocModel;
  syncCount: number;
  selection: { paragraph: number; start: number; end: number } | null;
  /** 'TrackMineOnly' has no setting of its own in settings.xml; remembered here. */
  trackMineOnly: boolean;
  /** Track changes for a package without settings.xml (kept in memory only). */
  trackWithoutSettings: boolean;
  /**
   * Whose Word the simulator plays where platforms differ: 'web' (the default) reports tracked deletions in
   * Paragraph.text and Body.text (office-js#1267, #5286); 'desktop' leaves them out.
   */
  platform: SimPlatform;
  /** Behaviours of some Word builds that the gateway has a checked fallback for (none by default). */
  quirks: SimQuirks;
  /** The add-in's settings of a package without settings.xml (kept in memory only). */
  addinSettingsWithoutPart?: Map<string, string>;
}

export type SimPlatform = 'web' | 'desktop';

/**
 * Failure modes of undocumented behaviour the gateway relies on, to reproduce in tests (docs/WORD-FIDELITY.md).
 * By default the simulator does what Word is assumed to do.
 */
export interface SimQuirks {
  /**
   * false: a paragraph inserted next to a list item does not join its list (Word documents no inheritance; the
   * gateway attaches it with attachToList).
   */
  insertInheritsList?: boolean;
  /**
   * 'ignored': setting styleBuiltIn on a paragraph inserted in the same batch leaves its style as it was
   * (office-js#1656 reports styleBuiltIn failing on inserted paragraphs); the gateway falls back to `style`.
   */
  styleBuiltInOnInserted?: 'applies' | 'ignored';
}

/** The document's change-tracking mode now: settings.xml's w:trackRevisions, refined by what the host remembers. */
export function trackingMode(host: HostState): ChangeTrackingMode {
  const settings = host.model.settingsPart;
  const on = settings ? readTrackRevisions(settings) : host.trackWithoutSettings;
  return on ? (host.trackMineOnly ? 'TrackMineOnly' : 'TrackAll') : 'Off';
}

interface Action {
  run: () => void;
  writes: boolean;
}

export class SimContext implements WordContext {
  readonly document: SimDocument;
  private queue: Action[] = [];
  private executing = false;
  private closed = false;
  private readonly ownPoints: Point[] = [];

  constructor(readonly host: HostState) {
    this.document = new SimDocument(this);
  }

  get model(): DocModel {
    return this.host.model;
  }

  /** True while the queue is being carried out: objects created then are resolved at once. */
  get isExecuting(): boolean {
    return this.executing;
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(run: () => void, writes = false): void {
    this.assertOpen();
    if (this.executing) run();
    else this.queue.push({ run, writes });
  }

  assertOpen(): void {
    if (this.closed) {
      throw new RichApiError(
        'InvalidRequestContext',
        'Cannot use the object across different request contexts: this Word.run batch has ended.',
      );
    }
  }

  point(p: XElement, offset: number, side: 'start' | 'end'): Point {
    const pt = this.model.point(p, offset, side);
    this.ownPoints.push(pt);
    return pt;
  }

  async sync(): Promise<void> {
    this.assertOpen();
    this.host.syncCount++;
    const actions = this.queue;
    this.queue = [];
    this.executing = true;
    try {
      for (const action of actions) action.run();
    } finally {
      this.executing = false;
    }
    await Promise.resolve();
  }

  close(): void {
    this.closed = true;
    this.queue = [];
    for (const pt of this.ownPoints) this.model.points.delete(pt);
  }
}
