/**
 * Reading what the user asked for ("5", "1 (b)", position 3, a title) against the agenda, with one clear line
 * when it does not fit.
 */
import type { Agenda } from '../model';
import { OperationError } from './errors';
import { letterIndex } from './text';

export function requireItems(agenda: Agenda): void {
  if (agenda.items.length === 0) throw new OperationError('The document has no provisional agenda list to edit.');
}

function itemsRange(agenda: Agenda): string {
  const n = agenda.items.length;
  if (n === 1) return `the agenda has only item ${agenda.items[0].number}`;
  return `the agenda has items ${agenda.items[0].number}–${agenda.items[n - 1].number}`;
}

/** "5", "5.", "item 5" → index of that item. */
export function itemIndex(agenda: Agenda, text: string): number {
  requireItems(agenda);
  const match = /^\s*(?:(?:agenda\s+)?item\s+)?(\d{1,3})\.?\s*$/iu.exec(text);
  if (!match) throw new OperationError(`"${text}" is not an item number: write it as 5.`);
  const number = String(Number(match[1]));
  const index = agenda.items.findIndex((item) => item.number === number);
  if (index < 0) throw new OperationError(`There is no item ${number}: ${itemsRange(agenda)}.`);
  return index;
}

/** "1 (b)", "1(b)", "1b" → the item's index and the letter's index (the letter may be one past the last). */
export function subAddress(agenda: Agenda, text: string): { item: number; letter: number; label: string } {
  requireItems(agenda);
  const match = /^\s*(?:(?:agenda\s+)?item\s+)?(\d{1,3})\s*(?:\(\s*([a-z]{1,2})\s*\)|([a-z]{1,2})\)?)\s*$/iu.exec(text);
  if (!match) throw new OperationError(`"${text}" is not a sub-item: write it as 1 (b).`);
  const letter = (match[2] ?? match[3]).toLowerCase();
  const item = itemIndex(agenda, match[1]);
  const index = letterIndex(letter);
  if (index < 0) throw new OperationError(`"${text}" is not a sub-item: write it as 1 (b).`);
  return { item, letter: index, label: `${agenda.items[item].number} (${letter})` };
}

/** An existing sub-item: its item's index and its own index. */
export function subItemIndex(agenda: Agenda, text: string): { item: number; sub: number; label: string } {
  const address = subAddress(agenda, text);
  const item = agenda.items[address.item];
  const sub = item.subItems.findIndex((s) => letterIndex(s.letter) === address.letter);
  if (sub < 0) {
    const subs = item.subItems;
    const has =
      subs.length === 0
        ? 'it has no sub-items'
        : subs.length === 1
          ? `it has only (${subs[0].letter})`
          : `it has (${subs[0].letter})–(${subs[subs.length - 1].letter})`;
    throw new OperationError(`Item ${item.number} has no sub-item ${address.label}: ${has}.`);
  }
  return { item: address.item, sub, label: address.label };
}

/** A position 1..count+1 (insert) or 1..count (move). */
export function position(value: number, count: number, what: string): number {
  if (!Number.isInteger(value) || value < 1 || value > count) {
    throw new OperationError(`${what} ${value} is out of range: give a number from 1 to ${count}.`);
  }
  return value - 1;
}

/** A title as the list holds it: one line, trimmed, without the list's own end punctuation. */
export function cleanTitle(title: string, what: string): string {
  const clean = title
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/\s*[;:]$/u, '')
    .replace(/(?<!\.\.|etc)\.$/u, '')
    .trim();
  if (!clean) throw new OperationError(`Give ${what} a title.`);
  return clean;
}
