/**
 * References to agenda items in the document's running text, for renumbering and checks. Scanned: every body
 * paragraph after the masthead except the agenda list and the annex table; of an annotation heading only the
 * title (its label is the heading's own number, not a reference).
 */
import type { Agenda, ItemReference } from '../model';
import { findItemReferences } from '../text/references';
import type { ParseContext } from './context';

export function collectReferences(
  ctx: ParseContext,
  agenda: Pick<Agenda, 'items' | 'annotations' | 'annex'>,
  mastheadEnd: number,
): ItemReference[] {
  const skip = new Set<number>();
  for (const item of agenda.items) {
    skip.add(item.paragraph);
    for (const sub of item.subItems) skip.add(sub.paragraph);
  }
  const headingTitleStart = new Map<number, number>();
  for (const annotation of agenda.annotations) {
    for (const h of [annotation.heading, ...annotation.subHeadings])
      headingTitleStart.set(h.paragraph, h.labelSpan?.end ?? 0);
  }
  const annexTables = new Set(agenda.annex?.tables ?? []);

  const out: ItemReference[] = [];
  for (const para of ctx.snapshot.paragraphs) {
    if (para.index < mastheadEnd || skip.has(para.index)) continue;
    if (para.cell && annexTables.has(para.cell.table)) continue;
    const from = headingTitleStart.get(para.index) ?? 0;
    for (const ref of findItemReferences(para.text.slice(from))) {
      out.push({
        paragraph: para.index,
        span: { start: ref.span.start + from, end: ref.span.end + from },
        text: ref.text,
        targets: ref.targets.map((t) => ({ ...t, span: { start: t.span.start + from, end: t.span.end + from } })),
      });
    }
  }
  return out;
}
