import { findAddressProblems } from '../../text/webAddress';
import type { Rule } from '../types';

export const footnoteUrl: Rule = {
  meta: {
    id: 'footnote/url',
    description: 'Web addresses in footnotes are well formed: "www." or "https://", a complete host name, no spaces.',
    severity: 'error',
    fixable: false,
  },
  check({ snapshot, report }) {
    for (const note of snapshot.footnotes) {
      for (const found of findAddressProblems(note.text)) {
        report({
          message: `Malformed web address in footnote ${note.number} (${found.problem})${found.suggestion ? `: expected "${found.suggestion}"` : ''}.`,
          location: { kind: 'footnote', footnote: note.number, start: found.start, end: found.end },
          excerpt: found.text,
        });
      }
    }
  },
};
