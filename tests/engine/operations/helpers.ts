/** Shared helpers for the operation tests: apply a plan, re-parse, compare texts and check consistency. */
import { applyToSnapshot } from '../../../src/engine/applyToSnapshot';
import type { Agenda } from '../../../src/engine/model';
import { parseAgenda } from '../../../src/engine/parse';
import type { EditPlan } from '../../../src/engine/plan';
import type { Snapshot } from '../../../src/engine/snapshot';

export interface Applied {
  plan: EditPlan;
  after: Snapshot;
  agenda: Agenda;
}

export function apply(snapshot: Snapshot, operation: (s: Snapshot, a: Agenda) => EditPlan): Applied {
  const plan = operation(snapshot, parseAgenda(snapshot));
  const after = applyToSnapshot(snapshot, plan);
  return { plan, after, agenda: parseAgenda(after) };
}

/** Body paragraph texts (outside tables) that left and came in, by a longest-common-subsequence diff. */
export function paragraphDiff(before: Snapshot, after: Snapshot): { removed: string[]; added: string[] } {
  const body = (s: Snapshot) => s.paragraphs.filter((p) => p.tableNestingLevel === 0).map((p) => p.text);
  return sequenceDiff(body(before), body(after));
}

/** Table rows ("cell | cell | cell") that left and came in, table by table. */
export function rowDiff(before: Snapshot, after: Snapshot): { removed: string[]; added: string[] } {
  const rows = (s: Snapshot) => s.tables.map((t) => t.values.map((r) => r.join(' | ')));
  const a = rows(before);
  const b = rows(after);
  const removed: string[] = [];
  const added: string[] = [];
  for (let t = 0; t < Math.max(a.length, b.length); t++) {
    const d = sequenceDiff(a[t] ?? [], b[t] ?? []);
    removed.push(...d.removed);
    added.push(...d.added);
  }
  return { removed, added };
}

export function sequenceDiff(a: string[], b: string[]): { removed: string[]; added: string[] } {
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      removed.push(a[i++]);
    } else {
      added.push(b[j++]);
    }
  }
  removed.push(...a.slice(i));
  added.push(...b.slice(j));
  return { removed, added };
}

export interface Outline {
  items: { number: string; title: string; subItems: { letter: string; title: string }[] }[];
  annotations: { item: string; title: string; subs: string[] }[];
  annex: { item: string; title: string; continued: boolean }[][];
}

export function outlineOf(agenda: Agenda): Outline {
  return {
    items: agenda.items.map((i) => ({
      number: i.number,
      title: i.title,
      subItems: i.subItems.map((s) => ({ letter: s.letter, title: s.title })),
    })),
    annotations: agenda.annotations.map((a) => ({
      item: a.item,
      title: a.heading.title,
      subs: a.subHeadings.map((h) => `${h.label} ${h.title}`),
    })),
    annex: (agenda.annex?.days ?? []).flatMap((d) =>
      d.slots.map((s) => s.rows.map((r) => ({ item: r.item, title: r.title, continued: r.continued }))),
    ),
  };
}

/**
 * The agenda agrees with itself: items numbered 1..n, sub-items lettered a.., one annotation per item in order
 * with the list's title, annex rows naming existing items in list order with the list's titles, "(continued)"
 * exactly on repeated rows. Returns the disagreements (empty when consistent).
 */
export function inconsistencies(agenda: Agenda): string[] {
  const out: string[] = [];
  agenda.items.forEach((item, i) => {
    if (item.number !== String(i + 1)) out.push(`list: item ${i + 1} is numbered ${item.number}`);
    item.subItems.forEach((sub, j) => {
      if (sub.letter !== String.fromCharCode(97 + j)) out.push(`list: ${item.number} sub ${j} lettered ${sub.letter}`);
    });
  });
  const withAnnotations = agenda.annotations.length > 0;
  if (withAnnotations) {
    const labels = agenda.annotations.map((a) => a.item);
    const numbers = agenda.items.map((i) => i.number);
    if (labels.join(',') !== numbers.join(','))
      out.push(`annotations ${labels.join(',')} vs list ${numbers.join(',')}`);
    for (const a of agenda.annotations) {
      const item = agenda.items.find((i) => i.number === a.item);
      if (item && item.title !== a.heading.title)
        out.push(`annotation ${a.item} title "${a.heading.title}" vs "${item.title}"`);
      if (item && a.subHeadings.length > 0) {
        const subs = a.subHeadings.map((h) => `${h.label} ${h.title}`).join('|');
        const want = item.subItems.map((s) => `${s.letter} ${s.title}`).join('|');
        if (subs !== want) out.push(`annotation ${a.item} sub-headings ${subs} vs ${want}`);
      }
    }
  }
  if (agenda.annex) {
    const seen = new Set<string>();
    let lastOrder = -1;
    for (const day of agenda.annex.days) {
      for (const slot of day.slots) {
        for (const row of slot.rows) {
          if (!row.ref) continue;
          const itemIndex = agenda.items.findIndex((i) => i.number === row.ref?.number);
          const item = agenda.items[itemIndex];
          if (!item) {
            out.push(`annex: row ${row.row} names item ${row.item}`);
            continue;
          }
          const sub = row.ref.letter ? item.subItems.find((s) => s.letter === row.ref?.letter) : null;
          if (row.ref.letter && !sub) out.push(`annex: row ${row.row} names ${row.item}`);
          const title = sub ? sub.title : item.title;
          if (row.title !== title) out.push(`annex: row ${row.row} title "${row.title}" vs "${title}"`);
          const order = itemIndex * 100 + (sub ? item.subItems.indexOf(sub) : 0);
          if (order < lastOrder) out.push(`annex: row ${row.row} (${row.item}) out of order`);
          lastOrder = order;
          const key = row.item;
          if (row.continued !== seen.has(key))
            out.push(`annex: row ${row.row} (${row.item}) continued=${row.continued}`);
          seen.add(key);
        }
      }
    }
  }
  return out;
}
