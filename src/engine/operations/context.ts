/**
 * What every part of a restructuring needs to know: the snapshot and agenda it starts from, the outline it aims
 * at, and the fate of each current item and sub-item (its new place, or removed).
 */
import type { Agenda } from '../model';
import type { Snapshot } from '../snapshot';
import type { ItemPlan } from './outline';
import type { PlanBuilder } from './planBuilder';
import { letterAt } from './text';
import { detectConvention, detectTerminatorSpacing, type Convention } from './terminators';
import type { TextChange } from './text';

export interface Fate {
  /** New index in the outline. */
  index: number;
  relocated: boolean;
  renamed: boolean;
}

export interface SubFate extends Fate {
  /** New index of the parent item in the outline. */
  item: number;
}

export interface AnnexMode {
  /** Write every title from the list (regenerateAnnex), or only those this operation renames. */
  syncTitles: boolean;
  /** Give a row to list items that have none in the annex (regenerateAnnex). */
  placeMissing: boolean;
  /** Drop rows naming items the list does not have (regenerateAnnex). */
  dropUnknown: boolean;
}

/** Reference rewrites found for one paragraph: applied in place, or to its copy when the paragraph moves. */
export interface ReferenceChanges {
  changes: TextChange[];
  warnings: string[];
  count: number;
}

export interface Context {
  snapshot: Snapshot;
  agenda: Agenda;
  outline: ItemPlan[];
  builder: PlanBuilder;
  convention: Convention;
  /** The space set before each terminator (a French no-break space before ":" and ";"). */
  terminatorSpacing: Map<string, string>;
  annexMode: AnnexMode;
  itemFates: (Fate | null)[];
  subFates: Map<string, SubFate | null>;
  references: Map<number, ReferenceChanges>;
  /** Deleted paragraphs whose text is re-written elsewhere (a moved annotation). */
  carried: Set<number>;
  /** The number the first item carries (1 for nearly every agenda). */
  firstNumber: number;
  /** Keep the numbers and letters as the list writes them (regenerateAnnex, which renumbers nothing). */
  keepLabels: boolean;
}

export function subKey(item: number, sub: number): string {
  return `${item}:${sub}`;
}

export function createContext(
  snapshot: Snapshot,
  agenda: Agenda,
  outline: ItemPlan[],
  builder: PlanBuilder,
  annexMode: AnnexMode,
): Context {
  const itemFates: (Fate | null)[] = agenda.items.map(() => null);
  const subFates = new Map<string, SubFate | null>();
  agenda.items.forEach((item, i) => item.subItems.forEach((_, j) => subFates.set(subKey(i, j), null)));
  outline.forEach((item, k) => {
    if (item.origin !== null) {
      itemFates[item.origin] = {
        index: k,
        relocated: item.relocated,
        renamed: item.title !== agenda.items[item.origin].title,
      };
    }
    item.subItems.forEach((sub, m) => {
      if (!sub.origin) return;
      const was = agenda.items[sub.origin.item].subItems[sub.origin.sub];
      subFates.set(subKey(sub.origin.item, sub.origin.sub), {
        index: m,
        item: k,
        relocated: sub.relocated,
        renamed: sub.title !== was.title,
      });
    });
  });
  const first = Number(agenda.items[0]?.number);
  return {
    snapshot,
    agenda,
    outline,
    builder,
    convention: detectConvention(agenda),
    terminatorSpacing: detectTerminatorSpacing(agenda, snapshot),
    annexMode,
    itemFates,
    subFates,
    references: new Map(),
    carried: new Set(),
    firstNumber: Number.isInteger(first) && first > 0 ? first : 1,
    keepLabels: false,
  };
}

export function numberOf(ctx: Context, index: number): string {
  const origin = ctx.outline[index]?.origin;
  if (ctx.keepLabels && origin !== null && origin !== undefined) return ctx.agenda.items[origin].number;
  return String(ctx.firstNumber + index);
}

export function letterOf(index: number): string {
  return letterAt(index);
}

/** The letter of sub-item m of outline item k (the list's own letter when labels are kept). */
export function subLetterOf(ctx: Context, k: number, m: number): string {
  const origin = ctx.outline[k]?.subItems[m]?.origin;
  if (ctx.keepLabels && origin) return ctx.agenda.items[origin.item].subItems[origin.sub].letter;
  return letterAt(m);
}

/** Index of the current item written with this number ("5"), or null. */
export function itemIndexOf(ctx: Context, number: string): number | null {
  const at = ctx.agenda.items.findIndex((item) => item.number === number.trim());
  return at < 0 ? null : at;
}

/** Index of the current sub-item with this letter under item `item`, or null. */
export function subIndexOf(ctx: Context, item: number, letter: string): number | null {
  const at = ctx.agenda.items[item]?.subItems.findIndex((sub) => sub.letter === letter.trim().toLowerCase()) ?? -1;
  return at < 0 ? null : at;
}

/** What a reference to item `number` (and sub-item `letter`) becomes: new number and letter, or null if removed. */
export function mapTarget(
  ctx: Context,
  number: string,
  letter: string | null,
): { known: boolean; number: string | null; letter: string | null } {
  const item = itemIndexOf(ctx, number);
  if (item === null) return { known: false, number: null, letter: null };
  if (letter === null) {
    const fate = ctx.itemFates[item];
    return { known: true, number: fate ? numberOf(ctx, fate.index) : null, letter: null };
  }
  const sub = subIndexOf(ctx, item, letter);
  if (sub === null) return { known: false, number: null, letter: null };
  const fate = ctx.subFates.get(subKey(item, sub)) ?? null;
  return { known: true, number: fate ? numberOf(ctx, fate.item) : null, letter: fate ? letterOf(fate.index) : null };
}
