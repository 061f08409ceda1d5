import { emptySummary } from '../../plan';
import type { Rule } from '../types';

/**
 * A full stop (or ? !), possibly inside closing quotes or brackets: "… 2023.", "… (see annex).", "… “X.”"; the
 * Chinese full stop "。" and full-width "？", "！" and "）" too.
 */
const ENDS_SENTENCE = /[.?!…。？！][\s"'”’)\]）]*$|[.?!][)\]]\.?\s*$/u;

export const footnotePunctuation: Rule = {
  meta: {
    id: 'footnote/punctuation',
    description: 'Every footnote ends with a full stop (a web address at the end too).',
    severity: 'warning',
    fixable: true,
  },
  check({ snapshot, report }) {
    for (const note of snapshot.footnotes) {
      const text = note.text.trimEnd();
      if (text.trim() === '' || ENDS_SENTENCE.test(text)) continue;
      // The excerpt is the last word, enough to find the place.
      const tailStart = text.search(/\S+$/u);
      const tail = text.slice(tailStart);
      report({
        message: `Footnote ${note.number} does not end with a full stop: expected "${tail}."`,
        location: { kind: 'footnote', footnote: note.number, start: tailStart, end: text.length },
        excerpt: tail,
        fix: {
          description: `End footnote ${note.number} with a full stop`,
          edits: [{ kind: 'appendFootnoteText', footnote: note.number, expected: note.text, text: '.' }],
          expectations: [],
          tableExpectations: [],
          warnings: [],
          summary: { ...emptySummary(), paragraphsChanged: 1 },
        },
      });
    }
  },
};
