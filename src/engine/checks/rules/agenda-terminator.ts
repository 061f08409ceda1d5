import { replaceTextPlan } from '../../planTools';
import { isDecisive, roleName, tally, terminatorName, terminatorRoles } from '../conventions';
import { locationIn } from '../support';
import type { Rule } from '../types';

/** A role needs this many lines before its majority is the document's convention. */
const MIN_EXAMPLES = 3;

export const agendaTerminator: Rule = {
  meta: {
    id: 'agenda/terminator',
    description:
      'Each line of the agenda list ends as most lines of its kind do in this document (";", ":", "." or nothing).',
    severity: 'warning',
    fixable: true,
  },
  check({ agenda, snapshot, report }) {
    const lines = terminatorRoles(agenda);
    for (const role of new Set(lines.map((l) => l.role))) {
      // The list's last line ends the list, often with its own full stop: it is no example and never a minority.
      if (role === 'last') continue;
      const own = lines.filter((l) => l.role === role);
      const majority = tally(own.map((l) => l.terminator));
      if (!majority || majority.total < MIN_EXAMPLES || !isDecisive(majority)) continue;
      for (const line of own) {
        if (line.terminator === majority.value) continue;
        const entry = agenda.items.flatMap((i) => [i, ...i.subItems]).find((e) => e.paragraph === line.paragraph);
        if (!entry) continue;
        const text = snapshot.paragraphs[line.paragraph]?.text ?? '';
        const at = line.terminator === '' ? entry.titleSpan.end : text.indexOf(line.terminator, entry.titleSpan.end);
        if (at < 0) continue;
        const end = at + line.terminator.length;
        report({
          message: `The list line of ${line.label} ends with ${terminatorName(line.terminator)}, where ${majority.count} of ${majority.total} ${roleName(role)} end with ${terminatorName(majority.value)}.`,
          location: locationIn(snapshot, line.paragraph, entry.titleSpan.start, end),
          excerpt: text.slice(entry.titleSpan.start, end),
          fix: replaceTextPlan(
            snapshot,
            line.paragraph,
            at,
            end,
            majority.value,
            `End the list line of ${line.label} with ${terminatorName(majority.value)}`,
          ),
        });
      }
    }
  },
};
