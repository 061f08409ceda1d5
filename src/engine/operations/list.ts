/**
 * The provisional agenda list: relabel kept lines (typed numbers only — Word renumbers an auto-numbered list
 * itself), fix terminators whose role changed, rename titles, delete removed lines, move a moved item's lines whole
 * (with its sub-items) and write new ones next to a kept neighbour, in the document's own layout.
 */
import type { AgendaItem, Span, SubItem } from '../model';
import type { NewParagraph, ParagraphStyle } from '../plan';
import { letterOf, numberOf, subKey, type Context } from './context';
import { itemRole, subItemRole, type Role } from './terminators';
import { minimalChange, relabel } from './text';

/** A line of the list as it will be: a current line kept in place, or a new one to write. */
interface Line {
  level: 0 | 1;
  /** The current line it stays (null: written anew). */
  kept: AgendaItem | SubItem | null;
  /** The current line it was, for a relocated one (its layout is reused). */
  source: AgendaItem | SubItem | null;
  label: string;
  title: string;
  terminator: string;
  renamed: boolean;
}

export function planList(ctx: Context): void {
  const { agenda, outline, convention } = ctx;
  const lines: Line[] = [];
  outline.forEach((item, k) => {
    const was = item.origin === null ? null : agenda.items[item.origin];
    const role = itemRole(k, outline.length, item.subItems.length > 0);
    const oldRole =
      item.origin === null ? null : itemRole(item.origin, agenda.items.length, (was?.subItems.length ?? 0) > 0);
    lines.push({
      level: 0,
      kept: was && !item.relocated ? was : null,
      source: was,
      label: numberOf(ctx, k),
      title: item.title,
      terminator: terminatorFor(role, oldRole, was, convention),
      renamed: was !== null && was.title !== item.title,
    });
    item.subItems.forEach((sub, m) => {
      const wasSub = sub.origin ? agenda.items[sub.origin.item].subItems[sub.origin.sub] : null;
      const subRole = subItemRole(m, item.subItems.length);
      const oldSubRole = sub.origin ? subItemRole(sub.origin.sub, agenda.items[sub.origin.item].subItems.length) : null;
      lines.push({
        level: 1,
        kept: wasSub && !sub.relocated ? wasSub : null,
        source: wasSub,
        label: letterOf(m),
        title: sub.title,
        terminator: terminatorFor(subRole, oldSubRole, wasSub, convention),
        renamed: wasSub !== null && wasSub.title !== sub.title,
      });
    });
  });

  // Runs of lines that do not stay in place; a run that was one block of the list moves there whole (moveParagraphs).
  const runs = newLineRuns(lines);
  const moving = new Set<number>();
  for (const run of runs) for (const index of movedBlock(ctx, run.lines) ?? []) moving.add(index);

  // Current lines that do not stay in place go (unless they move).
  const drop = (index: number): void => {
    if (!moving.has(index)) ctx.builder.deleteParagraphs(index, index);
  };
  agenda.items.forEach((item, i) => {
    const fate = ctx.itemFates[i];
    if (!fate || fate.relocated) drop(item.paragraph);
    item.subItems.forEach((sub, j) => {
      const subFate = ctx.subFates.get(subKey(i, j));
      if (!subFate || subFate.relocated) for (const index of [sub.paragraph, ...(sub.details ?? [])]) drop(index);
    });
  });

  for (const line of lines) if (line.kept) editKeptLine(ctx, line, line.kept);
  for (const run of runs) {
    const block = movedBlock(ctx, run.lines);
    if (block) moveRun(ctx, run, block);
    else placeRun(ctx, run.lines, run.previous, run.next);
  }
}

interface Run {
  lines: Line[];
  previous: { line: Line; para: number } | null;
  next: { line: Line; para: number } | null;
}

/** Consecutive lines written anew, with the kept lines around them. */
function newLineRuns(lines: Line[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i].kept) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && !lines[j].kept) j++;
    const before = i > 0 ? lines[i - 1].kept : null;
    const after = j < lines.length ? lines[j].kept : null;
    runs.push({
      lines: lines.slice(i, j),
      previous: before ? { line: lines[i - 1], para: lastParagraphOf(before) } : null,
      next: after ? { line: lines[j], para: after.paragraph } : null,
    });
    i = j;
  }
  return runs;
}

