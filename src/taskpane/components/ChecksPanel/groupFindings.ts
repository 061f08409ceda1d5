/** Findings grouped by rule for the Checks panel: most severe groups first, then by rule id. */
import type { Finding, RuleMeta, Severity } from '../../service';

export interface FindingGroup {
  rule: string;
  description: string;
  /** The most severe finding's severity. */
  severity: Severity;
  findings: Finding[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function groupFindings(findings: Finding[], rules: readonly RuleMeta[]): FindingGroup[] {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = byRule.get(finding.rule);
    if (group) group.push(finding);
    else byRule.set(finding.rule, [finding]);
  }
  const groups = [...byRule].map(([rule, members]) => ({
    rule,
    description: rules.find((meta) => meta.id === rule)?.description ?? '',
    severity: members.reduce<Severity>((worst, f) => (RANK[f.severity] < RANK[worst] ? f.severity : worst), 'info'),
    findings: members,
  }));
  return groups.sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.rule.localeCompare(b.rule));
}

/** "2 errors, 1 warning, 3 notes". */
export function severityCounts(findings: Finding[]): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  const parts: string[] = [];
  if (counts.error) parts.push(`${counts.error} error${counts.error === 1 ? '' : 's'}`);
  if (counts.warning) parts.push(`${counts.warning} warning${counts.warning === 1 ? '' : 's'}`);
  if (counts.info) parts.push(`${counts.info} note${counts.info === 1 ? '' : 's'}`);
  return parts.join(', ');
}
