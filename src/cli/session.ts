/**
 * One CLI command's work on one file: the simulator holds the document, the gateway reads and writes it
 * (the same code as in Word), and the engine's time is measured for --stats.
 */
import type { Agenda } from '../engine/model';
import { parseAgenda } from '../engine/parse';
import type { Snapshot } from '../engine/snapshot';
import type { SimulatedDocument } from '../simulator';
import { readSnapshot } from '../word/readSnapshot';
import { openDocxFile, type SourceFile } from './docxFile';

export class NotAnAgendaError extends Error {}

export class Stopwatch {
  private total = 0;

  /** Runs engine work and adds its time. */
  measure<T>(work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.total += performance.now() - started;
    }
  }

  /** Engine time measured elsewhere (a batch worker's). */
  add(ms: number): void {
    this.total += ms;
  }

  get ms(): number {
    return Math.round(this.total * 100) / 100;
  }
}

export interface LoadedFile {
  file: string;
  document: SimulatedDocument;
  snapshot: Snapshot;
  agenda: Agenda;
  /** The bytes read, for an --in-place write to check that nobody changed the file meanwhile. */
  source: SourceFile;
}

export async function loadAgenda(
  file: string,
  engine: Stopwatch,
  options: { requireAgenda?: boolean } = {},
): Promise<LoadedFile> {
  const { document, source } = await openDocxFile(file);
  const snapshot = await readSnapshot(document);
  const agenda = engine.measure(() => parseAgenda(snapshot));
  if (options.requireAgenda !== false && agenda.items.length === 0) {
    // One line: the parser's problem says at length what was looked for (the outline lists it).
    throw new NotAnAgendaError(`${file}: holds no agenda: no provisional agenda list found`);
  }
  return { file, document, snapshot, agenda, source };
}
