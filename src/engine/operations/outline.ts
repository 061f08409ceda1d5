/**
 * The agenda as an operation wants it to be: the items and sub-items in their new order, each remembering which
 * item of the current agenda it was (`origin`) and whether its paragraphs must be re-created elsewhere
 * (`relocated`, for a move). Every operation is "build the new outline, then restructure": one engine renumbers
 * the list, the annotations, the annex and the references for all of them.
 */
import type { Agenda } from '../model';

export interface SubItemPlan {
  /** The sub-item of the current agenda it was: indices into `agenda.items` and its `subItems`. */
  origin: { item: number; sub: number } | null;
  title: string;
  relocated: boolean;
}

export interface ItemPlan {
  /** Index into `agenda.items`; null for a new item. */
  origin: number | null;
  title: string;
  relocated: boolean;
  subItems: SubItemPlan[];
}

/** The agenda as it stands. */
export function currentOutline(agenda: Agenda): ItemPlan[] {
  return agenda.items.map((item, i) => ({
    origin: i,
    title: item.title,
    relocated: false,
    subItems: item.subItems.map((sub, j) => ({ origin: { item: i, sub: j }, title: sub.title, relocated: false })),
  }));
}
