/** Insert, remove, move and rename agenda items: each builds the new outline and lets `restructure` plan it. */
import type { Agenda } from '../model';
import type { EditPlan } from '../plan';
import type { Snapshot } from '../snapshot';
import { cleanTitle, itemIndex, position, requireItems } from './args';
import { OperationError } from './errors';
import { currentOutline, type ItemPlan } from './outline';
import { restructure } from './restructure';

export function insertItem(snapshot: Snapshot, agenda: Agenda, args: { position: number; title: string }): EditPlan {
  requireItems(agenda);
  const at = position(args.position, agenda.items.length + 1, 'Position');
  const title = cleanTitle(args.title, 'the new item');
  const outline = currentOutline(agenda);
  outline.splice(at, 0, { origin: null, title, relocated: false, subItems: [] });
  const number = numberAt(agenda, at);
  const shifted = renumbered(agenda, at, agenda.items.length - 1, +1);
  return restructure(
    snapshot,
    agenda,
    outline,
    `Insert item ${number} “${title}”${shifted ? ` and renumber ${shifted}` : ''}`,
  );
}

export function removeItem(snapshot: Snapshot, agenda: Agenda, args: { item: string }): EditPlan {
  const index = itemIndex(agenda, args.item);
  if (agenda.items.length === 1) throw new OperationError('Item 1 is the only item: an agenda needs at least one.');
  const item = agenda.items[index];
  const outline = currentOutline(agenda);
  outline.splice(index, 1);
  const shifted = renumbered(agenda, index + 1, agenda.items.length - 1, -1);
  return restructure(
    snapshot,
    agenda,
    outline,
    `Remove item ${item.number} “${item.title}”${shifted ? ` and renumber ${shifted}` : ''}`,
  );
}

export function moveItem(snapshot: Snapshot, agenda: Agenda, args: { item: string; to: number }): EditPlan {
  const from = itemIndex(agenda, args.item);
  const to = position(args.to, agenda.items.length, 'Position');
  const item = agenda.items[from];
  if (from === to) throw new OperationError(`Item ${item.number} is already at position ${args.to}.`);
  const outline = currentOutline(agenda);
  const [moved] = outline.splice(from, 1);
  outline.splice(to, 0, relocate(moved));
  const shifted = from < to ? renumbered(agenda, from + 1, to, -1) : renumbered(agenda, to, from - 1, +1);
  return restructure(
    snapshot,
    agenda,
    outline,
    `Move item ${item.number} “${item.title}” to ${numberAt(agenda, to)}${shifted ? ` and renumber ${shifted}` : ''}`,
  );
}

export function renameItem(snapshot: Snapshot, agenda: Agenda, args: { item: string; title: string }): EditPlan {
  const index = itemIndex(agenda, args.item);
  const title = cleanTitle(args.title, `item ${agenda.items[index].number}`);
  const item = agenda.items[index];
  if (title === item.title) throw new OperationError(`Item ${item.number} is already called “${title}”.`);
  const outline = currentOutline(agenda);
  outline[index] = { ...outline[index], title };
  return restructure(snapshot, agenda, outline, `Rename item ${item.number} “${item.title}” to “${title}”`);
}

function relocate(item: ItemPlan): ItemPlan {
  return { ...item, relocated: true, subItems: item.subItems.map((s) => ({ ...s, relocated: true })) };
}

function numberAt(agenda: Agenda, index: number): string {
  const first = Number(agenda.items[0]?.number);
  return String((Number.isInteger(first) && first > 0 ? first : 1) + index);
}

/** "items 3–6 to 4–7", "item 6 to 5", or "" when none moves. */
function renumbered(agenda: Agenda, first: number, last: number, delta: number): string {
  if (last < first) return '';
  const from = (i: number) => agenda.items[i].number;
  const to = (i: number) => numberAt(agenda, i + delta);
  if (first === last) return `item ${from(first)} to ${to(first)}`;
  return `items ${from(first)}–${from(last)} to ${to(first)}–${to(last)}`;
}
