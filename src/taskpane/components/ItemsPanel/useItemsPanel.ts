/**
 * State of the Items panel: which entry is being renamed, which action is being composed (with its live preview),
 * which removal awaits confirmation. Each action is a plan maker over the current reading of the document, so a
 * preview always reflects the document as it stands.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { letterAt } from '../../format';
import { useTaskpane } from '../TaskpaneApp/TaskpaneContext';
import { entryKey, entryName, entryRef, type Entry } from './entries';
import type { PlanMaker } from './preview';

export type ActionId = 'rename' | 'insertBefore' | 'insertAfter' | 'addSubItem' | 'moveUp' | 'moveDown' | 'remove';

export interface EntryAction {
  id: ActionId;
  label: string;
  disabled: boolean;
  run: () => void;
}

export interface Composition {
  /** The entry the composer shows under, or "end" for a new last item. */
  key: string;
  heading: string;
  needsTitle: boolean;
  applyLabel: string;
  makePlan: PlanMaker;
  /** The entry to focus once applied ("item 4"): the row the editor works on next. */
  focusAfter: string;
}

export type Mode =
  | { kind: 'idle' }
  | { kind: 'rename'; key: string; makePlan: PlanMaker; focusAfter: string }
  | { kind: 'compose'; composition: Composition }
  | { kind: 'remove'; entry: Entry; makePlan: PlanMaker; focusAfter: string };

export const END_KEY = 'end';

