import type { Rule } from '../types';

/** A reissue's asterisk ("A/78/1*") marks the masthead only: the running header rightly goes without it. */
const bare = (symbol: string): string => symbol.replace(/\*+$/u, '');

export const symbolOwn: Rule = {
  meta: {
    id: 'symbol/own',
    description: "The document's own symbol stands in the masthead, and the running header carries the same symbol.",
    severity: 'error',
    fixable: false,
  },
  check({ agenda, snapshot, report }) {
    // A document in which no agenda was found is reported by the parser; it is not an agenda missing its symbol.
    if (agenda.items.length === 0) return;
    const own = agenda.masthead.symbol;
    if (!own) {
      const header = agenda.masthead.headerSymbols[0];
      report({
        message: `No document symbol in the masthead: expected the agenda's own symbol${header ? ` ("${header.value}", as in the running header)` : ''} at its top right.`,
        location: { kind: 'paragraph', paragraph: 0, start: 0, end: 0 },
        excerpt: '',
      });
      return;
    }
    for (const header of agenda.masthead.headerSymbols) {
      if (bare(header.value) === bare(own.value)) continue;
      report({
        message: `The running header carries "${header.value}", the masthead "${own.value}": expected the same symbol in both.`,
        location: header.location,
        excerpt: header.value,
      });
    }
    if (agenda.masthead.headerSymbols.length === 0) {
      const what =
        snapshot.headers.length === 0
          ? 'The document has no running header'
          : 'The running header has no document symbol';
      report({
        severity: 'warning',
        message: `${what}: expected "${own.value}" in the header of the pages after the first.`,
        location: own.location,
        excerpt: own.value,
      });
    }
  },
};
