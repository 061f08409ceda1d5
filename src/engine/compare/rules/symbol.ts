import type { Located } from '../../model';
import { at } from '../support';
import type { Version, VersionRule } from '../types';

const norm = (symbol: string): string => symbol.replace(/\s+/gu, '').toUpperCase();

/** The masthead symbol, else the first running header's. */
function shown(version: Version, which: 'masthead' | 'header'): Located<string> | null {
  return which === 'masthead' ? version.agenda.masthead.symbol : (version.agenda.masthead.headerSymbols[0] ?? null);
}

export const versionsSymbol: VersionRule = {
  meta: {
    id: 'versions/symbol',
    description: "The agenda's own symbol in the masthead and in the running header is the same in every version.",
  },
  compare(original, other, report) {
    for (const which of ['masthead', 'header'] as const) {
      const a = shown(original, which);
      const b = shown(other, which);
      if (a === null && b === null) continue;
      if (a && b && norm(a.value) === norm(b.value)) continue;
      const place = which === 'masthead' ? 'masthead' : 'running header';
      report({
        message: `The ${place} symbol is ${a ? `"${a.value}"` : 'missing'} in ${original.file} but ${b ? `"${b.value}"` : 'missing'} in ${other.file}.`,
        locations: [
          at(original, a?.location ?? original.agenda.masthead.symbol?.location ?? null),
          at(other, b?.location ?? other.agenda.masthead.symbol?.location ?? null),
        ],
      });
    }
  },
};