/**
 * The paragraphs of a run whose lines all come, in order, from one unbroken block of the current list (an item that
 * moves with its sub-items): they can move as they are, keeping their formatting, links, bookmarks and comments.
 */
function movedBlock(ctx: Context, run: Line[]): number[] | null {
  const paragraphs: number[] = [];
  for (const line of run) {
    if (!line.source) return null;
    paragraphs.push(line.source.paragraph, ...detailsOf(line));
  }
  if (paragraphs.some((p, k) => k > 0 && p !== paragraphs[k - 1] + 1)) return null;
  if (paragraphs.some((p) => ctx.snapshot.paragraphs[p].tableNestingLevel > 0)) return null;
  return paragraphs;
}

/** Relabel (and re-terminate) the lines where they stand, then move the block next to its kept neighbour. */
function moveRun(ctx: Context, run: Run, block: number[]): void {
  for (const line of run.lines) if (line.source) editKeptLine(ctx, line, line.source);
  const first = block[0];
  const last = block[block.length - 1];
  if (run.previous) ctx.builder.move(first, last, run.previous.para, 'After');
  else if (run.next) ctx.builder.move(first, last, run.next.para, 'Before');
  else ctx.builder.move(first, last, firstListParagraph(ctx), 'Before');
}

/** Keep a line's terminator unless its role changed (then the document's convention for the new role). */
function terminatorFor(
  role: Role,
  oldRole: Role | null,
  was: AgendaItem | SubItem | null,
  convention: Record<Role, string>,
): string {
  if (was && oldRole === role) return was.terminator;
  return convention[role];
}

function editKeptLine(ctx: Context, line: Line, was: AgendaItem | SubItem): void {
  const text = ctx.snapshot.paragraphs[was.paragraph].text;
  if (was.labelSpan) {
    const oldLabel = text.slice(was.labelSpan.start, was.labelSpan.end);
    const newLabel = line.level === 0 ? relabel(oldLabel, line.label, null) : relabel(oldLabel, null, line.label);
    if (newLabel !== null)
      ctx.builder.replace(was.paragraph, minimalChange(text, was.labelSpan.start, oldLabel, newLabel));
  }
  const segment = titleSegment(text, was.titleSpan, was.terminator);
  const between = line.terminator === was.terminator ? segment.between : spaceBefore(ctx, line.terminator);
  const newSegment = line.title + between + line.terminator;
  ctx.builder.replace(was.paragraph, minimalChange(text, was.titleSpan.start, segment.text, newSegment));
}

/** The title, whatever stands between it and its terminator, and the terminator, as one piece of text. */
export function titleSegment(text: string, titleSpan: Span, terminator: string): { text: string; between: string } {
  let end = titleSpan.end;
  let between = '';
  if (terminator) {
    const at = text.indexOf(terminator, titleSpan.end);
    if (at >= 0) {
      between = text.slice(titleSpan.end, at);
      end = at + terminator.length;
    }
  }
  return { text: text.slice(titleSpan.start, end), between };
}

function placeRun(
  ctx: Context,
  run: Line[],
  previous: { line: Line; para: number } | null,
  next: { line: Line; para: number } | null,
): void {
  const auto = isAutoNumbered(ctx);
  if (!auto) {
    // A relocated sub-item takes its own list ("(i)", "(ii)") along, as it stands.
    const paragraphs = run.flatMap((line) => [
      newLine(ctx, line, auto),
      ...detailsOf(line).map((index) => copyOf(ctx, index)),
    ]);
    if (previous) ctx.builder.insert(previous.para, 'After', paragraphs);
    else if (next) ctx.builder.insert(next.para, 'Before', paragraphs);
    else ctx.builder.insert(firstListParagraph(ctx), 'Before', paragraphs);
    return;
  }
  const paragraphs = run.map((line) => newLine(ctx, line, auto));
  // In a Word list a new paragraph takes its anchor's list level: anchor it next to a line of the same level.
  const level = run[0].level;
  let anchor: { para: number; position: 'Before' | 'After'; level: number };
  if (previous && previous.line.level === level) anchor = { para: previous.para, position: 'After', level };
  else if (next && next.line.level === level) anchor = { para: next.para, position: 'Before', level };
  else if (previous) anchor = { para: previous.para, position: 'After', level: previous.line.level };
  else if (next) anchor = { para: next.para, position: 'Before', level: next.line.level };
  else anchor = { para: firstListParagraph(ctx), position: 'Before', level: 0 };
  // Word gives a new line its anchor's level; a line of the other level says which level it takes.
  ctx.builder.insert(
    anchor.para,
    anchor.position,
    paragraphs.map((paragraph, k) =>
      run[k].level === anchor.level ? paragraph : { ...paragraph, listLevel: wordListLevel(ctx, run[k].level) },
    ),
  );
}

