/** Places in a version for findings, and which part of the agenda a paragraph belongs to. */
import { locationIn, textAt } from '../checks/support';
import type { Annotation, Location } from '../model';
import type { Version, VersionLocation } from './types';

export function at(version: Version, location: Location | null): VersionLocation {
  return { file: version.file, location, excerpt: location ? textAt(version.snapshot, location) : '' };
}

/** The whole of paragraph `paragraph` (a cell location inside a table). */
export function paragraphAt(version: Version, paragraph: number): VersionLocation {
  const text = version.snapshot.paragraphs[paragraph]?.text ?? '';
  return at(version, locationIn(version.snapshot, paragraph, 0, text.length));
}

/** The annotation section holding a body paragraph, or undefined outside the annotations. */
export function annotationOf(version: Version, paragraph: number): Annotation | undefined {
  return version.agenda.annotations.find((a) => paragraph >= a.firstParagraph && paragraph <= a.lastParagraph);
}

/**
 * The part of the agenda a paragraph stands in, the same key in every language: "annotation 5", "agenda", "annex"
 * or "other".
 */
export function sectionOf(version: Version, paragraph: number): string {
  const annotation = annotationOf(version, paragraph);
  if (annotation) return `annotation ${annotation.item}`;
  const { agenda } = version;
  if (
    version.snapshot.paragraphs[paragraph]?.cell &&
    agenda.annex &&
    version.snapshot.paragraphs[paragraph].cell?.table === agenda.annex.table
  )
    return 'annex';
  const first = agenda.items[0]?.paragraph ?? -1;
  const lastItem = agenda.items[agenda.items.length - 1];
  const last = lastItem ? Math.max(lastItem.paragraph, ...lastItem.subItems.map((s) => s.paragraph)) : -1;
  if (paragraph >= first && paragraph <= last) return 'agenda';
  return 'other';
}

/** How a section key reads in a message. */
export function describeSection(key: string): string {
  if (key.startsWith('annotation ')) return `the annotation of item ${key.slice('annotation '.length)}`;
  if (key === 'agenda') return 'the list of items';
  if (key === 'annex') return 'the annex';
  return 'the rest of the text';
}

/** Where a section starts in a version, to point at when the section lacks something. */
export function sectionPlace(version: Version, key: string): VersionLocation {
  if (key.startsWith('annotation ')) {
    const annotation = version.agenda.annotations.find((a) => `annotation ${a.item}` === key);
    if (annotation) return paragraphAt(version, annotation.heading.paragraph);
  }
  if (key === 'agenda' && version.agenda.items[0]) return paragraphAt(version, version.agenda.items[0].paragraph);
  return at(version, null);
}

/** "a, b and c"; "none" when empty. */
export function listed(values: string[]): string {
  if (values.length === 0) return 'none';
  if (values.length === 1) return values[0];
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}

/** The heading of an item's annotation, or where the agenda lists it when it has none. */
export function placeOfAnnotation(version: Version, item: string): VersionLocation {
  const annotation = version.agenda.annotations.find((a) => a.item === item);
  if (annotation) return paragraphAt(version, annotation.heading.paragraph);
  const listed = version.agenda.items.find((i) => i.number === item);
  return listed ? paragraphAt(version, listed.paragraph) : at(version, null);
}