export function useItemsPanel() {
  const { document, service, busy } = useTaskpane();
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const close = useCallback(() => setMode({ kind: 'idle' }), []);
  const items = document?.agenda.items ?? [];
  const ops = service.operations;

  // A new reading renumbers entries: an open rename or composer keyed by an old number would point elsewhere.
  useEffect(() => setMode({ kind: 'idle' }), [document]);

  // After Apply, focus goes back to the row that was edited (or the one that took its place), not to the page.
  const root = useRef<HTMLElement | null>(null);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  useEffect(() => {
    if (!pendingFocus) return;
    setPendingFocus(null);
    const buttons = Array.from(root.current?.querySelectorAll<HTMLElement>('button[aria-label^="Actions for "]') ?? []);
    const target =
      buttons.find((button) => button.getAttribute('aria-label') === `Actions for ${pendingFocus}`) ??
      root.current?.querySelector<HTMLElement>('button[data-add-at-end]') ??
      buttons[buttons.length - 1];
    target?.focus();
  }, [pendingFocus, document]);
  const applied = useCallback((focusAfter: string) => {
    setMode({ kind: 'idle' });
    setPendingFocus(focusAfter);
  }, []);

  const compose = (composition: Composition) => setMode({ kind: 'compose', composition });

  const addAtEnd = () =>
    compose({
      key: END_KEY,
      heading: 'New item at the end',
      needsTitle: true,
      applyLabel: 'Add item',
      focusAfter: `item ${items.length + 1}`,
      makePlan: (d, title) => ops.insertItem(d.snapshot, d.agenda, { position: items.length + 1, title }),
    });

  const actionsFor = (entry: Entry): EntryAction[] => {
    const key = entryKey(entry);
    const ref = entryRef(entry);
    const name = entryName(entry);
    if (entry.kind === 'item') {
      const n = entry.index + 1;
      const insertAt = (position: number, where: string): void =>
        compose({
          key,
          heading: `New item ${where} ${name}`,
          needsTitle: true,
          applyLabel: 'Insert item',
          focusAfter: `item ${position}`,
          makePlan: (d, title) => ops.insertItem(d.snapshot, d.agenda, { position, title }),
        });
      const moveTo = (to: number, direction: string): void =>
        compose({
          key,
          heading: `Move ${name} ${direction}`,
          needsTitle: false,
          applyLabel: 'Move item',
          focusAfter: `item ${to}`,
          makePlan: (d) => ops.moveItem(d.snapshot, d.agenda, { item: ref, to }),
        });
      const nextLetter = letterAt(entry.item.subItems.length);
      return [
        {
          id: 'rename',
          label: 'Rename',
          disabled: false,
          run: () =>
            setMode({
              kind: 'rename',
              key,
              focusAfter: name,
              makePlan: (d, title) => ops.renameItem(d.snapshot, d.agenda, { item: ref, title }),
            }),
        },
        { id: 'insertBefore', label: 'Insert item before', disabled: false, run: () => insertAt(n, 'before') },
        { id: 'insertAfter', label: 'Insert item after', disabled: false, run: () => insertAt(n + 1, 'after') },
        {
          id: 'addSubItem',
          label: 'Add sub-item',
          disabled: false,
          run: () =>
            compose({
              key,
              heading: `New sub-item ${entry.item.number} (${nextLetter})`,
              needsTitle: true,
              applyLabel: 'Add sub-item',
              focusAfter: `sub-item ${entry.item.number} (${nextLetter})`,
              makePlan: (d, title) =>
                ops.insertSubItem(d.snapshot, d.agenda, { position: `${entry.item.number} (${nextLetter})`, title }),
            }),
        },
        { id: 'moveUp', label: 'Move up', disabled: n === 1, run: () => moveTo(n - 1, 'up') },
        { id: 'moveDown', label: 'Move down', disabled: n === items.length, run: () => moveTo(n + 1, 'down') },
        {
          id: 'remove',
          label: 'Remove',
          disabled: false,
          run: () =>
            setMode({
              kind: 'remove',
              entry,
              focusAfter: n < items.length ? name : `item ${n - 1}`,
              makePlan: (d) => ops.removeItem(d.snapshot, d.agenda, { item: ref }),
            }),
        },
      ];
    }
    const number = entry.item.number;
    const at = (subIndex: number) => `${number} (${letterAt(subIndex)})`;
    const insertAt = (subIndex: number, where: string): void =>
      compose({
        key,
        heading: `New sub-item ${where} ${name}`,
        needsTitle: true,
        applyLabel: 'Insert sub-item',
        focusAfter: `sub-item ${at(subIndex)}`,
        makePlan: (d, title) => ops.insertSubItem(d.snapshot, d.agenda, { position: at(subIndex), title }),
      });
    const moveTo = (subIndex: number, direction: string): void =>
      compose({
        key,
        heading: `Move ${name} ${direction}`,
        needsTitle: false,
        applyLabel: 'Move sub-item',
        focusAfter: `sub-item ${at(subIndex)}`,
        makePlan: (d) => ops.moveSubItem(d.snapshot, d.agenda, { item: ref, to: at(subIndex) }),
      });
    const last = entry.item.subItems.length - 1;
    return [
      {
        id: 'rename',
        label: 'Rename',
        disabled: false,
        run: () =>
          setMode({
            kind: 'rename',
            key,
            focusAfter: name,
            makePlan: (d, title) => ops.renameSubItem(d.snapshot, d.agenda, { item: ref, title }),
          }),
      },
      {
        id: 'insertBefore',
        label: 'Insert sub-item before',
        disabled: false,
        run: () => insertAt(entry.subIndex, 'before'),
      },
      {
        id: 'insertAfter',
        label: 'Insert sub-item after',
        disabled: false,
        run: () => insertAt(entry.subIndex + 1, 'after'),
      },
      { id: 'moveUp', label: 'Move up', disabled: entry.subIndex === 0, run: () => moveTo(entry.subIndex - 1, 'up') },
      {
        id: 'moveDown',
        label: 'Move down',
        disabled: entry.subIndex === last,
        run: () => moveTo(entry.subIndex + 1, 'down'),
      },
      {
        id: 'remove',
        label: 'Remove',
        disabled: false,
        run: () =>
          setMode({
            kind: 'remove',
            entry,
            focusAfter:
              entry.subIndex < last
                ? name
                : entry.subIndex > 0
                  ? `sub-item ${at(entry.subIndex - 1)}`
                  : `item ${number}`,
            makePlan: (d) => ops.removeSubItem(d.snapshot, d.agenda, { item: ref }),
          }),
      },
    ];
  };

  return { items, mode, close, applied, root, addAtEnd, actionsFor, busy: busy !== null };
}