/** The last paragraph of a kept line: the line itself, or the last line of its own list. */
function lastParagraphOf(line: AgendaItem | SubItem): number {
  return 'details' in line && line.details && line.details.length > 0
    ? line.details[line.details.length - 1]
    : line.paragraph;
}

function detailsOf(line: Line): number[] {
  return line.source && 'details' in line.source ? (line.source.details ?? []) : [];
}

function copyOf(ctx: Context, index: number): NewParagraph {
  return { text: ctx.snapshot.paragraphs[index].text, style: styleOf(ctx, index), formatOf: index };
}

/** The Word list level the document uses for items (0) or sub-items (1): usually 0 and 1. */
function wordListLevel(ctx: Context, level: 0 | 1): number {
  for (const item of ctx.agenda.items) {
    const paragraphs = level === 0 ? [item.paragraph] : item.subItems.map((sub) => sub.paragraph);
    for (const index of paragraphs) {
      const list = ctx.snapshot.paragraphs[index]?.list;
      if (list) return list.level;
    }
  }
  return level;
}

function isAutoNumbered(ctx: Context): boolean {
  const items = ctx.agenda.items;
  const auto = items.filter((item) => item.numbering === 'auto').length;
  return auto > items.length / 2;
}

function firstListParagraph(ctx: Context): number {
  const first = ctx.agenda.items[0];
  if (first) return first.paragraph;
  throw new Error('The agenda has no list to write into.');
}

/** The document's space before a terminator (none when it has no example of it). */
function spaceBefore(ctx: Context, terminator: string): string {
  return terminator === '' ? '' : (ctx.terminatorSpacing.get(terminator) ?? '');
}

function newLine(ctx: Context, line: Line, auto: boolean): NewParagraph {
  const ending = spaceBefore(ctx, line.terminator) + line.terminator;
  if (auto) return { text: line.title + ending };
  const template = line.source ?? templateLine(ctx, line.level);
  if (!template || !template.labelSpan) {
    return { text: `${line.level === 0 ? `${line.label}.` : `\t(${line.label})`}\t${line.title}${ending}` };
  }
  const para = ctx.snapshot.paragraphs[template.paragraph];
  const label = para.text.slice(template.labelSpan.start, template.labelSpan.end);
  const newLabel = (line.level === 0 ? relabel(label, line.label, null) : relabel(label, null, line.label)) ?? label;
  const prefix =
    para.text.slice(0, template.labelSpan.start) +
    newLabel +
    para.text.slice(template.labelSpan.end, template.titleSpan.start);
  return { text: prefix + line.title + ending, style: styleOf(ctx, template.paragraph), formatOf: template.paragraph };
}

/** A typed line of the same level to copy the layout from (tabs, label form, style). */
function templateLine(ctx: Context, level: 0 | 1): AgendaItem | SubItem | null {
  for (const item of ctx.agenda.items) {
    if (level === 0 && item.labelSpan) return item;
    if (level === 1) {
      const sub = item.subItems.find((s) => s.labelSpan);
      if (sub) return sub;
    }
  }
  return null;
}

export function styleOf(ctx: Context, paragraph: number): ParagraphStyle {
  const para = ctx.snapshot.paragraphs[paragraph];
  return { name: para.style, builtIn: para.styleBuiltIn };
}
