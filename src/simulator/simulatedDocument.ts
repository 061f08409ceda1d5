/** A .docx opened in the simulator: `run()` like Word.run, sync counting, the last selection, save. */
import type { WordContext, WordHost } from '../word/api';
import { SimContext, trackingMode, type HostState, type SimPlatform, type SimQuirks } from './api/context';
import type { DocModel } from './ooxml/docModel';

export interface SimulatedDocument extends WordHost {
  /** Total context.sync() calls over all runs. */
  readonly syncCount: number;
  resetSyncCount(): void;
  /** The edited .docx: changed parts rewritten, every other part byte-identical. */
  save(): Promise<Uint8Array>;
  /** The last thing select() was called on, as body paragraph index + char range, for the preview. */
  readonly selection: { paragraph: number; start: number; end: number } | null;
}

export class SimulatedDocx implements SimulatedDocument {
  private readonly state: HostState;

  constructor(
    private readonly model: DocModel,
    platform: SimPlatform = 'web',
    quirks: SimQuirks = {},
  ) {
    this.state = {
      model,
      syncCount: 0,
      selection: null,
      trackMineOnly: false,
      trackWithoutSettings: false,
      platform,
      quirks,
    };
    // Edits are recorded as revisions while the mode is on when they run (the mode is set and restored in the
    // same queue as the edits, so it brackets exactly them).
    model.revisions.setModeSource(() => trackingMode(this.state) !== 'Off');
  }

  get syncCount(): number {
    return this.state.syncCount;
  }

  resetSyncCount(): void {
    this.state.syncCount = 0;
  }

  get selection(): { paragraph: number; start: number; end: number } | null {
    return this.state.selection;
  }

  /**
   * Word.run: the batch gets a fresh request context; what it leaves queued is synced when it returns
   * (as Word.run does, and counted as a sync); its objects are unusable afterwards.
   */
  async run<T>(batch: (context: WordContext) => Promise<T>): Promise<T> {
    const context = new SimContext(this.state);
    try {
      const result = await batch(context);
      if (context.hasPending) await context.sync();
      return result;
    } finally {
      context.close();
    }
  }

  async save(): Promise<Uint8Array> {
    return this.model.pkg.save(this.model.parts);
  }
}
