/**
 * One engine for every operation: given the outline the agenda should have, plan everything that depends on
 * the numbers — the list, the annotations, the annex and the references in the text — as one EditPlan.
 */
import type { Agenda, Span } from '../model';
import type { EditPlan } from '../plan';
import type { Snapshot } from '../snapshot';
import { planAnnex } from './annex';
import { planAnnotations } from './annotations';
import { createContext, type AnnexMode, type Context } from './context';
import { planList } from './list';
import type { ItemPlan } from './outline';
import { PlanBuilder } from './planBuilder';
import { computeReferences, emitReferences } from './references';

const FOLLOW_LIST: AnnexMode = { syncTitles: false, placeMissing: false, dropUnknown: false };

export function restructure(snapshot: Snapshot, agenda: Agenda, outline: ItemPlan[], description: string): EditPlan {
  const builder = new PlanBuilder(snapshot);
  const ctx = createContext(snapshot, agenda, outline, builder, FOLLOW_LIST);
  computeReferences(ctx, ownedSpans(ctx));
  planList(ctx);
  planAnnotations(ctx);
  planAnnex(ctx);
  emitReferences(ctx);
  return builder.build(description);
}

/**
 * Spans the operations rewrite themselves (labels, and titles that are renamed): a reference found inside one is
 * not rewritten a second time.
 */
function ownedSpans(ctx: Context): Map<number, Span[]> {
  const owned = new Map<number, Span[]>();
  const add = (paragraph: number, span: Span | null): void => {
    if (span) owned.set(paragraph, [...(owned.get(paragraph) ?? []), span]);
  };
  const renamedItems = new Set(ctx.itemFates.map((f, i) => (f?.renamed ? i : -1)));
  ctx.agenda.items.forEach((item, i) => {
    add(item.paragraph, item.labelSpan);
    if (renamedItems.has(i)) add(item.paragraph, item.titleSpan);
    item.subItems.forEach((sub, j) => {
      add(sub.paragraph, sub.labelSpan);
      if (ctx.subFates.get(`${i}:${j}`)?.renamed) add(sub.paragraph, sub.titleSpan);
    });
  });
  for (const annotation of ctx.agenda.annotations) {
    const item = ctx.agenda.items.findIndex((it) => it.number === annotation.item);
    add(annotation.heading.paragraph, annotation.heading.labelSpan);
    if (renamedItems.has(item)) add(annotation.heading.paragraph, annotation.heading.titleSpan);
    for (const heading of annotation.subHeadings) {
      add(heading.paragraph, heading.labelSpan);
      const sub = item < 0 ? -1 : ctx.agenda.items[item].subItems.findIndex((s) => s.letter === heading.label);
      if (ctx.subFates.get(`${item}:${sub}`)?.renamed) add(heading.paragraph, heading.titleSpan);
    }
  }
  return owned;
}
