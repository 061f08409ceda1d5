/**
 * References in the text to items ("agenda item 5", "items 3 and 4", "items 2–4", "item 1 (b)"), as the parser
 * found them: each number follows its item. A reference to a removed item is left as it stands and reported; a
 * range whose items are no longer contiguous is rewritten as a list ("items 2, 4 and 5").
 */
import type { ItemReference } from '../model';
import { mapTarget, type Context, type ReferenceChanges } from './context';
import { excerpt, joinAnd, minimalChange, type TextChange } from './text';

type Target = ItemReference['targets'][number];

/** Computes the rewrites of every reference; they are emitted by {@link emitReferences} once deletions are known. */
export function computeReferences(ctx: Context, owned: Map<number, { start: number; end: number }[]>): void {
  for (const ref of ctx.agenda.references) {
    const cell = ctx.snapshot.paragraphs[ref.paragraph]?.cell;
    if (ctx.agenda.annex && cell && ctx.agenda.annex.tables.includes(cell.table)) continue;
    const overlapsOwned = (owned.get(ref.paragraph) ?? []).some(
      (span) => span.start < ref.span.end && ref.span.start < span.end,
    );
    if (overlapsOwned || ref.targets.length === 0) continue;
    const result = rewrite(ctx, ref);
    if (!result) continue;
    const entry: ReferenceChanges = ctx.references.get(ref.paragraph) ?? { changes: [], warnings: [], count: 0 };
    entry.changes.push(...result.changes);
    entry.warnings.push(...result.warnings);
    if (result.changes.length > 0) entry.count++;
    ctx.references.set(ref.paragraph, entry);
  }
}

/** Rewrites in paragraphs that stay; warnings for every reference that survives (moved copies included). */
export function emitReferences(ctx: Context): void {
  for (const [paragraph, entry] of ctx.references) {
    if (ctx.builder.isDeleted(paragraph) && !carried(ctx, paragraph)) continue;
    for (const w of entry.warnings) ctx.builder.warn(w);
    if (ctx.builder.isDeleted(paragraph)) {
      ctx.builder.referencesUpdated += entry.count;
      continue;
    }
    for (const change of entry.changes) ctx.builder.replace(paragraph, change);
    ctx.builder.referencesUpdated += entry.count;
  }
}

/** Whether a deleted paragraph is re-written elsewhere (a moved annotation). */
function carried(ctx: Context, paragraph: number): boolean {
  return ctx.carried.has(paragraph);
}

function rewrite(ctx: Context, ref: ItemReference): { changes: TextChange[]; warnings: string[] } | null {
  const text = ctx.snapshot.paragraphs[ref.paragraph].text;
  const mapped = ref.targets.map((t) => ({ target: t, to: mapTarget(ctx, t.number, t.letter) }));
  if (mapped.some((m) => !m.to.known)) return null; // names an item the agenda does not have: a check reports it
  const removed = mapped.filter((m) => m.to.number === null);
  if (removed.length > 0) {
    const which = removed.map((m) => label(m.target.number, m.target.letter)).join(', ');
    return {
      changes: [],
      warnings: [
        `Paragraph ${ref.paragraph + 1} refers to ${removed.length > 1 ? 'items' : 'item'} ${which}, which ${removed.length > 1 ? 'are' : 'is'} removed: '${excerpt(ref.text)}'`,
      ],
    };
  }
  const changes: TextChange[] = [];
  const { ranges, singles } = groupRanges(text, ref.targets);
  for (const range of ranges) {
    const result = rewriteRange(ctx, ref, text, range);
    if (result.warnings.length > 0) return { changes: [], warnings: result.warnings };
    changes.push(...result.changes);
  }
  let previousNumber: { was: string; now: string | null } | null = null;
  for (const target of singles) {
    const to = mapTarget(ctx, target.number, target.letter);
    const result = retarget(text, target, to.number, to.letter, previousNumber);
    if (result === undefined) {
      return {
        changes: [],
        warnings: [
          `Paragraph ${ref.paragraph + 1}: the reference '${excerpt(ref.text)}' could not be renumbered: check it.`,
        ],
      };
    }
    changes.push(...result);
    previousNumber = { was: target.number, now: to.number };
  }
  return { changes, warnings: [] };
}

function label(number: string, letter: string | null): string {
  return letter ? `${number} (${letter})` : number;
}

/**
 * The changes for one target. The parser's span covers the number ("1" of "1 (b)"), or the letter of a bare
 * "(c)" that shares the number before it; the letter of "1 (b)" follows the number. Undefined when impossible.
 */
