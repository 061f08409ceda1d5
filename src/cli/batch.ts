/**
 * Work on many files at once spreads them over the machine's cores: worker threads, each running the same
 * bundled CLI, take the next file as soon as they are done with one, and send back its result (plain values).
 * `check` checks files so, `compare` reads its language versions so. Results come back in the order of the files
 * given. Workers are used only from the bundle (build/agenda-desk.js, which a worker can load), with at least two
 * files and two cores; otherwise the files are done one by one in this thread. A batch that runs longer than a
 * second shows "checked 37/100" on stderr when stderr is a terminal.
 */
import { availableParallelism } from 'os';
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';

export interface BatchResult<R> {
  report: R;
  syncs: number;
  engineMs: number;
}

/** Does one file's work in the current thread (the same function runs in the workers), given plain input. */
export type FileJob<I, R> = (file: string, input: I) => Promise<BatchResult<R>>;

/** A job the workers know by name: main.ts registers every named job with serveBatchWorker. */
export interface NamedJob<I, R> {
  name: string;
  run: FileJob<I, R>;
}

type ToWorker = { index: number; file: string } | { stop: true };
type FromWorker<R> = { ready: true } | { index: number; result: BatchResult<R> } | { index: number; failure: string };

const WORKER_FLAG = 'agendaDeskBatchWorker';

interface WorkerSetup {
  [WORKER_FLAG]: true;
  job: string;
  input: unknown;
}

export interface BatchOptions<I, R> {
  /** Plain values every file's job gets (the check settings). */
  input: I;
  /** Called as each file's result arrives (for stderr lines in the moment). */
  onResult?: (result: BatchResult<R>, index: number) => void;
  /** Threads to use; default: the cores Node may use, at most one per file. */
  threads?: number;
  progress?: Progress;
  /** Told how many worker threads the batch starts (none: files done in this thread). */
  onWorkers?: (threads: number) => void;
}

export interface Progress {
  update(done: number, total: number): void;
  end(): void;
}

/** The bundle's own file when running from it (webpack keeps __filename; under ts-jest it is a .ts file). */
function bundleFile(): string | null {
  return typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : null;
}

export async function runBatch<I, R>(
  job: NamedJob<I, R>,
  files: string[],
  options: BatchOptions<I, R>,
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
      for (let i = 0; i < files.length; i++) record(i, await job.run(files[i], options.input));
    } else {
      options.onWorkers?.(threads);
      await inWorkers(bundle, files, threads, { [WORKER_FLAG]: true, job: job.name, input: options.input }, record);
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
  setup: WorkerSetup,
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
      const worker = new Worker(bundle, { workerData: setup });
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

/** In a worker thread started by runBatch: run its job on each file the main thread sends, until told to stop. */
export function serveBatchWorker(jobs: NamedJob<never, unknown>[]): boolean {
  const setup = workerData as WorkerSetup | null;
  if (isMainThread || !parentPort || !setup?.[WORKER_FLAG]) return false;
  const port = parentPort;
  const job = jobs.find((j) => j.name === setup.job);
  if (!job) throw new Error(`agenda-desk: no batch job named ${setup.job}`);
  const run = job.run as FileJob<unknown, unknown>;
  port.on('message', (message: ToWorker) => {
    if ('stop' in message) {
      port.close();
      return;
    }
    run(message.file, setup.input).then(
      (result) => port.postMessage({ index: message.index, result } satisfies FromWorker<unknown>),
      (error: unknown) =>
        port.postMessage({ index: message.index, failure: String(error) } satisfies FromWorker<unknown>),
    );
  });
  port.postMessage({ ready: true } satisfies FromWorker<unknown>);
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
