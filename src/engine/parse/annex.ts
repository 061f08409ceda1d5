/**
 * The annex table ("Proposed organization of work", "Provisional timetable"): found by its header (Date and
 * time | Agenda item | Title or description, in English, French or Spanish; extra columns ignored), or failing
 * that, the table after the Annex heading whose rows hold times and item numbers. Day rows open a day, a time
 * opens a slot, and every row with an item becomes a row of the slot; lunch and other rows without an item are
 * skipped.
 */
import type { Annex, AnnexDay, AnnexRow, AnnexSlot, Location } from '../model';
import type { SnapshotParagraph, SnapshotTable } from '../snapshot';
import { parseDayLabel } from '../text/dates';
import { parseItemRef } from '../text/references';
import { isTimeSlot } from '../text/times';
import { cellKey, inTable, locate, type ParseContext } from './context';

const TIME_HEADER =
  /\b(?:date|time|day|heure|jour|fecha|hora|d[ií]a)s?\b|(?:^|\s)(?:дата|время|التاريخ|الوقت)|日期|时间/iu;
const ITEM_HEADER =
  /\b(?:agenda item|item|items|point|points|tema|temas|punto|puntos)\b|(?:^|\s)(?:пункт|البند|بند)|议程项目/iu;
const ONLY_TIME_HEADER = /\b(?:time|heure|hora|horario)s?\b|^\s*(?:время|الوقت|时间)\s*$/iu;
const DATE_HEADER = /\b(?:date|day|jour|fecha|d[ií]a)s?\b|(?:^|\s)(?:дата|التاريخ)|日期/iu;
const TITLE_HEADER =
  /\b(?:title|description|subject|titre|objet|t[ií]tulo|descripci[oó]n|asunto)\b|(?:^|\s)(?:название|описание|العنوان|الوصف)|标题|说明/iu;
/** "(continued)", "(suite)", "(continuación)", "(продолжение)", "(تابع)", "（续）". */
const CONTINUED = /\s*[(（]\s*(?:continued|cont\.|suite|continuaci[oó]n|продолжение|تابع|续)\s*[)）]\s*/iu;
/** "Item 6: Activities of …", "6. Activities …", "1 (a) Opening …": number and title in one cell. */
const ITEM_AND_TITLE = /^\s*((?:(?:agenda\s+)?items?\s+)?(\d{1,3})(?:\s?\(([a-z])\))?)\s*[.:–-]?\s+(?=\S)/iu;

interface Columns {
  time: number;
  item: number;
  title: number;
}

/** Cell text as one string per paragraph (the gateway reports cell paragraphs; values are the fallback). */
interface Cell {
  paragraphs: { index: number; text: string }[];
  text: string;
}

export function parseAnnex(
  ctx: ParseContext,
  sections: { annex: number | null; annexTitle: number | null; annexHeadings: number[] },
  from: number,
  meetingDates: string[],
  fallbackYear: number | null,
): Annex | null {
  const tables = ctx.snapshot.tables.filter((t) => t.firstParagraph < 0 || t.firstParagraph >= from);
  let chosen: { table: SnapshotTable; columns: Columns; dateColumn: number | null; headerRows: number } | null = null;
  for (const table of tables) {
    const header = findHeader(ctx, table);
    if (header) {
      chosen = { table, ...header };
      break;
    }
  }
  if (!chosen) {
    const start = sections.annex ?? from;
    for (const table of tables.filter((t) => t.firstParagraph < 0 || t.firstParagraph > start)) {
      const columns = inferColumns(ctx, table);
      if (columns) {
        chosen = { table, columns, dateColumn: null, headerRows: 0 };
        break;
      }
    }
  }
  if (!chosen) {
    if (sections.annex !== null) {
      ctx.problems.push({
        code: 'annex/table-not-found',
        message:
          'The annex has no table with dates, times and agenda items (e.g. "Date and time | Agenda item | Title or description").',
        location: {
          kind: 'paragraph',
          paragraph: sections.annex,
          start: 0,
          end: ctx.snapshot.paragraphs[sections.annex]?.text.length ?? 0,
        },
      });
    }
    return null;
  }
  const { table, columns, dateColumn, headerRows } = chosen;
  const segments = annexSegments(ctx, chosen, sections.annexHeadings);
  // With several annexes, the heading is the last one before the table; its title the paragraph after it.
  const tableStart = segmentsStart(segments);
  const heading = [...sections.annexHeadings].reverse().find((i) => i < tableStart) ?? null;
  const titleIndex =
    sections.annexTitle !== null &&
    sections.annexTitle < tableStart &&
    (heading === null || sections.annexTitle > heading)
      ? sections.annexTitle
      : null;
  const titlePara = titleIndex !== null ? ctx.snapshot.paragraphs[titleIndex] : undefined;
  return {
    headingParagraph: heading !== null && heading !== titleIndex ? heading : null,
    titleParagraph: titleIndex,
    title: titlePara ? titlePara.text.trim() : null,
    table: table.index,
    tables: segments.flatMap((s) => (s.kind === 'table' ? [s.table.index] : [])),
    headerRows,
    columns,
    days: readDays(ctx, segments, columns, dateColumn, meetingDates, fallbackYear),
  };
}

