import type { DocumentSymbol } from '../../model';
import { narrow } from '../support';
import type { Rule } from '../types';

const YEAR = /^(?:19|20)\d{2}$/u;

export const symbolYear: Rule = {
  meta: {
    id: 'symbol/year',
    description: "A document listed for the session with a symbol of the agenda's own body carries the session's year.",
    severity: 'warning',
    fixable: false,
  },
  check({ agenda, report }) {
    const own = agenda.masthead.symbol?.value ?? agenda.masthead.headerSymbols[0]?.value;
    if (!own) return;
    const parts = own.split('/');
    const yearAt = parts.findIndex((p) => YEAR.test(p));
    // Bodies that number sessions instead of years (A/HRC/52/1) have no year to compare.
    if (yearAt < 0) return;
    const body = parts.slice(0, yearAt).join('/');
    const year = parts[yearAt];
    const listed: DocumentSymbol[] = agenda.annotations.flatMap((a) => a.documentation.flatMap((d) => d.symbols));
    for (const symbol of listed) {
      for (const part of symbol.parts) {
        const p = part.split('/');
        if (p.length <= yearAt || p.slice(0, yearAt).join('/') !== body || !YEAR.test(p[yearAt]) || p[yearAt] === year)
          continue;
        const offset = symbol.text.indexOf(part);
        report({
          message: `"${part}" is listed as documentation for this session but carries the year ${p[yearAt]}: documents of ${body} for this session carry ${year} (as ${own}).`,
          location: offset >= 0 ? narrow(symbol.location, offset, offset + part.length) : symbol.location,
          excerpt: part,
        });
      }
    }
  },
};
