/**
 * The annex (organization of work) follows the list. The table's days and time slots stay; each item keeps the
 * slots it had; a new (or moved) item goes right after its predecessor's last row; rows of removed items go;
 * numbers come from the list, "(continued)" is recomputed (an item's first row never has it), and the time of a
 * slot stays on the slot's first row. Existing rows are edited in place (setCell), so their formatting stays;
 * new rows copy the formatting of the row they are inserted next to.
 */
import type { Annex, AnnexRow, AnnexSlot, Location } from '../model';
import type { TextRun } from '../plan';
import { numberOf, subLetterOf, type Context } from './context';
import { minimalChange, relabel } from './text';

/** One row the annex should have: an item, or a sub-item when the annex lists the item's sub-items. */
interface Entity {
  number: string;
  letter: string | null;
  title: string;
  /** Keys of current rows that are this entity's ("i:3", "s:0:1"). */
  origins: string[];
  /** New or moved: its current rows (if any) go, it gets one row after its predecessor. */
  fresh: boolean;
  /** Its title changed in this operation. */
  renamed: boolean;
  /** The title its row had, as the annex writes it (a moved row keeps it unless the title changes). */
  written?: string;
}

interface Slot {
  source: AnnexSlot;
  /** The time is written in the first item row (not in a row of its own). */
  inline: boolean;
}

type Node =
  | { kind: 'row'; row: AnnexRow; entity: Entity | null; continued: boolean; reused: boolean }
  | { kind: 'new'; entity: Entity; continued: boolean };

export function planAnnex(ctx: Context): void {
  const annex = ctx.agenda.annex;
  if (!annex) return;
  const slots: Slot[] = annex.days
    .flatMap((d) => d.slots)
    .map((source) => ({ source, inline: source.rows.some((r) => r.table === source.table && r.row === source.row) }));
  if (slots.length === 0) return;
  const keyOf = rowKeys(ctx, annex);
  const entities = entitiesOf(ctx, annex, keyOf);

  // Which slots each entity takes.
  const placement = new Map<Entity, number[]>();
  let previousLast = -1;
  for (const entity of entities) {
    let taken: number[] = [];
    if (!entity.fresh) {
      slots.forEach((slot, s) => {
        if (slot.source.rows.some((r) => entity.origins.includes(keyOf.get(r) ?? ''))) taken.push(s);
      });
    } else if (entity.origins.length > 0) {
      const spanned = slots.filter((slot) =>
        slot.source.rows.some((r) => entity.origins.includes(keyOf.get(r) ?? '')),
      ).length;
      if (spanned > 1) {
        ctx.builder.warn(
          `Item ${label(entity)} ran over ${spanned} time slots in the annex; after the move it has one row: check the organization of work.`,
        );
      }
    }
    if (taken.length === 0 && (entity.fresh || ctx.annexMode.placeMissing)) {
      taken = [Math.max(previousLast, 0)];
      if (!entity.fresh)
        ctx.builder.warn(
          `Annex: item ${label(entity)} had no row; it gets one in ${slotName(annex, slots[taken[0]].source)}.`,
        );
    }
    if (taken.length > 0) {
      placement.set(entity, taken);
      previousLast = taken[taken.length - 1];
    }
  }

  const withRows = slots.filter((slot) => slot.source.rows.length > 0);
  const style: Style = {
    titleWord: continuedWord(ctx, annex),
    format: subLabelFormat(ctx, annex),
    combined: combinedPrefixes(ctx, annex),
    // Every row carries its own time ("10.00 – 10.15"): a new row must not stand without one.
    ownTimes: withRows.length >= 2 && withRows.every((slot) => slot.inline && slot.source.rows.length === 1),
  };
  const deleted: AnnexRow[] = [];
  slots.forEach((slot, s) => {
    const wanted = entities.filter((e) => placement.get(e)?.includes(s));
    deleted.push(...planSlot(ctx, annex, slot, wanted, placement, s, keyOf, style));
  });
  deleteRows(ctx, annex, deleted);
}

