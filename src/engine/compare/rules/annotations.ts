import type { Annotation } from '../../model';
import { listed, paragraphAt, placeOfAnnotation } from '../support';
import type { Version, VersionLocation, VersionRule } from '../types';

const subLabels = (annotation: Annotation): string[] => annotation.subHeadings.map((h) => `(${h.label})`);

/** Where a missing annotation would stand: after the one before it, else the item in the list. */
function placeFor(version: Version, item: string): VersionLocation {
  const own = version.agenda.annotations.some((x) => x.item === item);
  const before = version.agenda.annotations.filter((x) => Number(x.item) < Number(item)).pop();
  return !own && before ? paragraphAt(version, before.heading.paragraph) : placeOfAnnotation(version, item);
}

export const versionsAnnotations: VersionRule = {
  meta: {
    id: 'versions/annotations',
    description: 'The same items have an annotation, with the same sub-headings, in every version.',
  },
  compare(original, other, report) {
    const [a, b] = [original.agenda.annotations, other.agenda.annotations];
    const items = (list: Annotation[]): string[] => list.map((x) => x.item);
    const onlyA = items(a).filter((item) => !items(b).includes(item));
    const onlyB = items(b).filter((item) => !items(a).includes(item));
    for (const item of [...onlyA, ...onlyB]) {
      const inA = onlyA.includes(item);
      report({
        message: `Item ${item} has an annotation in ${inA ? original.file : other.file} but none in ${inA ? other.file : original.file}.`,
        locations: [placeFor(original, item), placeFor(other, item)],
      });
    }
    for (const x of a) {
      const y = b.find((z) => z.item === x.item);
      if (!y || subLabels(x).join() === subLabels(y).join()) continue;
      // A sub-item missing from one list is that list's difference (versions/items), not its annotation's.
      const subItems = (version: Version): string | undefined =>
        version.agenda.items
          .find((i) => i.number === x.item)
          ?.subItems.map((s) => s.letter)
          .join();
      if (subItems(original) !== subItems(other)) continue;
      const k = subLabels(x).findIndex((label, i) => label !== subLabels(y)[i]);
      const place = (version: Version, annotation: Annotation): VersionLocation => {
        const heading = annotation.subHeadings[k >= 0 ? k : annotation.subHeadings.length - 1] ?? annotation.heading;
        return paragraphAt(version, heading.paragraph);
      };
      report({
        message: `The annotation of item ${x.item} has sub-headings ${listed(subLabels(x))} in ${original.file} but ${listed(subLabels(y))} in ${other.file}.`,
        locations: [place(original, x), place(other, y)],
      });
    }
  },
};