/** A piece of the annex in document order: one of its tables, or a day written as a paragraph before a table. */
type Segment =
  | { kind: 'table'; table: SnapshotTable; headerRows: number }
  | { kind: 'day'; paragraph: SnapshotParagraph; table: number };

/** The first paragraph of the annex's content: its first table, or a day written as a paragraph before it. */
export function segmentsStart(segments: Segment[]): number {
  const first = segments[0];
  if (!first) return Number.MAX_SAFE_INTEGER;
  if (first.kind === 'day') return first.paragraph.index;
  return first.table.firstParagraph >= 0 ? first.table.firstParagraph : Number.MAX_SAFE_INTEGER;
}

/** A day label as a paragraph or a row, without a "(continued)" after it. */
function dayText(text: string): string | null {
  const bare = text.replace(CONTINUED, ' ').trim();
  return bare !== '' && parseDayLabel(bare, 2000) !== null ? bare : null;
}

/**
 * The tables of one annex: the first, and each next table that continues it — the same columns (its own header
 * row repeated, or none and rows of items or times in the same places), with nothing between the two but empty
 * paragraphs, day labels ("Friday, 6 October"), "(continued)" lines or the annex title repeated. A day label before
 * the first table is the annex's too.
 */
function annexSegments(
  ctx: ParseContext,
  first: { table: SnapshotTable; columns: Columns; dateColumn: number | null; headerRows: number },
  annexHeadings: number[],
): Segment[] {
  const paragraphs = ctx.snapshot.paragraphs;
  const segments: Segment[] = [];
  if (first.table.firstParagraph > 0) {
    const lead: Segment[] = [];
    for (let i = first.table.firstParagraph - 1; i >= 0 && !inTable(paragraphs[i]); i--) {
      const text = paragraphs[i].text.trim();
      if (text === '') continue;
      if (dayText(text) === null) break;
      lead.unshift({ kind: 'day', paragraph: paragraphs[i], table: first.table.index });
    }
    segments.push(...lead);
  }
  segments.push({ kind: 'table', table: first.table, headerRows: first.headerRows });
  const titleKeys = new Set(
    [first.table.firstParagraph - 1, first.table.firstParagraph - 2]
      .map((i) => paragraphs[i])
      .filter((para): para is SnapshotParagraph => para !== undefined && !inTable(para) && para.text.trim() !== '')
      .map((para) => continuationKey(para.text)),
  );
  const width = tableWidth(first.table);
  let last = first.table;
  for (const next of ctx.snapshot.tables) {
    if (next.index <= first.table.index) continue;
    if (last.lastParagraph < 0 || next.firstParagraph <= last.lastParagraph) break;
    const days: Segment[] = [];
    let joins = true;
    for (let i = last.lastParagraph + 1; i < next.firstParagraph && joins; i++) {
      const para = paragraphs[i];
      if (inTable(para)) continue;
      const text = para.text.trim();
      if (text === '' || CONTINUED_LINE.test(text) || titleKeys.has(continuationKey(text))) continue;
      if (annexHeadings.includes(i) || dayText(text) === null) joins = false;
      else days.push({ kind: 'day', paragraph: para, table: next.index });
    }
    if (!joins) break;
    const header = findHeader(ctx, next);
    const sameColumns =
      header !== null
        ? header.columns.time === first.columns.time &&
          header.columns.item === first.columns.item &&
          header.columns.title === first.columns.title
        : tableWidth(next) === width && continuesAnnex(ctx, next, first.columns);
    if (!sameColumns) break;
    segments.push(...days, { kind: 'table', table: next, headerRows: header?.headerRows ?? 0 });
    last = next;
  }
  return segments;
}