/** Deletes the rows; a table that would lose every row keeps one, emptied, so that its day keeps its table. */
function deleteRows(ctx: Context, annex: Annex, rows: AnnexRow[]): void {
  for (const table of annex.tables) {
    const gone = rows.filter((r) => r.table === table).sort((a, b) => a.row - b.row);
    if (gone.length === 0) continue;
    const all = new Set(gone.map((r) => r.row)).size >= (ctx.snapshot.tables[table]?.rowCount ?? 0);
    const kept = all ? gone[0] : null;
    for (const row of gone) if (row !== kept) ctx.builder.deleteRow(table, row.row);
    if (!kept) continue;
    (ctx.snapshot.tables[table]?.values[kept.row] ?? []).forEach((_, cell) =>
      ctx.builder.setCell(table, kept.row, cell, []),
    );
    const day = annex.days.find((d) => d.table === table || d.slots.some((slot) => slot.rows.includes(kept)));
    ctx.builder.warn(
      `Annex: ${day?.label ? `the table of ${day.label}` : `annex table ${annex.tables.indexOf(table) + 1}`} has no item left; it is kept with one empty row.`,
    );
  }
}

function slotName(annex: Annex, slot: AnnexSlot): string {
  const day = annex.days.find((d) => d.slots.includes(slot));
  return [day?.label, slot.time].filter((t) => t).join(', ') || 'the first time slot';
}

interface Style {
  titleWord: string;
  format: string;
  /** Where number and title share one cell ("Item 2 (a): Report of the session"): the text before the title. */
  combined: { item: string; sub: string } | null;
  /** Every row of the timetable has its own time. */
  ownTimes: boolean;
}

