import { replaceTextPlan } from '../../planTools';
import { dashName, formatTime, type TimeHabits } from '../../text/timeNotation';
import { documentTimes, notationName, separatorName, type DocumentTime } from '../conventions';
import type { Rule, RuleContext } from '../types';

/**
 * What departs from the document's own time style, each as "what: written → expected" ("colon instead of a full
 * stop: 11:30 → 11.30"). The separator and the dash are held to the document's habit; the rest to UN style.
 */
function diagnoses(context: RuleContext, time: DocumentTime, habits: TimeHabits): string[] {
  const { expr } = time;
  const { notation } = context.conventions.time.value;
  if (expr.notation !== notation)
    return [`${notationName(expr.notation)} in a document written in ${notationName(notation)}`];
  const out = expr.issues.filter((i) => i.kind === 'style').map((i) => i.text);
  if (expr.separator !== null && expr.separator !== habits.separator) {
    const written = [...expr.text.matchAll(/\d{1,2}[.:]\d{2}/gu)]
      .map((m) => m[0])
      .filter((w) => w.includes(expr.separator ?? ''));
    const arrows = written.map((w) => `${w} → ${w.replace(/[.:]/u, habits.separator)}`).join(', ');
    out.push(
      `${separatorName(expr.separator).replace(/^an? /u, '')} instead of ${separatorName(habits.separator)}: ${arrows}`,
    );
  }
  if (expr.dash && expr.dash.char !== habits.dash)
    out.push(`${dashName(expr.dash.char)} instead of ${dashName(habits.dash)}`);
  const uneven = expr.issues.some((i) => i.kind === 'style' && /dash/u.test(i.text));
  if (expr.dash && !uneven && expr.dash.spaced !== habits.spaced)
    out.push(habits.spaced ? 'no spaces around the dash' : 'spaces around the dash');
  return out;
}

function judge(context: RuleContext, time: DocumentTime): void {
  const { expr, location } = time;
  const convention = context.conventions.time;
  const dash = context.conventions.rangeDash.value;
  const habits: TimeHabits = { separator: convention.value.separator, dash: dash.dash, spaced: dash.spaced };
  const found = diagnoses(context, time, habits);
  if (found.length === 0) return;
  const expected = formatTime(expr, convention.value.notation, habits);
  if (expected === expr.text) return;
  const why =
    convention.source === 'settings'
      ? 'as the settings ask'
      : convention.source === 'inferred'
        ? 'as the document writes its times'
        : 'UN style';
  context.report({
    message: `Time "${expr.text}": ${found.join('; ')}. Expected "${expected}" (${notationName(convention.value.notation)}, "${convention.value.example}", ${why}).`,
    location,
    excerpt: expr.text,
    fix: replaceTextPlan(
      context.snapshot,
      time.paragraph,
      expr.start,
      expr.end,
      expected,
      `Write "${expr.text}" as "${expected}"`,
    ),
  });
}

export const timeFormat: Rule = {
  meta: {
    id: 'time/format',
    description:
      'Times of day follow the document\'s own style, read from its annex times ("10 a.m.–1 p.m." or "10.00 – 13.00"), or the one the settings name; each departure is named.',
    severity: 'warning',
    fixable: true,
  },
  check(context) {
    for (const time of documentTimes(context.agenda, context.snapshot)) judge(context, time);
  },
};
