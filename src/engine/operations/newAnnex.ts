/**
 * An annex for a document that has none: "Annex", "Proposed organization of work" and the table
 * (Date and time | Agenda item | Title or description), a day row per meeting date from the masthead, two slots a
 * day (UN style times), and the items (or their sub-items) spread over the slots in order.
 */
import { SKELETON_SLOTS, formatDayLabel } from '../skeleton';
import { numberOf, subLetterOf, type Context } from './context';
import { OperationError } from './errors';

export function planNewAnnex(ctx: Context): void {
  const dates = (ctx.agenda.masthead.meeting?.dates ?? []).map(toDate).filter((d): d is Date => d !== null);
  if (dates.length === 0) {
    throw new OperationError('The document has no annex, and no meeting dates in its masthead to build one from.');
  }
  const anchor = lastBodyParagraph(ctx);
  if (anchor === null) throw new OperationError('The document has no paragraph to put the annex after.');

  const entries: { item: string; title: string }[] = [];
  ctx.outline.forEach((item, k) => {
    const number = numberOf(ctx, k);
    if (item.subItems.length === 0) entries.push({ item: number, title: item.title });
    item.subItems.forEach((sub, m) =>
      entries.push({ item: `${number} (${subLetterOf(ctx, k, m)})`, title: sub.title }),
    );
  });

  const slotCount = dates.length * SKELETON_SLOTS.length;
  const rows: string[][] = [['Date and time', 'Agenda item', 'Title or description']];
  dates.forEach((date, d) => {
    rows.push([formatDayLabel(date), '', '']);
    SKELETON_SLOTS.forEach((time, t) => {
      const s = d * SKELETON_SLOTS.length + t;
      // Entry e goes to slot floor(e * slots / entries): in order, as evenly as the slots allow.
      const inSlot = entries.filter((_, e) => Math.floor((e * slotCount) / entries.length) === s);
      if (inSlot.length === 0) rows.push([time, '', '']);
      inSlot.forEach((entry, i) => rows.push([i === 0 ? time : '', entry.item, entry.title]));
    });
  });
  ctx.builder.insertTable(anchor, rows, 1);
  ctx.builder.insert(anchor, 'After', [
    { text: 'Annex', style: { name: 'Heading 1', builtIn: 'Heading1' } },
    { text: 'Proposed organization of work', style: { name: 'Heading 2', builtIn: 'Heading2' } },
  ]);
}

function toDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

function lastBodyParagraph(ctx: Context): number | null {
  const paragraphs = ctx.snapshot.paragraphs;
  for (let i = paragraphs.length - 1; i >= 0; i--) if (paragraphs[i].tableNestingLevel === 0) return i;
  return null;
}
