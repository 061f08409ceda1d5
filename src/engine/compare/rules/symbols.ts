import { locationIn } from '../../checks/support';
import type { Location } from '../../model';
import { findSymbols } from '../../text/symbols';
import { at, listed, placeOfAnnotation } from '../support';
import type { Version, VersionRule } from '../types';

interface Cited {
  /** The symbol with its parts joined by "-", whatever dash the text uses. */
  key: string;
  location: Location;
}

/** Every symbol cited under each item: its Documentation entries and its annotation's own paragraphs. */
function citedByItem(version: Version): Map<string, Cited[]> {
  const out = new Map<string, Cited[]>();
  for (const annotation of version.agenda.annotations) {
    const cited = out.get(annotation.item) ?? [];
    for (const entry of annotation.documentation) {
      for (const s of entry.symbols) cited.push({ key: s.parts.join('-'), location: s.location });
    }
    for (const paragraph of annotation.paragraphs) {
      for (const s of findSymbols(version.snapshot.paragraphs[paragraph]?.text ?? '')) {
        cited.push({ key: s.parts.join('-'), location: locationIn(version.snapshot, paragraph, s.start, s.end) });
      }
    }
    out.set(annotation.item, cited);
  }
  return out;
}

export const versionsSymbols: VersionRule = {
  meta: {
    id: 'versions/symbols',
    description:
      'Each item cites the same document symbols in every version (its set of symbols, joint symbols as a whole).',
  },
  compare(original, other, report) {
    const [a, b] = [citedByItem(original), citedByItem(other)];
    for (const [item, citedA] of a) {
      const citedB = b.get(item);
      if (!citedB) continue; // an annotation missing altogether is versions/annotations' finding
      const keysB = new Set(citedB.map((c) => c.key));
      const keysA = new Set(citedA.map((c) => c.key));
      const onlyA = citedA.filter((c) => !keysB.has(c.key));
      const onlyB = citedB.filter((c) => !keysA.has(c.key));
      if (onlyA.length === 0 && onlyB.length === 0) continue;
      const unique = (cited: Cited[]): string[] => [...new Set(cited.map((c) => c.key))];
      const place = (version: Version, only: Cited[]) =>
        only[0] ? at(version, only[0].location) : placeOfAnnotation(version, item);
      report({
        message: `Item ${item} cites ${listed(unique(onlyA))} in ${original.file} where ${other.file} cites ${listed(unique(onlyB))}.`,
        locations: [place(original, onlyA), place(other, onlyB)],
      });
    }
  },
};
