/** What every command gets: its arguments, output streams, the engine stopwatch and the sync counter. */
import type { SimulatedDocument } from '../simulator';
import type { Progress } from './batch';
import type { ParsedArgs } from './args';
import type { Stopwatch } from './session';

export interface CommandContext {
  args: ParsedArgs;
  engine: Stopwatch;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Prints a usage error and returns exit code 2. */
  usage: (message: string) => number;
  /** Adds a document's Word round trips to the command's total (for --stats). */
  countSyncs: (document: Pick<SimulatedDocument, 'syncCount'>) => void;
  /** Records the worker threads a batch started (for --stats: "workers", left out when none). */
  countWorkers: (threads: number) => void;
  /** A batch's progress on a terminal's stderr (absent when stderr is not one, or output is captured). */
  progress?: Progress;
}
