/**
 * What a finding's fix would write, shown before it is applied ("3-6 pm → 3–6 p.m."), and the findings as a CSV
 * report the editor can attach (RFC 4180: fields quoted, quotes doubled, CRLF line ends, a BOM so Excel reads UTF-8).
 */
import type { Location } from '../../../engine/model';
import type { EditPlan } from '../../../engine/plan';
import type { Finding } from '../../service';
import { groupTitle, groupOf } from './groupFindings';

export interface Proposal {
  from: string;
  to: string;
}

/** The replacements a fix makes, as "from → to" pairs (at most `limit`), and how many other edits it makes. */
export function proposals(fix: EditPlan, limit = 3): { changes: Proposal[]; more: number } {
  const changes: Proposal[] = [];
  let other = 0;
  for (const edit of fix.edits) {
    if (edit.kind === 'replaceText') changes.push({ from: edit.expected, to: edit.text });
    else if (edit.kind === 'setCell')
      changes.push({ from: edit.expected, to: edit.runs.map((run) => run.text).join('') });
    else if (edit.kind === 'appendFootnoteText') {
      const tail = edit.expected.length > 24 ? `…${edit.expected.slice(-24)}` : edit.expected;
      changes.push({ from: tail, to: tail + edit.text });
    } else other += 1;
  }
  return { changes: changes.slice(0, limit), more: other + Math.max(0, changes.length - limit) };
}

/** "3-6 pm → 3–6 p.m.; …", or the fix's description when it is not a replacement. */
export function proposalText(fix: EditPlan): string {
  const { changes, more } = proposals(fix);
  if (changes.length === 0) return fix.description;
  const text = changes.map((change) => `${change.from || '(nothing)'} → ${change.to || '(nothing)'}`).join('; ');
  return more > 0 ? `${text} (and ${more} more)` : text;
}

/** "paragraph 12", "table 2, row 3, cell 1", "footnote 2", "header". */
export function placeName(location: Location): string {
  switch (location.kind) {
    case 'paragraph':
      return `paragraph ${location.paragraph + 1}`;
    case 'cell':
      return `table ${location.table + 1}, row ${location.row + 1}, cell ${location.cell + 1}`;
    case 'footnote':
      return `footnote ${location.footnote}`;
    case 'header':
      return 'header';
  }
}

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The findings as CSV, with whether each is ignored (kept in the document) and its proposed fix. */
export function findingsCsv(findings: Finding[], isIgnored: (finding: Finding) => boolean): string {
  const header = ['Group', 'Rule', 'Severity', 'Place', 'Text', 'Message', 'Proposed fix', 'Status'];
  const rows = findings.map((finding) => [
    groupTitle(groupOf(finding.rule)),
    finding.rule,
    finding.severity,
    placeName(finding.location),
    finding.excerpt,
    finding.message,
    finding.fix ? proposalText(finding.fix) : '',
    isIgnored(finding) ? 'ignored' : 'open',
  ]);
  return `\ufeff${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** "CTOC-COP-WG.7-2023-1 findings.csv" after the document's symbol, else "agenda findings.csv". */
export function reportFileName(symbol: string | null | undefined): string {
  const base = (symbol ?? '').trim().replace(/[\\/:*?"<>|]+/g, '-');
  return `${base || 'agenda'} findings.csv`;
}
