import type { Rule } from '../types';

export const footnoteEmpty: Rule = {
  meta: {
    id: 'footnote/empty',
    description: 'Every footnote has text.',
    severity: 'error',
    fixable: false,
  },
  check({ snapshot, report }) {
    for (const note of snapshot.footnotes) {
      if (note.text.trim() !== '') continue;
      report({
        message: `Footnote ${note.number} is empty: expected its text, or no footnote.`,
        location: { kind: 'footnote', footnote: note.number, start: 0, end: note.text.length },
        excerpt: note.text,
      });
    }
  },
};