/** A line that says only that the table goes on: "(continued)", "Organization of work (continued)". */
const CONTINUED_LINE = /^[(（]\s*(?:continued|cont\.|suite|continuaci[oó]n|продолжение|تابع|续)\s*[)）]$/iu;

function continuationKey(text: string): string {
  return text.replace(CONTINUED, ' ').replace(/\s+/gu, ' ').trim().toLowerCase();
}

function tableWidth(table: SnapshotTable): number {
  return Math.max(0, ...table.values.map((r) => r.length));
}

/** A table without a header continues the annex when its rows hold items, times or days where the annex has them. */
function continuesAnnex(ctx: ParseContext, table: SnapshotTable, columns: Columns): boolean {
  for (let row = 0; row < table.rowCount; row++) {
    const cells = rowCells(ctx, table, row);
    const item = cells[columns.item]?.text ?? '';
    const time = cells[columns.time]?.text ?? '';
    if (parseItemRef(item) || ITEM_AND_TITLE.test(item) || isTimeSlot(time) || dayText(time) !== null) return true;
  }
  return false;
}

function cellOf(ctx: ParseContext, table: SnapshotTable, row: number, cell: number): Cell {
  const paras: SnapshotParagraph[] = ctx.cells.get(cellKey(table.index, row, cell)) ?? [];
  if (paras.length > 0) {
    const paragraphs = paras.map((para) => ({ index: para.index, text: para.text }));
    return {
      paragraphs,
      text: paragraphs
        .map((para) => para.text)
        .join('\n')
        .trim(),
    };
  }
  const value = table.values[row]?.[cell] ?? '';
  return { paragraphs: [{ index: -1, text: value }], text: value.trim() };
}

function rowCells(ctx: ParseContext, table: SnapshotTable, row: number): Cell[] {
  const width = table.values[row]?.length ?? 0;
  const out: Cell[] = [];
  for (let cell = 0; cell < Math.max(width, 1); cell++) out.push(cellOf(ctx, table, row, cell));
  // Cells the values left out (merged cells) but the paragraphs know of.
  for (let cell = out.length; ctx.cells.has(cellKey(table.index, row, cell)); cell++)
    out.push(cellOf(ctx, table, row, cell));
  return out;
}

/** Columns, and a separate "Date" column when the table has both "Date" and "Time" (days in one, slots in the other). */
function headerColumns(texts: string[]): { columns: Columns; dateColumn: number | null } | null {
  const timeOrDate = texts.findIndex((t) => TIME_HEADER.test(t) && !ITEM_HEADER.test(t));
  const item = texts.findIndex((t) => ITEM_HEADER.test(t));
  if (timeOrDate < 0 || item < 0 || texts.some((t) => t.length > 60)) return null;
  const onlyTime = texts.findIndex((t, i) => i !== item && ONLY_TIME_HEADER.test(t) && !DATE_HEADER.test(t));
  const time = onlyTime >= 0 ? onlyTime : timeOrDate;
  const dateColumn = onlyTime >= 0 && onlyTime !== timeOrDate ? timeOrDate : null;
  const titleIndex = texts.findIndex((t, i) => i !== item && i !== time && i !== dateColumn && TITLE_HEADER.test(t));
  // No title column: number and title share the item column ("Item 6: Activities of …").
  return { columns: { time, item, title: titleIndex >= 0 ? titleIndex : item }, dateColumn };
}

function findHeader(
  ctx: ParseContext,
  table: SnapshotTable,
): { columns: Columns; dateColumn: number | null; headerRows: number } | null {
  for (let row = 0; row < Math.min(2, table.rowCount); row++) {
    const found = headerColumns(rowCells(ctx, table, row).map((c) => c.text));
    if (found) return { ...found, headerRows: row + 1 };
  }
  return null;
}

