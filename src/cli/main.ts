/**
 * `agenda-desk`: the engine and the Word gateway on .docx files, through the Word simulator — the same code path
 * as the add-in in Word. Exit codes: 0 done (check: no error finding), 1 check found errors, 2 a file could not
 * be read, holds no agenda, or the command was misused. Failures print one line on stderr, never a stack trace.
 */
import { UsageError, parseArgs } from './args';
import type { CommandContext } from './command';
import { serveBatchWorker, terminalProgress } from './batch';
import { CHECK_JOB, checkCommand } from './commands/check';
import { READ_VERSION_JOB, compareCommand } from './commands/compare';
import { editCommands } from './commands/edit';
import { fixCommand } from './commands/fix';
import { outlineCommand } from './commands/outline';
import { rulesCommand } from './commands/rules';
import { firstLine } from './docxFile';
import { Stopwatch } from './session';

const HELP = `agenda-desk — read, check and renumber UN annotated provisional agendas (.docx)

  agenda-desk outline FILE.docx [--json]
  agenda-desk check FILE.docx... [--json] [--config SETTINGS.json]
  agenda-desk compare ORIGINAL.docx OTHER.docx... [--json]              (language versions of one agenda)
  agenda-desk fix FILE.docx... (--out OUT.docx | --out-dir DIR | --in-place) [--config SETTINGS.json]
  agenda-desk rules [--json]                                            (the checks and their ids)
  agenda-desk insert-item FILE.docx --position 3 --title "Title"        (sub-item: --position "1 (c)")
  agenda-desk remove-item FILE.docx --item 5                             (sub-item: --item "1 (b)")
  agenda-desk move-item FILE.docx --item 5 --to 2                        (sub-item: --item "1 (b)" --to "1 (a)")
  agenda-desk rename-item FILE.docx --item 2 --title "Title"
  agenda-desk regenerate-annex FILE.docx...

Commands that write take one or more files and need --out OUT.docx (one file), --out-dir DIR or --in-place;
a file that fails gets one line on stderr and the others go on; --track-changes records the edits as tracked changes.
Language versions of one agenda are edited together with --title LANG=… (en fr es ru ar zh) or --versions and
--out-dir DIR: the first file is the original, each version gets its language's title or a placeholder.
--stats prints {"command", "syncs", "engineMs"} as one JSON line on stderr ("workers": threads a batch used).
Exit codes: 0 done, 1 check found errors (compare: differences), 2 unreadable file, a file that holds no agenda, or bad usage.`;

const COMMANDS: Record<string, (ctx: CommandContext) => Promise<number>> = {
  outline: outlineCommand,
  check: checkCommand,
  compare: compareCommand,
  fix: fixCommand,
  rules: rulesCommand,
  ...editCommands,
};

const SPEC = {
  flags: ['json', 'stats', 'in-place', 'track-changes', 'help', 'versions'],
  options: ['config', 'out', 'out-dir', 'position', 'title', 'item', 'to'],
};

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * A reader that stops early (`agenda-desk check --json … | head`) closes the pipe: the rest of the output is
 * dropped quietly (no EPIPE stack trace) and the command still finishes its files and sets its exit code.
 */
function pipeWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(`${text}\n`);
  };
}

let processIoCache: Io | null = null;
function processIo(): Io {
  processIoCache ??= { out: pipeWriter(process.stdout), err: pipeWriter(process.stderr) };
  return processIoCache;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const engine = new Stopwatch();
  let syncs = 0;
  let workers = 0;
  let code: number;
  let command = argv[0] ?? 'help';
  try {
    const args = parseArgs(argv, SPEC);
    command = args.command;
    if (command === 'help' || command === '--help' || args.flags.has('help')) {
      io.out(HELP);
      return 0;
    }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`Unknown command "${command}". Run agenda-desk help.`);
    const ctx: CommandContext = {
      args,
      engine,
      out: io.out,
      err: io.err,
      usage: (message) => {
        io.err(`agenda-desk ${command}: ${message}`);
        return 2;
      },
      progress: io === processIoCache ? terminalProgress() : undefined,
      countSyncs: (document) => {
        syncs += document.syncCount;
      },
      countWorkers: (threads) => {
        workers = Math.max(workers, threads);
      },
    };
    code = await run(ctx);
    if (args.flags.has('stats'))
      io.err(JSON.stringify({ command, syncs, engineMs: engine.ms, ...(workers > 0 ? { workers } : {}) }));
  } catch (error) {
    io.err(error instanceof UsageError ? `agenda-desk: ${error.message}` : firstLine(error));
    code = 2;
  }
  return code;
}

// Loaded as a batch worker (src/cli/batch.ts): serve `check` or `compare`'s reading on the files the main thread sends.
serveBatchWorker([CHECK_JOB, READ_VERSION_JOB]);
