/**
 * Pre-submission checks, shaped like ESLint rules: a rule is `meta` plus `check(context)`, and reports findings
 * through the context. A finding points at the exact characters it is about and may carry a fix, an EditPlan made
 * against the same snapshot, offered only when the correct text is certain.
 */
import type { Agenda, Location } from '../model';
import type { EditPlan } from '../plan';
import type { Snapshot } from '../snapshot';
import type { Conventions } from './conventions';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Rule id, e.g. "annex/title". */
  rule: string;
  severity: Severity;
  /** What is wrong and what is expected, in one sentence. */
  message: string;
  location: Location;
  /** The offending text exactly as it stands in the document (empty when something is missing). */
  excerpt: string;
  /** Present only when the fix is certain. */
  fix?: EditPlan;
}

export interface RuleMeta {
  /** Stable id "<group>/<name>": a contract with settings files and users. */
  id: string;
  description: string;
  /** Default severity; a rule may report a finding at another severity, settings override both. */
  severity: Severity;
  /** Whether some of its findings carry a fix. */
  fixable: boolean;
}

/** What a rule reports: the registry fills in `rule`, and `severity` from settings or the rule's default. */
export type Report = Omit<Finding, 'rule' | 'severity'> & { severity?: Severity };

export interface RuleContext {
  snapshot: Snapshot;
  agenda: Agenda;
  settings: CheckSettings;
  /** The document's own conventions (time style, dashes, terminators, "(continued)"), settings applied. */
  conventions: Conventions;
  report: (finding: Report) => void;
}

export interface Rule {
  meta: RuleMeta;
  check: (context: RuleContext) => void;
}

export type TimeConvention = '12h' | '24h';

export interface CheckSettings {
  /**
   * "12h": UN New York/Vienna style ("10 a.m.–1 p.m."); "24h": Geneva style ("10.00–13.00"). Unset: the
   * document's own, inferred from its times (see conventions.ts).
   */
  timeConvention?: TimeConvention;
  /** Per rule id: a severity that replaces the rule's own, or "off". Rules not named run at their default. */
  rules: Record<string, Severity | 'off'>;
}
