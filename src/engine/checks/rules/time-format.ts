import type { Location } from '../../model';
import { replaceTextPlan } from '../../planTools';
import { findTimes, formatTime, type TimeContext, type TimeExpression } from '../../text/timeNotation';
import { locationIn } from '../support';
import type { Rule, RuleContext } from '../types';

const NAMES = { '12h': '12-hour UN style', '24h': '24-hour notation' } as const;

function judge(context: RuleContext, expr: TimeExpression, location: Location & { paragraph: number }): void {
  const convention = context.settings.timeConvention;
  const expected = formatTime(expr, convention);
  let why: string;
  if (expr.notation !== convention) why = `is in ${NAMES[expr.notation]}, the document's convention is ${NAMES[convention]}`;
  else if (expr.problems.length > 0) why = `is not in ${NAMES[convention]} (${expr.problems.join('; ')})`;
  else return;
  if (expected === expr.text) return;
  context.report({
    message: `Time "${expr.text}" ${why}: expected "${expected}".`,
    location,
    excerpt: expr.text,
    fix: replaceTextPlan(context.snapshot, location.paragraph, location.start, location.end, expected, `Write "${expr.text}" as "${expected}"`),
  });
}

function scan(context: RuleContext, paragraph: number, from: number, to: number, mode: TimeContext): void {
  const text = context.snapshot.paragraphs[paragraph]?.text ?? '';
  for (const expr of findTimes(text.slice(from, to), mode)) {
    const location = locationIn(context.snapshot, paragraph, from + expr.start, from + expr.end);
    judge(context, { ...expr, start: from + expr.start, end: from + expr.end }, location as Location & { paragraph: number });
  }
}

export const timeFormat: Rule = {
  meta: {
    id: 'time/format',
    description: 'Times of day follow the chosen convention: "10 a.m.–1 p.m.", "3–6 p.m." (12-hour, default) or "10.00–13.00" (24-hour).',
    severity: 'warning',
    fixable: true,
  },
  check(context) {
    const { agenda, snapshot } = context;
    // Annex time cells are read as times through and through; everything else as running text.
    const slotParagraphs = new Set<number>();
    for (const slot of (agenda.annex?.days ?? []).flatMap((d) => d.slots)) {
      const at = slot.location;
      if ((at.kind !== 'cell' && at.kind !== 'paragraph') || at.paragraph < 0 || slot.time === '') continue;
      slotParagraphs.add(at.paragraph);
      scan(context, at.paragraph, at.start, at.end, 'cell');
    }
    for (const para of snapshot.paragraphs) {
      if (!slotParagraphs.has(para.index)) scan(context, para.index, 0, para.text.length, 'prose');
    }
  },
};