function retarget(
  text: string,
  target: Target,
  newNumber: string | null,
  newLetter: string | null,
  previous: { was: string; now: string | null } | null,
): TextChange[] | undefined {
  const old = text.slice(target.span.start, target.span.end);
  const changes: TextChange[] = [];
  if (/^\d+$/u.test(old)) {
    const number =
      newNumber !== null && newNumber !== target.number ? minimalChange(text, target.span.start, old, newNumber) : null;
    if (number) changes.push(number);
    if (target.letter !== null && newLetter !== null && newLetter !== target.letter) {
      const after = /^\s*\(\s*([a-z]{1,2})\s*\)/u.exec(text.slice(target.span.end));
      if (!after) return undefined;
      const at = target.span.end + after[0].indexOf(after[1]);
      const letter = minimalChange(text, at, after[1], newLetter);
      if (letter) changes.push(letter);
    }
    return changes;
  }
  if (/^[a-z]{1,2}$/u.test(old) && target.letter !== null) {
    // A bare "(c)": its number is the previous target's, which must still be the same item.
    if (!previous || previous.was !== target.number || previous.now !== newNumber) return undefined;
    const letter = newLetter !== null ? minimalChange(text, target.span.start, old, newLetter) : null;
    return letter ? [letter] : [];
  }
  return undefined;
}

/** Ranges ("2–4": the parser gives both ends, and the middle numbers with the range's span) and single targets. */
function groupRanges(text: string, targets: Target[]): { ranges: { from: Target; to: Target }[]; singles: Target[] } {
  const inside = (inner: Target, outer: Target) =>
    outer !== inner &&
    outer.span.start <= inner.span.start &&
    inner.span.end <= outer.span.end &&
    outer.span.end - outer.span.start > inner.span.end - inner.span.start;
  const middles = targets.filter((t) => targets.some((o) => inside(o, t)));
  const ranges: { from: Target; to: Target }[] = [];
  const used = new Set<Target>(middles);
  for (const middle of middles) {
    if (ranges.some((r) => r.from.span.start === middle.span.start && r.to.span.end === middle.span.end)) continue;
    const from = targets.find((t) => !middles.includes(t) && t.span.start === middle.span.start);
    const to = targets.find((t) => !middles.includes(t) && t.span.end === middle.span.end);
    if (from && to && from.letter === null && to.letter === null) {
      ranges.push({ from, to });
      used.add(from).add(to);
    }
  }
  // A two-number range has no middle target: "items 2–3" is told by what stands between the numbers.
  const rest = targets.filter((t) => !used.has(t));
  const singles: Target[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const b = rest[i + 1];
    if (
      b &&
      a.letter === null &&
      b.letter === null &&
      /^\s?(?:[-–—]|to)\s?$/u.test(text.slice(a.span.end, b.span.start))
    ) {
      ranges.push({ from: a, to: b });
      i++;
    } else {
      singles.push(a);
    }
  }
  return { ranges, singles };
}

function rewriteRange(
  ctx: Context,
  ref: ItemReference,
  text: string,
  range: { from: Target; to: Target },
): { changes: TextChange[]; warnings: string[] } {
  const numbers: number[] = [];
  const [first, second] = [range.from, range.to];
  for (let n = Number(first.number); n <= Number(second.number); n++) {
    const to = mapTarget(ctx, String(n), null);
    if (!to.known || to.number === null) {
      const why = to.known ? 'which is removed' : 'which the agenda does not have';
      return {
        changes: [],
        warnings: [`Paragraph ${ref.paragraph + 1} refers to item ${n}, ${why}: '${excerpt(ref.text)}'`],
      };
    }
    numbers.push(Number(to.number));
  }
  const sorted = [...numbers].sort((a, b) => a - b);
  const contiguous = sorted.every((n, i) => i === 0 || n === sorted[i - 1] + 1);
  if (contiguous) {
    const changes = [
      minimalChange(text, first.span.start, text.slice(first.span.start, first.span.end), String(sorted[0])),
      minimalChange(
        text,
        second.span.start,
        text.slice(second.span.start, second.span.end),
        String(sorted[sorted.length - 1]),
      ),
    ].filter((c): c is TextChange => c !== null);
    return { changes, warnings: [] };
  }
  const old = text.slice(first.span.start, second.span.end);
  return {
    changes: [{ start: first.span.start, end: second.span.end, expected: old, text: joinAnd(sorted.map(String)) }],
    warnings: [],
  };
}

/** Applies changes (original coordinates, non-overlapping) to a text. */
export function applyChanges(text: string, changes: TextChange[]): string {
  let out = text;
  for (const c of [...changes].sort((a, b) => b.start - a.start))
    out = out.slice(0, c.start) + c.text + out.slice(c.end);
  return out;
}