/** No header: the column with most times, the column with most item numbers, the title beside it. */
function inferColumns(ctx: ParseContext, table: SnapshotTable): Columns | null {
  const timeVotes = new Map<number, number>();
  const itemVotes = new Map<number, number>();
  for (let row = 0; row < table.rowCount; row++) {
    rowCells(ctx, table, row).forEach((cell, i) => {
      if (cell.paragraphs.some((para) => isTimeSlot(para.text))) timeVotes.set(i, (timeVotes.get(i) ?? 0) + 1);
      if (parseItemRef(cell.text) || ITEM_AND_TITLE.test(cell.text)) itemVotes.set(i, (itemVotes.get(i) ?? 0) + 1);
    });
  }
  const best = (votes: Map<number, number>, not: number): number =>
    [...votes.entries()].filter(([i]) => i !== not).sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? -1;
  const time = best(timeVotes, -1);
  const item = best(itemVotes, time);
  if (time < 0 || item < 0 || (timeVotes.get(time) ?? 0) < 1 || (itemVotes.get(item) ?? 0) < 2) return null;
  const width = Math.max(...table.values.map((r) => r.length));
  const separateTitle = item + 1 < width && item + 1 !== time;
  const hasSeparateTitles =
    separateTitle && [...Array(table.rowCount).keys()].some((row) => parseItemRef(cellOf(ctx, table, row, item).text));
  return { time, item, title: hasSeparateTitles ? item + 1 : item };
}

function cellLocation(
  ctx: ParseContext,
  table: SnapshotTable,
  row: number,
  cell: number,
  para: { index: number; text: string },
  start: number,
  end: number,
): Location {
  if (para.index >= 0) return locate(ctx, para.index, start, end);
  return { kind: 'cell', table: table.index, row, cell, paragraph: -1, start, end };
}

function readDays(
  ctx: ParseContext,
  segments: Segment[],
  columns: Columns,
  dateColumn: number | null,
  meetingDates: string[],
  fallbackYear: number | null,
): AnnexDay[] {
  const days: AnnexDay[] = [];
  let day: AnnexDay | null = null;
  let slot: AnnexSlot | null = null;
  const firstTable = segments.find((s): s is Extract<Segment, { kind: 'table' }> => s.kind === 'table');
  const headerTexts =
    firstTable && firstTable.headerRows > 0
      ? rowCells(ctx, firstTable.table, firstTable.headerRows - 1)
          .map((c) => c.text)
          .join('|')
      : null;

  /** A day opens, unless it is the current day again ("Thursday, 5 October (continued)" after a page break). */
  const openDay = (text: string, table: number, row: number, location: Location): void => {
    const label = dayText(text) ?? text;
    if (day && label !== '' && day.label === label && label !== text) return;
    day = { label, date: dayDate(label, meetingDates, fallbackYear), table, row, location, slots: [] };
    days.push(day);
    slot = null;
  };
  const openSlot = (time: string, table: number, row: number, location: Location): void => {
    if (!day) openDay('', table, row, location);
    const opened: AnnexSlot = { time, table, row, location, rows: [] };
    slot = opened;
    day?.slots.push(opened);
  };

  for (const segment of segments) {
    if (segment.kind === 'day') {
      const para = segment.paragraph;
      const lead = para.text.length - para.text.trimStart().length;
      openDay(para.text.trim(), segment.table, -1, locate(ctx, para.index, lead, lead + para.text.trim().length));
      continue;
    }
    const { table, headerRows } = segment;
    for (let row = headerRows; row < table.rowCount; row++) {
      const cells = rowCells(ctx, table, row);
      // A header row repeated by hand further down.
      if (headerTexts !== null && cells.map((c) => c.text).join('|') === headerTexts) continue;
      const filled = cells.filter((c) => c.text !== '');
      if (filled.length === 0) continue;
      // A day written across the whole row (merged cells) or alone in its row.
      if (filled.length === 1 && dayText(filled[0].text) !== null) {
        const para = filled[0].paragraphs.find((p) => p.text.trim() !== '') ?? filled[0].paragraphs[0];
        const lead = para.text.length - para.text.trimStart().length;
        openDay(
          filled[0].text,
          table.index,
          row,
          cellLocation(ctx, table, row, cells.indexOf(filled[0]), para, lead, lead + para.text.trim().length),
        );
        continue;
      }
      // A separate date column opens days; the time column may hold a day and a time, one per paragraph.
      if (dateColumn !== null) {
        for (const para of cells[dateColumn]?.paragraphs ?? []) {
          const text = para.text.trim();
          if (text === '' || dayText(text) === null) continue;
          const lead = para.text.length - para.text.trimStart().length;
          openDay(text, table.index, row, cellLocation(ctx, table, row, dateColumn, para, lead, lead + text.length));
        }
      }
      const timeCell = cells[columns.time];
      for (const para of timeCell?.paragraphs ?? []) {
        const text = para.text.trim();
        if (text === '') continue;
        const lead = para.text.length - para.text.trimStart().length;
        const location = cellLocation(ctx, table, row, columns.time, para, lead, lead + text.length);
        if (dayText(text) !== null) openDay(text, table.index, row, location);
        else if (isTimeSlot(text) || text.length <= 40) openSlot(text, table.index, row, location);
      }
      const annexRow = readRow(ctx, table, row, cells, columns);
      if (!annexRow) continue;
      if (!slot) openSlot('', table.index, row, annexRow.itemLocation);
      (slot as AnnexSlot | null)?.rows.push(annexRow);
    }
  }
  // A slot without items but with a description (a lunch break with its own time) says nothing about the agenda;
  // an empty slot (a time and nothing else yet) is kept: it is part of the schedule the drafter chose.
  const describesSomething = (slot: AnnexSlot): boolean => {
    const table = ctx.snapshot.tables[slot.table];
    return (
      table !== undefined &&
      rowCells(ctx, table, slot.row).some(
        (cell, index) => index !== columns.time && index !== dateColumn && cell.text !== '',
      )
    );
  };
  for (const d of days) d.slots = d.slots.filter((s) => s.rows.length > 0 || !describesSomething(s));
  return days;
}

