/**
 * The annotations: relabel and rename the headings of kept sections, delete the sections of removed items and
 * sub-items (documentation included), write a heading and a placeholder paragraph for a new one, and carry a
 * moved section to its new place. A moved section is relabelled where it stands and moved whole (moveParagraphs:
 * its formatting, fields, hyperlinks, bookmarks and footnotes go with it). A section holding a table is not moved: it
 * stays, renumbered, and its neighbours move around it instead, so that the annotations still follow the list (see
 * sectionsInOrder). A sub-section that moves to another item is re-written from its text and paragraph styles.
 */
import { agendaLanguage, ANNOTATION_PLACEHOLDERS } from '../language';
import type { Annotation, AnnotationHeading } from '../model';
import type { NewParagraph } from '../plan';
import { ANNOTATION_PLACEHOLDER } from '../skeleton';
import { itemIndexOf, letterOf, numberOf, subIndexOf, subKey, type Context } from './context';
import { styleOf } from './list';
import { applyChanges } from './references';
import { minimalChange, relabel } from './text';

interface Range {
  first: number;
  last: number;
}

interface SubSection extends Range {
  heading: AnnotationHeading;
  /** Index of the current sub-item it annotates, or null. */
  sub: number | null;
}

interface Section extends Range {
  annotation: Annotation;
  item: number;
  subSections: SubSection[];
  /** Paragraph where the "Documentation" part starts (its heading), or null. */
  documentation: number | null;
}

/** The placeholder of a new annotation, in the language of the agenda. */
function placeholder(ctx: Context): string {
  return ANNOTATION_PLACEHOLDERS[agendaLanguage(ctx.snapshot, ctx.agenda)] ?? ANNOTATION_PLACEHOLDER;
}

export function planAnnotations(ctx: Context): void {
  const sections = readSections(ctx);
  if (sections.length === 0) return;
  const byItem = new Map<number, Section>();
  for (const s of sections) if (!byItem.has(s.item)) byItem.set(s.item, s);

  // Sections that stay where they are: the largest set already in the new order, which holds every section that
  // cannot be carried (a footnote or a table in it); the others are carried to their places around them.
  const inOrder = sectionsInOrder(ctx, [...byItem.values()]);
  const staying = new Set<Section>();
  for (const section of byItem.values()) {
    const fate = ctx.itemFates[section.item];
    if (!fate) {
      ctx.builder.deleteParagraphs(section.first, section.last);
      continue;
    }
    if (!inOrder.has(section) && canCarry(ctx, section)) continue; // moved below, with all it holds
    if (!inOrder.has(section)) {
      ctx.builder.warn(
        `The annotation of item ${numberOf(ctx, fate.index)} holds a footnote or a table, so it was left where it stands: move it by hand (cut and paste in Word).`,
      );
    }
    staying.add(section);
  }

  ctx.outline.forEach((item, k) => {
    const section = item.origin === null ? undefined : byItem.get(item.origin);
    if (section && staying.has(section)) {
      editKeptSection(ctx, section, k);
      return;
    }
    if (item.origin !== null && !section) return; // the item had no annotation: none is invented
    if (section) {
      // Relabelled where it stands, then moved whole (moveParagraphs: formatting, fields, links and notes go along).
      editKeptSection(ctx, section, k);
      placeSection(ctx, sections, staying, k, (anchor, position) =>
        ctx.builder.move(section.first, section.last, anchor, position),
      );
      return;
    }
    const content = newSection(ctx, sections, k);
    placeSection(ctx, sections, staying, k, (anchor, position) => insertLines(ctx, anchor, position, content));
  });
}

/**
 * The sections that can stay where they stand: a heaviest subsequence, in document order, whose new positions
 * increase. A section that cannot be carried weighs more than all the others together, so that when an item whose
 * annotation holds a footnote moves, its neighbours move around it instead (and the annotations end in the list's
 * order). Sections of removed items are not counted.
 */
