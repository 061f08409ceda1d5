import type { Location } from '../../model';
import { replaceTextPlan } from '../../planTools';
import { findMalformedSymbols, isWellFormedSymbol } from '../../text/symbolGrammar';
import { locationIn } from '../support';
import type { Rule, RuleContext } from '../types';

function scan(context: RuleContext, text: string, at: (start: number, end: number) => Location): void {
  for (const found of findMalformedSymbols(text)) {
    const location = at(found.start, found.end);
    // The correction is certain when the grammar leaves one candidate and it is a well-formed symbol; plans edit
    // body and cell paragraphs (not headers or footnotes), so those get the fix.
    const fixable = isWellFormedSymbol(found.suggestion) && (location.kind === 'paragraph' || location.kind === 'cell');
    context.report({
      message: `"${found.text}" is not a well-formed document symbol (${found.problems.join('; ')}): expected "${found.suggestion}".`,
      location,
      excerpt: found.text,
      ...(fixable && 'paragraph' in location
        ? {
            fix: replaceTextPlan(
              context.snapshot,
              location.paragraph,
              location.start,
              location.end,
              found.suggestion,
              `Write "${found.text}" as "${found.suggestion}"`,
            ),
          }
        : {}),
    });
  }
}

export const symbolMalformed: Rule = {
  meta: {
    id: 'symbol/malformed',
    description:
      'Text meant as a UN document symbol follows the grammar: digits not the letter O, "Rev.1" with its full stop and capital, no spaces or doubled slashes.',
    severity: 'error',
    fixable: true,
  },
  check(context) {
    const { snapshot } = context;
    snapshot.headers.forEach((text, header) =>
      scan(context, text, (start, end) => ({ kind: 'header', header, start, end })),
    );
    for (const para of snapshot.paragraphs)
      scan(context, para.text, (start, end) => locationIn(snapshot, para.index, start, end));
    for (const note of snapshot.footnotes)
      scan(context, note.text, (start, end) => ({ kind: 'footnote', footnote: note.number, start, end }));
  },
};
