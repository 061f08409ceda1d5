import { promises as fs } from 'fs';
import { inferConventions, resolveSettings, runChecks, type Conventions } from '../../engine/checks';
import type { CheckSettings, Finding } from '../../engine/checks/types';
import type { CommandContext } from '../command';
import { firstLine } from '../docxFile';
import { describeLocation, excerpt } from '../format';
import { runBatch, type BatchResult, type NamedJob } from '../batch';
import { Stopwatch, loadAgenda } from '../session';

export interface FileReport {
  file: string;
  findings: Finding[];
  problems: { code: string; message: string }[];
  /** The conventions the checks applied (time style, dashes, terminators, "(continued)") and why. */
  conventions?: Conventions;
  error?: string;
}

export async function loadSettings(ctx: CommandContext): Promise<CheckSettings> {
  const config = ctx.args.options.get('config');
  if (!config) return resolveSettings({});
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(config, 'utf8'));
  } catch (error) {
    throw new Error(`${config}: not a readable JSON settings file (${firstLine(error)}).`, { cause: error });
  }
  return resolveSettings(raw);
}

/** One file's check, in this thread or in a batch worker: its report, Word round trips and engine time. */
export async function checkFile(file: string, settings: CheckSettings): Promise<BatchResult<FileReport>> {
  const engine = new Stopwatch();
  try {
    const loaded = await loadAgenda(file, engine);
    const findings = engine.measure(() => runChecks(loaded.snapshot, loaded.agenda, settings));
    const conventions = engine.measure(() => inferConventions(loaded.agenda, loaded.snapshot, settings));
    const problems = loaded.agenda.problems.map(({ code, message }) => ({ code, message }));
    return { report: { file, findings, conventions, problems }, syncs: loaded.document.syncCount, engineMs: engine.ms };
  } catch (error) {
    return { report: { file, findings: [], problems: [], error: firstLine(error) }, syncs: 0, engineMs: engine.ms };
  }
}

export const CHECK_JOB: NamedJob<CheckSettings, FileReport> = { name: 'check', run: checkFile };

export async function checkCommand(ctx: CommandContext): Promise<number> {
  const files = ctx.args.files;
  if (files.length === 0) return ctx.usage('check takes one or more FILE.docx.');
  const settings = await loadSettings(ctx);
  const results = await runBatch(CHECK_JOB, files, {
    input: settings,
    progress: ctx.progress,
    onWorkers: ctx.countWorkers,
    onResult: ({ report, syncs, engineMs }) => {
      if (report.error) ctx.err(report.error);
      ctx.countSyncs({ syncCount: syncs });
      ctx.engine.add(engineMs);
    },
  });
  const reports = results.map((r) => r.report);
  if (ctx.args.flags.has('json')) {
    ctx.out(JSON.stringify({ files: reports.map((r) => ({ ...r, findings: r.findings.map(withoutFix) })) }, null, 2));
  } else {
    const readable = reports.filter((r) => !r.error);
    if (readable.length > 0) ctx.out(readable.map(formatReport).join('\n\n'));
  }
  if (reports.some((r) => r.error)) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** JSON output says whether a finding can be fixed; the plan itself is for `fix`. */
function withoutFix(finding: Finding): Omit<Finding, 'fix'> & { fixable: boolean } {
  const { fix, ...rest } = finding;
  return { ...rest, fixable: fix !== undefined };
}

function formatReport(report: FileReport): string {
  const lines = [report.file];
  if (report.findings.length === 0) lines.push('  no findings');
  const byRule = new Map<string, Finding[]>();
  for (const f of report.findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  for (const [rule, findings] of byRule) {
    lines.push(`  ${rule} (${findings.length})`);
    for (const f of findings) {
      lines.push(
        `    ${f.severity.padEnd(7)} ${describeLocation(f.location)}: ${f.message}${f.fix ? ' [fixable]' : ''}`,
      );
      if (f.excerpt) lines.push(`            “${excerpt(f.excerpt)}”`);
    }
  }
  for (const p of report.problems) lines.push(`  note: ${p.message}`);
  const time = report.conventions?.time;
  if (time)
    lines.push(
      `  time style: ${time.value.notation} "${time.value.example}" (${time.source}: ${time.evidence.replace(/\.$/u, '')})`,
    );
  const count = (s: string) => report.findings.filter((f) => f.severity === s).length;
  lines.push(`  ${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes`);
  return lines.join('\n');
}
