/** How the Items panel names and addresses the entries of the outline (items and sub-items). */
import type { AgendaItem, SubItem } from '../../../engine/model';

export type Entry =
  | { kind: 'item'; item: AgendaItem; index: number }
  | { kind: 'subItem'; item: AgendaItem; index: number; sub: SubItem; subIndex: number };

/** The reference the operations take: "3" or "1 (b)". */
export function entryRef(entry: Entry): string {
  return entry.kind === 'item' ? entry.item.number : `${entry.item.number} (${entry.sub.letter})`;
}

/** For labels: "item 3", "sub-item 1 (b)". */
export function entryName(entry: Entry): string {
  return `${entry.kind === 'item' ? 'item' : 'sub-item'} ${entryRef(entry)}`;
}

export function entryKey(entry: Entry): string {
  return `${entry.kind}:${entryRef(entry)}`;
}

export function entryTitle(entry: Entry): string {
  return entry.kind === 'item' ? entry.item.title : entry.sub.title;
}

/** The number as the list shows it: "3." or "(b)". */
export function entryLabel(entry: Entry): string {
  return entry.kind === 'item' ? `${entry.item.number}.` : `(${entry.sub.letter})`;
}