function sectionsInOrder(ctx: Context, sections: Section[]): Set<Section> {
  const kept = sections.filter((s) => ctx.itemFates[s.item]);
  const position = (s: Section): number => ctx.itemFates[s.item]?.index ?? -1;
  // Any larger set of carriable sections outweighs a smaller one; among equals, those the user did not move stay.
  const n = kept.length;
  const weight = (s: Section): number =>
    !canCarry(ctx, s) ? (n + 1) ** 2 : ctx.itemFates[s.item]?.relocated ? n : n + 1;
  const best: number[] = [];
  const previous: number[] = [];
  kept.forEach((section, i) => {
    best[i] = weight(section);
    previous[i] = -1;
    for (let j = 0; j < i; j++) {
      if (position(kept[j]) < position(section) && best[j] + weight(section) > best[i]) {
        best[i] = best[j] + weight(section);
        previous[i] = j;
      }
    }
  });
  const out = new Set<Section>();
  let at = best.length === 0 ? -1 : best.indexOf(Math.max(...best));
  for (; at >= 0; at = previous[at]) out.add(kept[at]);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the sections.

function readSections(ctx: Context): Section[] {
  const out: Section[] = [];
  for (const annotation of ctx.agenda.annotations) {
    const item = itemIndexOf(ctx, annotation.item);
    if (item === null) continue;
    const documentation = documentationStart(ctx, annotation);
    const heads = [...annotation.subHeadings].sort((a, b) => a.paragraph - b.paragraph);
    const bodyEnd = (documentation ?? annotation.lastParagraph + 1) - 1;
    const subSections = heads.map((heading, h): SubSection => ({
      heading,
      sub: subIndexOf(ctx, item, heading.label),
      first: heading.paragraph,
      last: h + 1 < heads.length ? heads[h + 1].paragraph - 1 : Math.max(heading.paragraph, bodyEnd),
    }));
    out.push({
      annotation,
      item,
      subSections,
      documentation,
      first: annotation.firstParagraph,
      last: annotation.lastParagraph,
    });
  }
  return out;
}

/** The "Documentation" heading (or the first entry when it has none). */
function documentationStart(ctx: Context, annotation: Annotation): number | null {
  const starts = annotation.documentation.map((d) => {
    const loc = d.location;
    if (loc.kind === 'paragraph') return loc.paragraph;
    if (loc.kind === 'cell') return ctx.snapshot.tables[loc.table]?.firstParagraph ?? loc.paragraph;
    return Number.MAX_SAFE_INTEGER;
  });
  const first = Math.min(...starts);
  if (!Number.isFinite(first) || first === Number.MAX_SAFE_INTEGER) return null;
  const before = ctx.snapshot.paragraphs[first - 1];
  if (
    before &&
    before.index > annotation.heading.paragraph &&
    before.tableNestingLevel === 0 &&
    /^\s*documentation\s*:?\s*$/iu.test(before.text)
  ) {
    return before.index;
  }
  return first;
}

/** A section moves whole unless it holds a table (moveParagraphs moves body paragraphs; footnotes go along). */
function canCarry(ctx: Context, section: Section): boolean {
  for (let i = section.first; i <= section.last; i++)
    if (ctx.snapshot.paragraphs[i].tableNestingLevel > 0) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Kept sections.

function editKeptSection(ctx: Context, section: Section, k: number): void {
  const item = ctx.outline[k];
  relabelHeading(
    ctx,
    section.annotation.heading,
    numberOf(ctx, k),
    null,
    item.title !== ctx.agenda.items[section.item].title ? item.title : null,
  );

  const keptSubs = new Map<number, SubSection>();
  // Sub-items that moved only with their item stay in its section, which stays here (see sectionsInOrder).
  const parentMoved = ctx.itemFates[section.item]?.relocated === true;
  for (const sub of section.subSections) {
    const fate = sub.sub === null ? undefined : ctx.subFates.get(subKey(section.item, sub.sub));
    if (fate === undefined) continue; // a sub-heading the list does not have: not ours to touch
    if (fate && (!fate.relocated || parentMoved) && fate.item === k) {
      if (sub.sub !== null) keptSubs.set(sub.sub, sub);
    } else if (fate && !canCarryRange(ctx, sub)) {
      ctx.builder.warn(
        `The annotation of sub-item ${numberOf(ctx, fate.item)} (${letterOf(fate.index)}) holds a footnote or a table, so it was left where it stands: move it by hand.`,
      );
    } else {
      ctx.builder.deleteParagraphs(sub.first, sub.last);
    }
  }
  if (section.subSections.length === 0 && ctx.agenda.items[section.item].subItems.length > 0) return; // no sub-headings here

  item.subItems.forEach((sub, m) => {
    const kept =
      sub.origin && sub.origin.item === section.item && (!sub.relocated || parentMoved)
        ? keptSubs.get(sub.origin.sub)
        : undefined;
    if (kept) {
      const renamed = sub.title !== ctx.agenda.items[section.item].subItems[sub.origin?.sub ?? 0].title;
      relabelHeading(ctx, kept.heading, null, letterOf(m), renamed ? sub.title : null);
      return;
    }
    const carried = sub.origin ? subSectionOf(ctx, sub.origin.item, sub.origin.sub) : null;
    if (carried && !canCarryRange(ctx, carried)) return;
    const content = carried ? carriedRange(ctx, carried, null, letterOf(m)) : newSubSection(ctx, section, m);
    if (!content) return;
    placeSubSection(ctx, section, keptSubs, m, content);
  });
}

function relabelHeading(
  ctx: Context,
  heading: AnnotationHeading,
  number: string | null,
  letter: string | null,
  title: string | null,
): void {
  const text = ctx.snapshot.paragraphs[heading.paragraph].text;
  if (heading.labelSpan) {
    const old = text.slice(heading.labelSpan.start, heading.labelSpan.end);
    const label = relabel(old, number, letter);
    if (label !== null)
      ctx.builder.replace(heading.paragraph, minimalChange(text, heading.labelSpan.start, old, label));
  }
  if (title !== null) {
    const old = text.slice(heading.titleSpan.start, heading.titleSpan.end);
    ctx.builder.replace(heading.paragraph, minimalChange(text, heading.titleSpan.start, old, title));
  }
}

function subSectionOf(ctx: Context, item: number, sub: number): SubSection | null {
  for (const section of readSections(ctx)) {
    if (section.item !== item) continue;
    const found = section.subSections.find((s) => s.sub === sub);
    if (found) return found;
  }
  return null;
}

function canCarryRange(ctx: Context, range: Range): boolean {
  for (let i = range.first; i <= range.last; i++) if (ctx.snapshot.paragraphs[i].tableNestingLevel > 0) return false;
  return !ctx.snapshot.footnotes.some((f) => f.paragraph >= range.first && f.paragraph <= range.last);
}

// ---------------------------------------------------------------------------------------------------------------
// New and carried content.

function carriedRange(
  ctx: Context,
  range: Range & { heading?: AnnotationHeading },
  number: string | null,
  letter: string | null,
  heading: AnnotationHeading | undefined = range.heading,
): Line[] {
  const out: Line[] = [];
  for (let i = range.first; i <= range.last; i++) {
    const para = ctx.snapshot.paragraphs[i];
    ctx.carried.add(i);
    const changes = [...(ctx.references.get(i)?.changes ?? [])];
    if (heading && i === heading.paragraph && heading.labelSpan) {
      const old = para.text.slice(heading.labelSpan.start, heading.labelSpan.end);
      const label = relabel(old, number, letter);
      const change = label === null ? null : minimalChange(para.text, heading.labelSpan.start, old, label);
      if (change) changes.push(change);
    }
    out.push({ text: applyChanges(para.text, changes), style: styleOf(ctx, i), template: i });
  }
  return out;
}

function newSection(ctx: Context, sections: Section[], k: number): Line[] {
  const template = nearestSection(sections, ctx, k);
  const heading = template?.annotation.heading;
  const title = ctx.outline[k].title;
  const paragraphs: Line[] = [];
  if (heading) {
    paragraphs.push({
      text: headingText(ctx, heading, numberOf(ctx, k), null, title),
      style: styleOf(ctx, heading.paragraph),
      template: heading.paragraph,
    });
  } else {
    paragraphs.push({ text: `${numberOf(ctx, k)}.\t${title}` });
  }
  const body = template?.annotation.paragraphs.find((p) => ctx.snapshot.paragraphs[p].tableNestingLevel === 0);
  paragraphs.push({
    text: placeholder(ctx),
    style: body !== undefined ? styleOf(ctx, body) : { name: 'Normal', builtIn: 'Normal' },
    template: body,
  });
  return paragraphs;
}

function newSubSection(ctx: Context, section: Section, m: number): Line[] | null {
  const template = section.subSections[0]?.heading ?? ctx.agenda.annotations.flatMap((a) => a.subHeadings)[0];
  if (!template) return null; // the document annotates no sub-item: neither does the new one
  const k = ctx.outline.findIndex((item) => item.origin === section.item);
  const title = ctx.outline[k].subItems[m].title;
  const body = section.annotation.paragraphs.find((p) => ctx.snapshot.paragraphs[p].tableNestingLevel === 0);
  return [
    {
      text: headingText(ctx, template, null, letterOf(m), title),
      style: styleOf(ctx, template.paragraph),
      template: template.paragraph,
    },
    {
      text: placeholder(ctx),
      style: body !== undefined ? styleOf(ctx, body) : { name: 'Normal', builtIn: 'Normal' },
      template: body,
    },
  ];
}

function headingText(
  ctx: Context,
  heading: AnnotationHeading,
  number: string | null,
  letter: string | null,
  title: string,
): string {
  const text = ctx.snapshot.paragraphs[heading.paragraph].text;
  if (!heading.labelSpan) return title;
  const old = text.slice(heading.labelSpan.start, heading.labelSpan.end);
  const label = relabel(old, number, letter) ?? old;
  return (
    text.slice(0, heading.labelSpan.start) + label + text.slice(heading.labelSpan.end, heading.titleSpan.start) + title
  );
}

/** The section of the item nearest to outline position k (its layout is copied). */
function nearestSection(sections: Section[], ctx: Context, k: number): Section | null {
  let best: Section | null = null;
  let distance = Number.MAX_SAFE_INTEGER;
  for (const s of sections) {
    const fate = ctx.itemFates[s.item];
    const d = fate ? Math.abs(fate.index - k) : Number.MAX_SAFE_INTEGER - 1;
    if (d < distance) {
      best = s;
      distance = d;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// Placement: next to a section (or sub-section) that stays.

/** A paragraph of an annotation section to insert, with the paragraph whose layout it copies. */
type Line = NewParagraph & { template?: number };

/**
 * Inserts lines next to an anchor. Next to a Word-numbered heading a new paragraph would join the heading's list:
 * one whose model is not a list item leaves it, one whose model sits at another level takes that level.
 */
function insertLines(ctx: Context, anchor: number, position: 'Before' | 'After', lines: Line[]): void {
  const anchorList = ctx.snapshot.paragraphs[anchor]?.list ?? null;
  const paragraphs = lines.map(({ template, ...line }): NewParagraph => {
    const paragraph = template !== undefined ? { ...line, formatOf: template } : line;
    if (!anchorList) return paragraph;
    const own = template !== undefined ? (ctx.snapshot.paragraphs[template]?.list ?? null) : null;
    if (!own) return { ...paragraph, listLevel: null };
    return own.level === anchorList.level ? paragraph : { ...paragraph, listLevel: own.level };
  });
  ctx.builder.insert(anchor, position, paragraphs);
}

type Place = (anchor: number, position: 'Before' | 'After') => void;

function placeSection(ctx: Context, sections: Section[], staying: Set<Section>, k: number, place: Place): void {
  const stayingOf = (index: number): Section | undefined => {
    const origin = ctx.outline[index].origin;
    return origin === null ? undefined : [...staying].find((s) => s.item === origin);
  };
  for (let n = k + 1; n < ctx.outline.length; n++) {
    const next = stayingOf(n);
    if (next) {
      place(next.first, 'Before');
      return;
    }
  }
  for (let n = k - 1; n >= 0; n--) {
    const previous = stayingOf(n);
    if (previous && ctx.snapshot.paragraphs[previous.last].tableNestingLevel === 0) {
      place(previous.last, 'After');
      return;
    }
    if (previous) break;
  }
  const annex = ctx.agenda.annex?.headingParagraph ?? ctx.agenda.sections.annex;
  if (annex !== null && annex !== undefined) {
    place(annex, 'Before');
    return;
  }
  const last = Math.max(...sections.map((s) => s.last));
  if (ctx.snapshot.paragraphs[last]?.tableNestingLevel === 0) place(last, 'After');
  else ctx.builder.warn(`No place was found for the annotation of item ${numberOf(ctx, k)}: add it by hand.`);
}

function placeSubSection(
  ctx: Context,
  section: Section,
  kept: Map<number, SubSection>,
  m: number,
  content: Line[],
): void {
  const k = ctx.outline.findIndex((item) => item.origin === section.item);
  const subs = ctx.outline[k].subItems;
  const keptAt = (index: number): SubSection | undefined => {
    const origin = subs[index].origin;
    return origin && origin.item === section.item && !subs[index].relocated ? kept.get(origin.sub) : undefined;
  };
  const before = (): boolean => {
    for (let n = m + 1; n < subs.length; n++) {
      const next = keptAt(n);
      if (next) {
        insertLines(ctx, next.first, 'Before', content);
        return true;
      }
    }
    return false;
  };
  // A Word-numbered heading can only join its list next to another heading of it: then the next sub-section's
  // heading is the better anchor.
  const numbered = content[0]?.template !== undefined && ctx.snapshot.paragraphs[content[0].template]?.list;
  if (numbered && before()) return;
  for (let n = m - 1; n >= 0; n--) {
    const previous = keptAt(n);
    if (previous && ctx.snapshot.paragraphs[previous.last].tableNestingLevel === 0) {
      insertLines(ctx, previous.last, 'After', content);
      return;
    }
    if (previous) break;
  }
  if (before()) return;
  if (section.documentation !== null) insertLines(ctx, section.documentation, 'Before', content);
  else if (ctx.snapshot.paragraphs[section.last].tableNestingLevel === 0)
    insertLines(ctx, section.last, 'After', content);
  else ctx.builder.warn(`No place was found for the annotation of sub-item (${letterOf(m)}): add it by hand.`);
}
