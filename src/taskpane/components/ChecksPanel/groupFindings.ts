/**
 * Findings grouped for the Checks panel under human names ("Document symbols", "Dates and weekdays"), one group per
 * part of the document a rule looks at (the first part of its id), most severe groups first. Within a group the
 * findings stay in document order, as the checks report them.
 */
import type { Finding, RuleMeta, Severity } from '../../service';

export interface FindingGroup {
  /** "symbol", "date"… (the first part of the rule ids). */
  id: string;
  title: string;
  /** The rule ids of its findings, for the secondary text. */
  rules: string[];
  /** The most severe finding's severity. */
  severity: Severity;
  findings: Finding[];
}

/** Human names of the rule groups; a group without one shows its id. */
export const GROUP_TITLES: Record<string, string> = {
  symbol: 'Document symbols',
  footnote: 'Footnotes',
  agenda: 'Agenda list and annotations',
  annex: 'Annex (organization of work)',
  date: 'Dates and weekdays',
  time: 'Times of day',
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const ORDER = Object.keys(GROUP_TITLES);

export function groupOf(rule: string): string {
  return rule.split('/')[0] ?? rule;
}

export function groupTitle(group: string): string {
  return GROUP_TITLES[group] ?? group;
}

export function groupFindings(findings: Finding[], _rules: readonly RuleMeta[] = []): FindingGroup[] {
  const byGroup = new Map<string, Finding[]>();
  for (const finding of findings) {
    const id = groupOf(finding.rule);
    const members = byGroup.get(id);
    if (members) members.push(finding);
    else byGroup.set(id, [finding]);
  }
  const groups = [...byGroup].map(([id, members]) => ({
    id,
    title: groupTitle(id),
    rules: [...new Set(members.map((f) => f.rule))],
    severity: members.reduce<Severity>((worst, f) => (RANK[f.severity] < RANK[worst] ? f.severity : worst), 'info'),
    findings: members,
  }));
  const order = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  return groups.sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || order(a.id) - order(b.id) || a.id.localeCompare(b.id),
  );
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
