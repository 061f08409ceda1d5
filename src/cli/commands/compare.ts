/**
 * `agenda-desk compare ORIGINAL.docx OTHER.docx... [--json]`: the language versions of one agenda against the
 * original, on what must be identical whatever the language. Exit codes like `check`: 0 no difference, 1
 * differences, 2 a file cannot be read or holds no agenda.
 */
import { compareVersion, NOT_COMPARED, versionRules, type Version, type VersionFinding } from '../../engine/compare';
import type { CommandContext } from '../command';
import { firstLine } from '../docxFile';
import { describeLocation, excerpt } from '../format';
import { runBatch, type BatchResult, type NamedJob } from '../batch';
import { Stopwatch, loadAgenda } from '../session';

interface OtherReport {
  file: string;
  findings: VersionFinding[];
  error?: string;
}

type VersionRead = { version: Version } | { error: string };

/** One version read, in this thread or in a batch worker: the snapshot and agenda travel back as plain values. */
async function readVersionFile(file: string): Promise<BatchResult<VersionRead>> {
  const engine = new Stopwatch();
  try {
    const loaded = await loadAgenda(file, engine);
    const version = { file, snapshot: loaded.snapshot, agenda: loaded.agenda };
    return { report: { version }, syncs: loaded.document.syncCount, engineMs: engine.ms };
  } catch (error) {
    return { report: { error: firstLine(error) }, syncs: 0, engineMs: engine.ms };
  }
}

export const READ_VERSION_JOB: NamedJob<null, VersionRead> = { name: 'read-version', run: readVersionFile };

/**
 * Reads every version, spread over the machine's cores as `check` spreads its files (reading is nearly all of a
 * comparison's time); a file that cannot be read gets one line on stderr, in the order given, and `null`.
 */
export async function loadVersions(ctx: CommandContext, files: string[]): Promise<(Version | null)[]> {
  const results = await runBatch(READ_VERSION_JOB, files, { input: null, onWorkers: ctx.countWorkers });
  return results.map(({ report, syncs, engineMs }) => {
    ctx.countSyncs({ syncCount: syncs });
    ctx.engine.add(engineMs);
    if ('error' in report) {
      ctx.err(report.error);
      return null;
    }
    return report.version;
  });
}

export async function compareCommand(ctx: CommandContext): Promise<number> {
  const files = ctx.args.files;
  if (files.length < 2)
    return ctx.usage('compare takes the original and one or more other language versions: ORIGINAL.docx OTHER.docx...');
  const [original, ...others] = await loadVersions(ctx, files);
  if (!original) return 2;
  const reports: OtherReport[] = others.map((other, i) =>
    other
      ? { file: other.file, findings: ctx.engine.measure(() => compareVersion(original, other)) }
      : { file: files[i + 1], findings: [], error: 'cannot be read' },
  );
  if (ctx.args.flags.has('json')) {
    ctx.out(
      JSON.stringify(
        {
          original: original.file,
          compared: versionRules.map((r) => ({ rule: r.meta.id, description: r.meta.description })),
          notCompared: NOT_COMPARED,
          files: reports,
        },
        null,
        2,
      ),
    );
  } else {
    ctx.out(
      formatReport(
        original.file,
        reports.filter((r) => !r.error),
      ),
    );
  }
  if (reports.some((r) => r.error)) return 2;
  return reports.some((r) => r.findings.length > 0) ? 1 : 0;
}

function formatReport(original: string, reports: OtherReport[]): string {
  const lines = [
    `Compared with ${original}: symbols, masthead, items, annotations, documents cited, footnotes, annex, references to items.`,
    NOT_COMPARED,
  ];
  for (const report of reports) {
    lines.push(
      '',
      `${report.file}: ${report.findings.length === 0 ? 'no structural difference' : `${report.findings.length} difference${report.findings.length > 1 ? 's' : ''}`}`,
    );
    for (const f of report.findings) {
      lines.push(`  ${f.rule}: ${f.message}`);
      for (const place of f.locations) {
        const where = place.location ? describeLocation(place.location) : 'nowhere';
        lines.push(`    ${place.file}, ${where}${place.excerpt ? `: “${excerpt(place.excerpt)}”` : ''}`);
      }
    }
  }
  return lines.join('\n');
}