function readRow(
  ctx: ParseContext,
  table: SnapshotTable,
  row: number,
  cells: Cell[],
  columns: Columns,
): AnnexRow | null {
  const itemCell = cells[columns.item];
  if (!itemCell || itemCell.text === '') return null;
  const itemPara = itemCell.paragraphs.find((p) => p.text.trim() !== '') ?? itemCell.paragraphs[0];
  const itemLead = itemPara.text.length - itemPara.text.trimStart().length;
  let item = itemPara.text.trim();
  let ref = parseItemRef(item);
  let itemSpan = { start: itemLead, end: itemLead + item.length };
  const titleCell = cells[columns.title];
  let titlePara: { index: number; text: string } | undefined =
    titleCell?.paragraphs.find((p) => p.text.trim() !== '') ?? titleCell?.paragraphs[0];
  let titleStart = titlePara ? titlePara.text.length - titlePara.text.trimStart().length : 0;
  let titleColumn = columns.title;

  const combined = ITEM_AND_TITLE.exec(itemPara.text);
  if (!ref && combined) {
    // Number and title in one cell: split them.
    item = combined[1];
    ref = { number: combined[2], letter: combined[3] ?? null };
    itemSpan = {
      start: combined.index + combined[0].indexOf(combined[1]),
      end: combined.index + combined[0].indexOf(combined[1]) + combined[1].length,
    };
    if (columns.title === columns.item || !titleCell || titleCell.text === '') {
      titlePara = itemPara;
      titleStart = combined[0].length;
      titleColumn = columns.item;
    }
  } else if (columns.title === columns.item) {
    titlePara = undefined;
  }
  if (!ref) return null;

  const rawTitle = titlePara ? titlePara.text.slice(titleStart).trimEnd() : '';
  const continued = CONTINUED.test(rawTitle);
  // Title without "(continued)" wherever it stands; the location covers the title as written.
  const title = rawTitle
    .replace(CONTINUED, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/\s+([.;:,])/gu, '$1')
    .trim();
  const itemLocation = cellLocation(ctx, table, row, columns.item, itemPara, itemSpan.start, itemSpan.end);
  const titleLocation = titlePara
    ? cellLocation(ctx, table, row, titleColumn, titlePara, titleStart, titleStart + rawTitle.length)
    : itemLocation;
  return { table: table.index, row, item, ref, title, continued, itemLocation, titleLocation };
}

/** A day's ISO date; the year is the meeting's (the year of the date it falls within, across New Year). */
function dayDate(label: string, meetingDates: string[], fallbackYear: number | null): string | null {
  const years = [...new Set(meetingDates.map((d) => Number(d.slice(0, 4))))];
  if (years.length === 0 && fallbackYear !== null) years.push(fallbackYear);
  if (years.length === 0) return parseDayLabel(label, null)?.iso ?? null;
  const candidates = years.map((y) => parseDayLabel(label, y)?.iso ?? null).filter((d): d is string => d !== null);
  return candidates.find((d) => meetingDates.includes(d)) ?? candidates[0] ?? null;
}
