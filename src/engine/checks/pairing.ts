/**
 * Which list item each annotation and each annex item number stands for. While the list is numbered 1, 2, 3 …
 * that is the number. When the list's numbering skips or repeats (1, 2, 3, 5 …), numbers no longer say it: the
 * annotations and the annex are paired with the list by title, then by order, so that one numbering defect gives
 * one `agenda/numbering` finding and not a cascade of headings, rows and references that "differ".
 */
import type { AgendaItem, Agenda, Annotation, AnnexRow } from '../model';
import { sameTitle } from './support';

export interface Pairing {
  /** The list numbering is not 1, 2, 3 …: numbers were not trusted. */
  broken: boolean;
  /** The list item an annotation is about; undefined when none. */
  itemOfAnnotation(annotation: Annotation): AgendaItem | undefined;
  /** The annotation of a list item; undefined when it has none. */
  annotationOf(item: AgendaItem): Annotation | undefined;
  /** The list item an annex row schedules (its number is the "4" of "4 (a)" or "Item 4"). */
  itemOfAnnexRow(row: AnnexRow): AgendaItem | undefined;
  /** The list item a number in the text stands for: the list's, else (numbering broken) the annotations'. */
  itemOfReference(number: string): AgendaItem | undefined;
}

interface Entry {
  number: string;
  /** Titles this entry gives its item (an annex number may show the item's title or its sub-items'). */
  matches(item: AgendaItem): boolean;
}

/**
 * Entries paired with items: by number when the list is numbered in sequence; otherwise by number where the title
 * agrees, then by a title only one remaining item has, then the rest in order. With `many` (annex rows: an item
 * may have several) an item stays available after it is paired, and an entry left over takes the item another
 * entry of its number has.
 */
function pair(items: AgendaItem[], entries: Entry[], broken: boolean, many = false): (AgendaItem | undefined)[] {
  const byNumber = (e: Entry): AgendaItem | undefined => items.find((i) => i.number === e.number);
  if (!broken) return entries.map(byNumber);
  const out: (AgendaItem | undefined)[] = entries.map(() => undefined);
  const taken = new Set<AgendaItem>();
  const free = (item: AgendaItem): boolean => many || !taken.has(item);
  const take = (k: number, item: AgendaItem | undefined): void => {
    if (!item || !free(item) || out[k]) return;
    out[k] = item;
    taken.add(item);
  };
  entries.forEach((e, k) =>
    take(
      k,
      items.find((i) => i.number === e.number && e.matches(i)),
    ),
  );
  entries.forEach((e, k) => {
    const candidates = items.filter((i) => free(i) && e.matches(i));
    if (candidates.length === 1) take(k, candidates[0]);
  });
  if (many)
    entries.forEach((e, k) =>
      take(
        k,
        out.find((item, j) => item && entries[j].number === e.number),
      ),
    );
  // What titles did not pair goes in order: the k-th unpaired entry between two paired ones is the k-th
  // unpaired item between their items.
  let lastItem = -1;
  const pending: number[] = [];
  const flush = (upTo: number): void => {
    const left = items.slice(lastItem + 1, upTo).filter((i) => !taken.has(i));
    pending.forEach((k, j) => take(k, left[j]));
    pending.length = 0;
  };
  entries.forEach((_, k) => {
    const item = out[k];
    if (!item) {
      pending.push(k);
      return;
    }
    flush(items.indexOf(item));
    lastItem = Math.max(lastItem, items.indexOf(item));
  });
  flush(items.length);
  return out;
}

const cache = new WeakMap<Agenda, Pairing>();

export function pairing(agenda: Agenda): Pairing {
  const cached = cache.get(agenda);
  if (cached) return cached;
  const { items } = agenda;
  const broken = items.some((item, i) => item.number !== String(i + 1));

  const annotationItems = pair(
    items,
    agenda.annotations.map((a) => ({ number: a.item, matches: (item) => sameTitle(a.heading.title, item.title) })),
    broken,
  );
  const annotationOfItem = new Map<AgendaItem, Annotation>();
  agenda.annotations.forEach((a, k) => {
    const item = annotationItems[k];
    if (item && !annotationOfItem.has(item)) annotationOfItem.set(item, a);
  });

  const rows: AnnexRow[] = (agenda.annex?.days ?? [])
    .flatMap((d) => d.slots.flatMap((s) => s.rows))
    .filter((r) => r.ref !== null);
  const annexItems = pair(
    items,
    rows.map((r) => ({
      number: r.ref?.number ?? '',
      matches: (item: AgendaItem) =>
        r.title !== '' &&
        (r.ref?.letter
          ? sameTitle(r.title, item.subItems.find((s) => s.letter === r.ref?.letter)?.title ?? '\u0000')
          : sameTitle(r.title, item.title)),
    })),
    broken,
    true,
  );
  const annexItem = new Map(rows.map((r, k) => [r, annexItems[k]]));
  const annotationNumber = new Map<string, AgendaItem>();
  agenda.annotations.forEach((a, k) => {
    const item = annotationItems[k];
    if (item && !annotationNumber.has(a.item)) annotationNumber.set(a.item, item);
  });

  const result: Pairing = {
    broken,
    itemOfAnnotation: (annotation) => annotationItems[agenda.annotations.indexOf(annotation)],
    annotationOf: (item) => annotationOfItem.get(item),
    itemOfAnnexRow: (row) =>
      annexItem.has(row) ? annexItem.get(row) : items.find((i) => i.number === row.ref?.number),
    itemOfReference: (number) =>
      items.find((i) => i.number === number) ?? (broken ? annotationNumber.get(number) : undefined),
  };
  cache.set(agenda, result);
  return result;
}