function planSlot(
  ctx: Context,
  annex: Annex,
  slot: Slot,
  wanted: Entity[],
  placement: Map<Entity, number[]>,
  s: number,
  keyOf: Map<AnnexRow, string | null>,
  style: Style,
): AnnexRow[] {
  const rows = [...slot.source.rows].sort((a, b) => a.table - b.table || a.row - b.row);
  const matched = new Map<Entity, AnnexRow>();
  const nodes: Node[] = [];
  const deleted: AnnexRow[] = [];
  for (const row of rows) {
    const key = keyOf.get(row);
    if (key === 'other') {
      nodes.push({ kind: 'row', row, entity: null, continued: row.continued, reused: false });
      continue;
    }
    const entity = wanted.find(
      (e) => !e.fresh && !matched.has(e) && key !== null && key !== undefined && e.origins.includes(key),
    );
    if (entity) {
      matched.set(entity, row);
      nodes.push({ kind: 'row', row, entity, continued: (placement.get(entity) ?? [s])[0] !== s, reused: false });
    } else if (key === null && !ctx.annexMode.dropUnknown) {
      nodes.push({ kind: 'row', row, entity: null, continued: row.continued, reused: false });
    } else {
      deleted.push(row);
      if (key === null)
        ctx.builder.warn(`Annex: the row of item ${row.item} “${row.title}” goes: the list has no such item.`);
      const moved = key ? [...placement.keys()].find((e) => e.fresh && e.origins.includes(key)) : undefined;
      const extra = moved ? extraContent(ctx, annex, row) : [];
      if (moved && extra.length > 0) {
        ctx.builder.warn(
          `Annex: the row of item ${label(moved)} held more than its number and title (“${extra.join(' / ')}”); its new row has only them: copy the rest by hand.`,
        );
      }
    }
  }
  // New rows go after the row of the entity before them in this slot (or first in the slot).
  wanted.forEach((entity, w) => {
    if (matched.has(entity)) return;
    const node: Node = { kind: 'new', entity, continued: (placement.get(entity) ?? [s])[0] !== s };
    let at = 0;
    for (let p = w - 1; p >= 0; p--) {
      const found = nodes.findIndex((node) => node.entity === wanted[p]);
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    nodes.splice(at, 0, node);
  });

  // The slot's time stays on its first row: reuse the time row rather than lose it.
  const timeRow = rows.find((r) => r.table === slot.source.table && r.row === slot.source.row);
  if (slot.inline && timeRow && deleted.includes(timeRow) && !nodes.some((n) => n.kind === 'row')) {
    deleted.splice(deleted.indexOf(timeRow), 1);
    const first = nodes[0];
    if (first && first.kind === 'new')
      nodes[0] = { kind: 'row', row: timeRow, entity: first.entity, continued: first.continued, reused: true };
    else nodes.unshift({ kind: 'row', row: timeRow, entity: null, continued: false, reused: true });
  }

  const columns = annex.columns;
  nodes.forEach((node, n) => {
    if (node.kind === 'new') return;
    const row = node.row;
    if (slot.inline && !style.ownTimes) planTime(ctx, slot, row, n === 0 ? slot.source.time : '');
    const entity = node.entity;
    if (!entity) {
      if (node.reused) {
        // The row stays for its time only: its number and title go (in a combined cell, with what joins them).
        const together = style.combined !== null && row.titleLocation !== row.itemLocation;
        rewrite(
          ctx,
          row,
          columns.item,
          together ? { ...row.itemLocation, end: row.titleLocation.end } : row.itemLocation,
          [],
        );
        if (!together && row.titleLocation !== row.itemLocation)
          rewrite(ctx, row, columns.title, row.titleLocation, []);
      }
      return;
    }
    const sameTarget =
      row.ref !== null && row.ref.number === entity.number && (row.ref.letter ?? null) === entity.letter;
    const retargeted = keyOf.get(row) !== entity.origins[0];
    const titleOutdated = ctx.annexMode.syncTitles ? row.title !== entity.title : entity.renamed || retargeted;
    if (ctx.annexMode.syncTitles && row.title !== entity.title && !node.reused && row.title !== '') {
      ctx.builder.warn(`Annex, item ${label(entity)}: the title “${row.title}” becomes the list's “${entity.title}”.`);
    }
    const sameShape = row.ref !== null && (row.ref.letter === null) === (entity.letter === null);
    const titleColumn = style.combined ? columns.item : columns.title;
    if (style.combined && row.titleLocation === row.itemLocation) {
      // A combined cell that holds no title to keep apart: written whole.
      if (!sameTarget || node.reused || titleOutdated || node.continued !== row.continued) {
        ctx.builder.setCell(row.table, row.row, columns.item, cellRuns(entity, node.continued, style));
      }
      return;
    }
    if (!sameTarget || node.reused) {
      // Only the label changes ("3" → "4", "Item 3" → "Item 4"); a label of another shape is written anew.
      const relabelled = sameShape && !node.reused ? relabel(row.item, entity.number, entity.letter) : null;
      if (relabelled !== null) rewrite(ctx, row, columns.item, row.itemLocation, [{ text: relabelled }]);
      else if (style.combined) {
        const prefix = cellRuns(entity, false, style)[0].text;
        rewrite(ctx, row, columns.item, { ...row.itemLocation, end: row.titleLocation.start }, [{ text: prefix }]);
      } else rewrite(ctx, row, columns.item, row.itemLocation, [{ text: itemLabel(entity, style.format) }]);
    }
    // A row that now stands for another entity (a sub-item's row taken over by its item) takes its title too.
    if (titleOutdated || node.continued !== row.continued || node.reused) {
      rewrite(
        ctx,
        row,
        titleColumn,
        row.titleLocation,
        titleRuns(titleOutdated || node.reused ? entity.title : row.title, node.continued, style.titleWord),
      );
    }
  });

  // Insert each run of new rows next to an existing row of the slot: an ordinary one rather than a "(continued)"
  // one, whose italics the new row would copy.
  let n = 0;
  while (n < nodes.length) {
    if (nodes[n].kind !== 'new') {
      n++;
      continue;
    }
    let m = n;
    while (m < nodes.length && nodes[m].kind === 'new') m++;
    const fresh = nodes.slice(n, m);
    const times = fresh.map((node, r) => newRowTime(ctx, slot, node, n + r === 0, style));
    const before = n > 0 ? nodes[n - 1] : null;
    const after = m < nodes.length ? nodes[m] : null;
    const anchorAfter =
      before &&
      before.kind === 'row' &&
      (!before.row.continued || !after || after.kind !== 'row' || after.row.continued);
    const anchor =
      anchorAfter && before && before.kind === 'row' ? before.row : after && after.kind === 'row' ? after.row : null;
    const cells = fresh.map((node, r) => {
      const table = anchor?.table ?? slot.source.table;
      const row = newRow(
        annex,
        node,
        times[r],
        style,
        Math.max(...ctx.snapshot.tables[table].values.map((cells) => cells.length), 3),
      );
      // Beside a "(continued)" row only: the new title says it is not in italics, whatever the row it copies.
      if (anchor?.continued) {
        const column = style.combined ? annex.columns.item : annex.columns.title;
        row[column] = row[column].map((run) => (run.italic === undefined ? { ...run, italic: false } : run));
      }
      return row;
    });
    if (anchor) ctx.builder.insertRows(anchor.table, anchor.row, anchorAfter ? 'After' : 'Before', cells);
    else ctx.builder.insertRows(slot.source.table, slot.source.row, 'After', cells);
    n = m;
  }
  return deleted;
}

/**
 * What the item and title cells of a row hold besides the label and the title: other paragraphs ("(closed meeting)")
 * and the text of nested tables, which a new row made from plain values cannot carry.
 */
function extraContent(ctx: Context, annex: Annex, row: AnnexRow): string[] {
  const own = new Set([row.itemLocation, row.titleLocation].map((l) => (l.kind === 'cell' ? l.paragraph : -1)));
  const paragraphs = ctx.snapshot.paragraphs;
  const inRow = paragraphs.filter((para) => para.cell?.table === row.table && para.cell.row === row.row);
  if (inRow.length === 0) return [];
  const out: string[] = [];
  let column = -1;
  for (let i = inRow[0].index; i <= inRow[inRow.length - 1].index + 1 && i < paragraphs.length; i++) {
    const para = paragraphs[i];
    if (para.cell) {
      if (para.cell.table !== row.table || para.cell.row !== row.row) break;
      column = para.cell.cell;
    } else if (para.tableNestingLevel <= 1) break;
    const mine = column === annex.columns.item || column === annex.columns.title;
    if (mine && !own.has(para.index) && para.text.trim() !== '') out.push(para.text.trim());
  }
  return out;
}

/** The time cell of a row of a slot whose time stands in its first item row: the time there, and nowhere else. */
function planTime(ctx: Context, slot: Slot, row: AnnexRow, time: string): void {
  const column = ctx.agenda.annex?.columns.time ?? 0;
  const isTimeRow = row.table === slot.source.table && row.row === slot.source.row;
  if (isTimeRow && time === slot.source.time) return;
  // The time row's cell may hold more than the time (the day above it): only the time goes.
  if (isTimeRow) rewrite(ctx, row, column, slot.source.location, [{ text: time }]);
  else ctx.builder.setCell(row.table, row.row, column, [{ text: time }]);
}

/** A new row's time: the slot's on its first row; in a timetable where every row has its own, the slot's time too. */
function newRowTime(ctx: Context, slot: Slot, node: Node, first: boolean, style: Style): string {
  if (!style.ownTimes) return slot.inline && first ? slot.source.time : '';
  const time = slot.source.time || TIME_PLACEHOLDER;
  if (node.kind === 'new') {
    ctx.builder.warn(
      `Annex: every row of the timetable has its own time; the new row of item ${label(node.entity)} is given ${time}${slot.source.time ? ', the time of the row it joins' : ''}: set its time.`,
    );
  }
  return time;
}

/** What a new row of a timetable without a time to copy shows, so that the gap is seen (and `check` flags it). */
const TIME_PLACEHOLDER = '[time]';

/**
 * Rewrites the text at `location` (one paragraph of a cell) into `runs`, changing only the characters that differ,
 * so the rest of the cell (a second paragraph such as "(closed meeting)", a nested table) and the formatting
 * around stay. A cell whose paragraphs the snapshot does not know, or an empty one, is set whole.
 */
function rewrite(ctx: Context, row: AnnexRow, column: number, location: Location, runs: TextRun[]): void {
  const paragraph = location.kind === 'cell' || location.kind === 'paragraph' ? location.paragraph : -1;
  const text = paragraph >= 0 ? ctx.snapshot.paragraphs[paragraph]?.text : undefined;
  if (text === undefined || text === '') {
    ctx.builder.setCell(row.table, row.row, column, runs);
    return;
  }
  const after = runs.map((r) => r.text).join('');
  const change = minimalChange(text, location.start, text.slice(location.start, location.end), after);
  if (!change) return;
  ctx.builder.replace(paragraph, change, runsOf(runs, change.start - location.start, change.text));
}

/**
 * The runs spelling `text`, the replacement of the window starting at `from` in the runs' text, that may take in one character outside it
 * (a widened insertion, as found there): undefined when no run sets italics; after a run that sets them, the next ones set them too.
 */
function runsOf(runs: TextRun[], from: number, text: string): TextRun[] | undefined {
  if (runs.every((r) => r.italic === undefined)) return undefined;
  const flags: (boolean | undefined)[] = runs.flatMap((r) => r.text.split('').map(() => r.italic));
  const out: TextRun[] = [];
  let set = false;
  text.split('').forEach((char, k) => {
    let italic = flags[from + k];
    if (italic !== undefined) set = true;
    else if (set) italic = false;
    const last = out[out.length - 1];
    if (last && last.italic === italic) last.text += char;
    else out.push(italic === undefined ? { text: char } : { text: char, italic });
  });
  return out.some((r) => r.italic !== undefined) ? out : undefined;
}

function newRow(annex: Annex, node: Node, time: string, style: Style, width: number): TextRun[][] {
  const cells: TextRun[][] = Array.from({ length: width }, () => []);
  if (node.kind !== 'new') return cells;
  if (time) cells[annex.columns.time] = [{ text: time }];
  if (style.combined) {
    cells[annex.columns.item] = cellRuns(node.entity, node.continued, style);
    return cells;
  }
  cells[annex.columns.item] = [{ text: itemLabel(node.entity, style.format) }];
  cells[annex.columns.title] = titleRuns(node.entity.written ?? node.entity.title, node.continued, style.titleWord);
  return cells;
}

/** A combined cell: "Item 2 (a): " before the title runs. */
function cellRuns(entity: Entity, continued: boolean, style: Style): TextRun[] {
  const template = entity.letter === null ? style.combined?.item : style.combined?.sub;
  const prefix = (template && relabel(template, entity.number, entity.letter)) ?? `Item ${label(entity)}: `;
  return [{ text: prefix }, ...titleRuns(entity.written ?? entity.title, continued, style.titleWord)];
}

/** The prefixes of combined cells as the annex writes them, for items and for sub-items; null for separate columns. */
function combinedPrefixes(ctx: Context, annex: Annex): Style['combined'] {
  if (annex.columns.item !== annex.columns.title) return null;
  let item: string | null = null;
  let sub: string | null = null;
  for (const row of annex.days.flatMap((d) => d.slots.flatMap((slot) => slot.rows))) {
    const cell = ctx.snapshot.tables[row.table]?.values[row.row]?.[annex.columns.item] ?? '';
    const at = row.title ? cell.indexOf(row.title) : -1;
    if (!row.ref || at <= 0) continue;
    if (row.ref.letter === null) item ??= cell.slice(0, at);
    else sub ??= cell.slice(0, at);
  }
  // One shape seen: the other is made from it ("Item 2: " ↔ "Item 2 (a): ").
  item ??= sub ? sub.replace(/\s*\(?[a-z]\)/u, '') : 'Item 1: ';
  sub ??= item.replace(/(\d+)/u, '$1 (a)');
  return { item, sub };
}

/** The title, with "(continued)" in italics, as the sample writes it. */
export function titleRuns(title: string, continued: boolean, word: string): TextRun[] {
  if (!continued) return [{ text: title }];
  return [{ text: `${title} (` }, { text: word, italic: true }, { text: ')', italic: false }];
}

function itemLabel(entity: Entity, format: string): string {
  if (entity.letter === null) return entity.number;
  return relabel(format, entity.number, entity.letter) ?? `${entity.number} (${entity.letter})`;
}

function label(entity: Entity): string {
  return entity.letter === null ? entity.number : `${entity.number} (${entity.letter})`;
}

/** "1 (a)" or "1(a)": the annex's own way of writing a sub-item. */
function subLabelFormat(ctx: Context, annex: Annex): string {
  for (const day of annex.days) {
    for (const slot of day.slots) {
      for (const row of slot.rows) {
        if (row.ref?.letter)
          return ctx.snapshot.tables[row.table]?.values[row.row]?.[annex.columns.item]?.trim() || row.item;
      }
    }
  }
  return '1 (a)';
}

/** The word in "(continued)" as the annex writes it ("continued", "suite", …). */
function continuedWord(ctx: Context, annex: Annex): string {
  for (const day of annex.days) {
    for (const slot of day.slots) {
      for (const row of slot.rows) {
        if (!row.continued) continue;
        const cell = ctx.snapshot.tables[row.table]?.values[row.row]?.[annex.columns.title] ?? '';
        const match = /[(（]([^()（）]+)[)）]\s*$/u.exec(cell);
        if (match) return match[1].trim();
      }
    }
  }
  return 'continued';
}

/** Each row's key: the current item ("i:<index>") or sub-item ("s:<item>:<sub>") it names; "other" when it names none. */
function rowKeys(ctx: Context, annex: Annex): Map<AnnexRow, string | null> {
  const keys = new Map<AnnexRow, string | null>();
  for (const day of annex.days) {
    for (const slot of day.slots) {
      for (const row of slot.rows) {
        if (!row.ref) {
          keys.set(row, 'other');
          continue;
        }
        const item = ctx.agenda.items.findIndex((it) => it.number === row.ref?.number);
        if (item < 0) {
          keys.set(row, null);
          continue;
        }
        if (!row.ref.letter) {
          keys.set(row, `i:${item}`);
          continue;
        }
        const sub = ctx.agenda.items[item].subItems.findIndex((it) => it.letter === row.ref?.letter);
        keys.set(row, sub < 0 ? null : `s:${item}:${sub}`);
      }
    }
  }
  return keys;
}

function entitiesOf(ctx: Context, annex: Annex, keyOf: Map<AnnexRow, string | null>): Entity[] {
  const present = new Set([...keyOf.values()].filter((k): k is string => typeof k === 'string'));
  const subRowsListed = [...present].some((k) => k.startsWith('s:'));
  const listsSubItems = subRowsListed || annex.days.every((d) => d.slots.every((s) => s.rows.length === 0));
  // The document's own pattern for an item with sub-items: a row of its own above theirs, or (as the sample
  // CTOC/COP/WG.7/2023/1: "1 (a)", "1 (b)", no "1") their rows only.
  const parents = ctx.agenda.items
    .map((item, o) => ({ item, o }))
    .filter(({ item, o }) => item.subItems.some((_, j) => present.has(`s:${o}:${j}`)));
  const parentKeepsRow = parents.some(({ o }) => present.has(`i:${o}`));
  const entities: Entity[] = [];
  const rows = annex.days.flatMap((d) => d.slots.flatMap((slot) => slot.rows));
  /** A moved entity's title as its first row writes it: a move renumbers, it does not retitle. */
  const writtenTitle = (origins: string[], renamed: boolean): string | undefined =>
    renamed || ctx.annexMode.syncTitles
      ? undefined
      : rows.find((r) => !r.continued && keyOf.get(r) === origins[0])?.title;
  ctx.outline.forEach((item, k) => {
    const o = item.origin;
    const number = numberOf(ctx, k);
    const itemKey = o === null ? null : `i:${o}`;
    const oldSubKeys = o === null ? [] : ctx.agenda.items[o].subItems.map((_, j) => `s:${o}:${j}`);
    const hasItemRow = itemKey !== null && present.has(itemKey);
    const hasSubRows = oldSubKeys.some((key) => present.has(key));
    // An item's first sub-items, where the annex lists sub-items on rows of their own, get rows too; without a
    // row of its own for a parent in the document's pattern, the first takes over the item's row (and its slots).
    const firstSubs =
      o !== null && ctx.agenda.items[o].subItems.length === 0 && item.subItems.length > 0 && subRowsListed;
    const takesItemRow = firstSubs && hasItemRow && !parentKeepsRow;
    const useSubs = item.subItems.length > 0 && (hasSubRows || (!hasItemRow && listsSubItems) || firstSubs);
    const fresh = o === null || item.relocated;
    const renamed = o !== null && ctx.agenda.items[o].title !== item.title;
    if ((!useSubs || hasItemRow) && !takesItemRow) {
      const origins = itemKey === null ? [] : useSubs ? [itemKey] : [itemKey, ...oldSubKeys];
      entities.push({
        number,
        letter: null,
        title: item.title,
        origins,
        fresh,
        renamed,
        written: fresh ? writtenTitle(origins, renamed) : undefined,
      });
    }
    if (!useSubs) return;
    item.subItems.forEach((sub, m) => {
      const was = sub.origin ? ctx.agenda.items[sub.origin.item].subItems[sub.origin.sub] : null;
      if (takesItemRow && m === 0 && itemKey !== null) {
        entities.push({
          number,
          letter: subLetterOf(ctx, k, m),
          title: sub.title,
          origins: [itemKey],
          fresh,
          renamed: true,
        });
        return;
      }
      entities.push({
        number,
        letter: subLetterOf(ctx, k, m),
        title: sub.title,
        origins: sub.origin ? [`s:${sub.origin.item}:${sub.origin.sub}`] : [],
        fresh: sub.origin === null || sub.relocated || fresh,
        renamed: was !== null && was.title !== sub.title,
        written: sub.origin
          ? writtenTitle([`s:${sub.origin.item}:${sub.origin.sub}`], was !== null && was.title !== sub.title)
          : undefined,
      });
    });
  });
  return entities;
}
