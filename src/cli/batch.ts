/**
 * `check` on many files at once spreads them over the machine's cores: worker threads, each running the same
 * bundled CLI, take the next file as soon as they are done with one, and send back its report (plain values).
 * Reports come back in the order of the files given. Workers are used only from the bundle (build/agenda-desk.js,
 * which a worker can load), with at least two files and two cores; otherwise the files are checked one by one.
 * A batch that runs longer than a second shows "checked 37/100" on stderr when stderr is a terminal.
 */
import { availableParallelism } from 'os';
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import type { CheckSettings } from '../engine/checks/types';

export interface BatchResult<R> {
  report: R;
  syncs: number;
  engineMs: number;
}

/** Checks one file in the current thread (the same function runs in the workers). */
export type CheckOne<R> = (file: string, settings: CheckSettings) => Promise<BatchResult<R>>;

type ToWorker = { index: number; file: string } | { stop: true };
type FromWorker<R> = { ready: true } | { index: number; result: BatchResult<R> } | { index: number; failure: string };

const WORKER_FLAG = 'agendaDeskCheckWorker';

export interface BatchOptions<R> {
  settings: CheckSettings;
  /** Called as each file's result arrives (for stderr lines in the moment). */
  onResult?: (result: BatchResult<R>, index: number) => void;
  /** Threads to use; default: the cores Node may use, at most one per file. */
  threads?: number;
  progress?: Progress;
}

export interface Progress {
  update(done: number, total: number): void;
  end(): void;
}

/** The bundle's own file when running from it (webpack keeps __filename; under ts-jest it is a .ts file). */
function bundleFile(): string | null {
  return typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : null;
}

export async function checkBatch<R>(
  files: string[],
  checkOne: CheckOne<R>,
  options: BatchOptions<R>,
): Promise<BatchResult<R>[]> {
  const threads = Math.min(options.threads ?? availableParallelism(), files.length);
  const bundle = bundleFile();
  const results: BatchResult<R>[] = new Array<BatchResult<R>>(files.length);
  let done = 0;
  const record = (index: number, result: BatchResult<R>): void => {
    results[index] = result;
    done++;
    options.onResult?.(result, index);
    options.progress?.update(done, files.length);
  };
  try {
    if (threads < 2 || !bundle) {
      for (let i = 0; i < files.length; i++) record(i, await checkOne(files[i], options.settings));
    } else {
      await inWorkers(bundle, files, threads, options.settings, record);
    }
  } finally {
    options.progress?.end();
  }
  return results;
}

function inWorkers<R>(
  bundle: string,
  files: string[],
  threads: number,
  settings: CheckSettings,
  record: (index: number, result: BatchResult<R>) => void,
): Promise<void> {
  let next = 0;
  let running = threads;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const fail = (error: Error): void => {
      for (const w of workers) void w.terminate();
      reject(error);
    };
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(bundle, { workerData: { [WORKER_FLAG]: true, settings } });
      workers.push(worker);
      const feed = (): void => {
        const message: ToWorker = next < files.length ? { index: next, file: files[next++] } : { stop: true };
        worker.postMessage(message);
      };
      worker.on('message', (message: FromWorker<R>) => {
        if ('failure' in message) return fail(new Error(message.failure));
        if ('result' in message) record(message.index, message.result);
        feed();
      });
      worker.on('error', fail);
      worker.on('exit', () => {
        if (--running === 0) resolve();
      });
    }
  });
}

/** In a worker thread started by checkBatch: check each file the main thread sends, until told to stop. */
export function serveBatchWorker<R>(checkOne: CheckOne<R>): boolean {
  if (isMainThread || !parentPort || !(workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) return false;
  const port = parentPort;
  const { settings } = workerData as { settings: CheckSettings };
  port.on('message', (message: ToWorker) => {
    if ('stop' in message) {
      port.close();
      return;
    }
    checkOne(message.file, settings).then(
      (result) => port.postMessage({ index: message.index, result } satisfies FromWorker<R>),
      (error: unknown) => port.postMessage({ index: message.index, failure: String(error) } satisfies FromWorker<R>),
    );
  });
  port.postMessage({ ready: true } satisfies FromWorker<R>);
  return true;
}

/** "checked 37/100" on a terminal's stderr, shown only once the batch has run for a second. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr, delayMs = 1000): Progress | undefined {
  if (!stream.isTTY) return undefined;
  const started = Date.now();
  let shown = false;
  return {
    update(done, total) {
      if (Date.now() - started < delayMs) return;
      shown = true;
      stream.write(`\rchecked ${done}/${total}`);
    },
    end() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
