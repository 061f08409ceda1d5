import { replaceTextPlan } from '../../planTools';
import { dashName } from '../../text/timeNotation';
import { referenceDashes } from '../conventions';
import { locationIn } from '../support';
import type { Rule } from '../types';

export const agendaRangeDash: Rule = {
  meta: {
    id: 'agenda/range-dash',
    description:
      'A range of items in the text ("items 2–4") uses the dash of the document\'s other ranges (an en dash in UN style).',
    severity: 'warning',
    fixable: true,
  },
  check({ agenda, snapshot, conventions, report }) {
    const { dash } = conventions.rangeDash.value;
    for (const found of referenceDashes(agenda, snapshot)) {
      if (found.dash === dash) continue;
      const text = snapshot.paragraphs[found.paragraph]?.text ?? '';
      // The phrase with its "items" as the reader finds it.
      const before = /\p{L}+\s+$/u.exec(text.slice(Math.max(0, found.textStart - 20), found.textStart));
      const start = found.textStart - (before ? before[0].length : 0);
      const end = found.textStart + found.text.length;
      report({
        message: `The range "${found.text}" uses ${dashName(found.dash)}, the document's ranges ${dashName(dash)} (${conventions.rangeDash.evidence.replace(/\.$/u, '')}): expected "${found.text.replace(found.dash, dash)}".`,
        location: locationIn(snapshot, found.paragraph, start, end),
        excerpt: text.slice(start, end),
        fix: replaceTextPlan(
          snapshot,
          found.paragraph,
          found.at,
          found.at + found.dash.length,
          dash,
          `Write the range "${found.text}" with ${dashName(dash)}`,
        ),
      });
    }
  },
};
