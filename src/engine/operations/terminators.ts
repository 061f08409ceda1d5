/**
 * The list's end-of-line punctuation. Agendas follow a convention ("…;" for items, "." for the last, ":" for a
 * parent with sub-items, or "." everywhere as the CTOC sample does); it is read from the document itself, role by
 * role, so that a new line and a neighbour whose role changes (it became the last, or got sub-items) follow it.
 */
import type { Agenda } from '../model';
import type { Snapshot } from '../snapshot';

export type Role = 'item' | 'lastItem' | 'parent' | 'subItem' | 'lastSubItem';

export type Convention = Record<Role, string>;

const DEFAULTS: Convention = { item: ';', lastItem: '.', parent: ':', subItem: ';', lastSubItem: ';' };

export function itemRole(index: number, count: number, hasSubItems: boolean): Role {
  if (hasSubItems) return 'parent';
  return index === count - 1 ? 'lastItem' : 'item';
}

export function subItemRole(index: number, count: number): Role {
  return index === count - 1 ? 'lastSubItem' : 'subItem';
}

/** The most frequent terminator per role in the document; defaults for roles it has no example of. */
export function detectConvention(agenda: Agenda): Convention {
  const seen: Record<Role, string[]> = { item: [], lastItem: [], parent: [], subItem: [], lastSubItem: [] };
  agenda.items.forEach((item, i) => {
    seen[itemRole(i, agenda.items.length, item.subItems.length > 0)].push(item.terminator);
    item.subItems.forEach((sub, j) => seen[subItemRole(j, item.subItems.length)].push(sub.terminator));
  });
  const mode = (values: string[]): string | null => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    let best: string | null = null;
    for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
    return best;
  };
  const item = mode(seen.item);
  const lastItem = mode(seen.lastItem);
  const subItem = mode(seen.subItem);
  const lastSubItem = mode(seen.lastSubItem);
  // A document without terminators at all keeps having none.
  const bare = [item, lastItem, subItem, lastSubItem, mode(seen.parent)].every((t) => t === null || t === '');
  const fallback = (role: Role): string => (bare ? '' : DEFAULTS[role]);
  return {
    item: item ?? fallback('item'),
    lastItem: lastItem ?? fallback('lastItem'),
    parent: mode(seen.parent) ?? fallback('parent'),
    subItem: subItem ?? item ?? fallback('subItem'),
    lastSubItem: lastSubItem ?? subItem ?? item ?? fallback('lastSubItem'),
  };
}

/**
 * The space the list sets before each terminator, as the document writes it: none in English, a no-break space
 * before ":" and ";" in French ("Questions d'organisation\u00a0:"). A new or changed terminator takes it too.
 */
export function detectTerminatorSpacing(agenda: Agenda, snapshot: Snapshot): Map<string, string> {
  const seen = new Map<string, Map<string, number>>();
  const lines = agenda.items.flatMap((item) => [item, ...item.subItems]);
  for (const line of lines) {
    if (line.terminator === '') continue;
    const text = snapshot.paragraphs[line.paragraph]?.text ?? '';
    const at = text.indexOf(line.terminator, line.titleSpan.end);
    if (at < 0) continue;
    const between = text.slice(line.titleSpan.end, at);
    if (!/^\s*$/u.test(between)) continue;
    const counts = seen.get(line.terminator) ?? new Map<string, number>();
    counts.set(between, (counts.get(between) ?? 0) + 1);
    seen.set(line.terminator, counts);
  }
  const spacing = new Map<string, string>();
  for (const [terminator, counts] of seen) {
    const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    spacing.set(terminator, best[0]);
  }
  return spacing;
}
