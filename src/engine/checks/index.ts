/**
 * Pre-submission checks: run every rule on a parsed agenda, and merge the certain fixes into one plan.
 *
 *   const findings = runChecks(snapshot, parseAgenda(snapshot), resolveSettings(json));
 *   const plan = fixAll(findings);   // apply with src/word applyPlan
 */
import type { Agenda } from '../model';
import type { EditPlan } from '../plan';
import { mergePlans } from '../planTools';
import type { Snapshot } from '../snapshot';
import { inferConventions, type Conventions } from './conventions';
import { rules } from './registry';
import { defaultSettings, resolveSettings } from './settings';
import { documentPosition } from './support';
import type { CheckSettings, Finding, Report, Rule } from './types';

export { rules, defaultSettings, resolveSettings, inferConventions };
export type { CheckSettings, Finding, Rule, RuleMeta, Severity } from './types';
export type { Convention, Conventions, ConventionSource, RangeDash, TerminatorRole, TimeStyle } from './conventions';

function withDefaults(settings: Partial<CheckSettings> | undefined): CheckSettings {
  const resolved: CheckSettings = { rules: { ...defaultSettings.rules, ...(settings?.rules ?? {}) } };
  const timeConvention = settings?.timeConvention ?? defaultSettings.timeConvention;
  if (timeConvention) resolved.timeConvention = timeConvention;
  return resolved;
}

function runRule(
  rule: Rule,
  snapshot: Snapshot,
  agenda: Agenda,
  settings: CheckSettings,
  conventions: Conventions,
  out: Finding[],
): void {
  const configured = settings.rules[rule.meta.id];
  if (configured === 'off') return;
  const report = (f: Report): void => {
    const finding: Finding = {
      rule: rule.meta.id,
      severity: configured ?? f.severity ?? rule.meta.severity,
      message: f.message,
      location: f.location,
      excerpt: f.excerpt,
    };
    if (f.fix) finding.fix = f.fix;
    out.push(finding);
  };
  try {
    rule.check({ snapshot, agenda, settings, conventions, report });
  } catch (error: unknown) {
    // A rule's bug must not hide the other rules' findings; it is reported, not swallowed.
    out.push({
      rule: rule.meta.id,
      severity: 'warning',
      message: `This check could not run on this document (${error instanceof Error ? error.message : String(error)}).`,
      location: { kind: 'paragraph', paragraph: 0, start: 0, end: 0 },
      excerpt: '',
    });
  }
}

/** Every finding of every rule that is not off, in document order. */
export function runChecks(snapshot: Snapshot, agenda: Agenda, settings?: Partial<CheckSettings>): Finding[] {
  const resolved = withDefaults(settings);
  const conventions = inferConventions(agenda, snapshot, resolved);
  const findings: Finding[] = [];
  for (const rule of rules) runRule(rule, snapshot, agenda, resolved, conventions, findings);
  const order = new Map(rules.map((r, i) => [r.meta.id, i]));
  const keyed = findings.map((f) => ({ f, key: documentPosition(snapshot, f.location) }));
  keyed.sort(
    (x, y) =>
      x.key[0] - y.key[0] ||
      x.key[1] - y.key[1] ||
      x.key[2] - y.key[2] ||
      (order.get(x.f.rule) ?? 0) - (order.get(y.f.rule) ?? 0),
  );
  return keyed.map((k) => k.f);
}

/**
 * One plan with the fixes of every finding that has one, in the order given (document order from runChecks). A fix
 * that touches text an earlier fix already changes is left out, with a warning: run the checks again after applying.
 */
export function fixAll(findings: Finding[]): EditPlan {
  const fixable = findings.filter((f): f is Finding & { fix: EditPlan } => f.fix !== undefined);
  const { plan, skipped } = mergePlans(
    fixable.map((f) => f.fix),
    fixable.length === 1 ? fixable[0].fix.description : `Fix ${fixable.length} findings`,
  );
  for (const index of skipped) {
    const f = fixable[index];
    plan.warnings.push(`Not fixed in this pass (it touches text another fix changes): ${f.rule}: ${f.message}`);
  }
  if (skipped.length > 0) plan.description = `Fix ${fixable.length - skipped.length} of ${fixable.length} findings`;
  return plan;
}
