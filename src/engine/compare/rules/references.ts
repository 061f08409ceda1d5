import { itemLabel, locationIn } from '../../checks/support';
import type { ItemReference } from '../../model';
import { at, describeSection, listed, sectionOf, sectionPlace } from '../support';
import type { Version, VersionLocation, VersionRule } from '../types';

interface Cited {
  reference: ItemReference;
  targets: string[];
}

function bySection(version: Version): Map<string, Cited[]> {
  const out = new Map<string, Cited[]>();
  for (const reference of version.agenda.references) {
    const key = sectionOf(version, reference.paragraph);
    const targets = reference.targets.map((t) => itemLabel(t.number, t.letter));
    out.set(key, [...(out.get(key) ?? []), { reference, targets }]);
  }
  return out;
}

/** Targets of `mine` not matched one for one by `theirs`, and the first reference holding one. */
function unmatched(mine: Cited[], theirs: Cited[]): { targets: string[]; first: ItemReference | null } {
  const pool = theirs.flatMap((c) => c.targets);
  const left: string[] = [];
  let first: ItemReference | null = null;
  for (const cited of mine) {
    for (const target of cited.targets) {
      const k = pool.indexOf(target);
      if (k >= 0) {
        pool.splice(k, 1);
        continue;
      }
      left.push(target);
      first ??= cited.reference;
    }
  }
  return { targets: left, first };
}

function referenceAt(version: Version, section: string, reference: ItemReference | null): VersionLocation {
  if (!reference) return sectionPlace(version, section);
  return at(version, locationIn(version.snapshot, reference.paragraph, reference.span.start, reference.span.end));
}

export const versionsReferences: VersionRule = {
  meta: {
    id: 'versions/references',
    description:
      'References to items in the text ("agenda item 5", "point 5 de l\'ordre du jour", "tema 5 del programa" …) name the same items in the same sections.',
  },
  compare(original, other, report) {
    const [a, b] = [bySection(original), bySection(other)];
    for (const section of new Set([...a.keys(), ...b.keys()])) {
      const [ra, rb] = [a.get(section) ?? [], b.get(section) ?? []];
      const [onlyA, onlyB] = [unmatched(ra, rb), unmatched(rb, ra)];
      if (onlyA.targets.length === 0 && onlyB.targets.length === 0) continue;
      const items = (targets: string[]): string => (targets.length > 0 ? `item ${listed(targets)}` : 'nothing more');
      report({
        message: `In ${describeSection(section)}, ${original.file} refers to ${items(onlyA.targets)} where ${other.file} refers to ${items(onlyB.targets)}.`,
        locations: [referenceAt(original, section, onlyA.first), referenceAt(other, section, onlyB.first)],
      });
    }
  },
};
