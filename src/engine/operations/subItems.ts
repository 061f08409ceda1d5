/** Insert, remove, move and rename sub-items ((a), (b), …): re-lettering follows through the whole document. */
import type { Agenda } from '../model';
import type { EditPlan } from '../plan';
import type { Snapshot } from '../snapshot';
import { cleanTitle, subAddress, subItemIndex } from './args';
import { OperationError } from './errors';
import { currentOutline } from './outline';
import { restructure } from './restructure';
import { letterAt } from './text';

export function insertSubItem(snapshot: Snapshot, agenda: Agenda, args: { position: string; title: string }): EditPlan {
  const address = subAddress(agenda, args.position);
  const item = agenda.items[address.item];
  checkLetter(address.letter, item.subItems.length + 1, item.number, args.position);
  const title = cleanTitle(args.title, 'the new sub-item');
  const outline = currentOutline(agenda);
  outline[address.item].subItems.splice(address.letter, 0, { origin: null, title, relocated: false });
  const label = `${item.number} (${letterAt(address.letter)})`;
  return restructure(
    snapshot,
    agenda,
    outline,
    `Insert sub-item ${label} “${title}”${relettered(item.subItems.length, address.letter, +1)}`,
  );
}

export function removeSubItem(snapshot: Snapshot, agenda: Agenda, args: { item: string }): EditPlan {
  const found = subItemIndex(agenda, args.item);
  const item = agenda.items[found.item];
  const sub = item.subItems[found.sub];
  const outline = currentOutline(agenda);
  outline[found.item].subItems.splice(found.sub, 1);
  return restructure(
    snapshot,
    agenda,
    outline,
    `Remove sub-item ${item.number} (${sub.letter}) “${sub.title}”${relettered(item.subItems.length, found.sub + 1, -1)}`,
  );
}

export function moveSubItem(snapshot: Snapshot, agenda: Agenda, args: { item: string; to: string }): EditPlan {
  const from = subItemIndex(agenda, args.item);
  const target = subAddress(agenda, args.to);
  const sameItem = target.item === from.item;
  const count = agenda.items[target.item].subItems.length + (sameItem ? 0 : 1);
  checkLetter(target.letter, count, agenda.items[target.item].number, args.to);
  if (sameItem && target.letter === from.sub) throw new OperationError(`Sub-item ${from.label} is already there.`);
  const outline = currentOutline(agenda);
  const [moved] = outline[from.item].subItems.splice(from.sub, 1);
  outline[target.item].subItems.splice(target.letter, 0, { ...moved, relocated: true });
  const sub = agenda.items[from.item].subItems[from.sub];
  return restructure(
    snapshot,
    agenda,
    outline,
    `Move sub-item ${agenda.items[from.item].number} (${sub.letter}) “${sub.title}” to ${agenda.items[target.item].number} (${letterAt(target.letter)})`,
  );
}

export function renameSubItem(snapshot: Snapshot, agenda: Agenda, args: { item: string; title: string }): EditPlan {
  const found = subItemIndex(agenda, args.item);
  const item = agenda.items[found.item];
  const sub = item.subItems[found.sub];
  const title = cleanTitle(args.title, `sub-item ${found.label}`);
  if (title === sub.title) throw new OperationError(`Sub-item ${found.label} is already called “${title}”.`);
  const outline = currentOutline(agenda);
  outline[found.item].subItems[found.sub] = { ...outline[found.item].subItems[found.sub], title };
  return restructure(
    snapshot,
    agenda,
    outline,
    `Rename sub-item ${item.number} (${sub.letter}) “${sub.title}” to “${title}”`,
  );
}

function checkLetter(letter: number, count: number, number: string, text: string): void {
  if (letter >= count) {
    const last = letterAt(count - 1);
    throw new OperationError(
      `Sub-item "${text}" is out of range: item ${number} can take (a)${count > 1 ? `–(${last})` : ''} here.`,
    );
  }
}

/** " and re-letter (c)–(d) to (d)–(e)", or "". */
function relettered(count: number, first: number, delta: number): string {
  if (first >= count) return '';
  const span = (a: number, b: number) => (a === b ? `(${letterAt(a)})` : `(${letterAt(a)})–(${letterAt(b)})`);
  return ` and re-letter ${span(first, count - 1)} to ${span(first + delta, count - 1 + delta)}`;
}
