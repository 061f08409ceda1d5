/**
 * References in the text to items ("agenda item 5", "items 3 and 4", "items 2–4", "item 1 (b)"), as the parser
 * found them: each number follows its item. A reference to a removed item is left as it stands and reported; a
 * range whose items are no longer contiguous is rewritten as a list ("items 2, 4 and 5").
 */
import type { ItemReference } from '../model';
import { mapTarget, type Context, type ReferenceChanges } from './context';
import { excerpt, joinAnd, minimalChange, relabel, type TextChange } from './text';

type Target = ItemReference['targets'][number];

/** Computes the rewrites of every reference; they are emitted by {@link emitReferences} once deletions are known. */
export function computeReferences(ctx: Context, owned: Map<number, { start: number; end: number }[]>): void {
  for (const ref of ctx.agenda.references) {
    if (ctx.agenda.annex && ctx.snapshot.paragraphs[ref.paragraph]?.cell?.table === ctx.agenda.annex.table) continue;
    const overlapsOwned = (owned.get(ref.paragraph) ?? []).some((span) => span.start < ref.span.end && ref.span.start < span.end);
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
  const range = rangeOf(text, ref.targets);
  if (range) return rewriteRange(ctx, ref, text, range);
  const changes: TextChange[] = [];
  for (const { target, to } of mapped) {
    const change = retarget(text, target, target.number, to.number, to.letter);
    if (change === undefined) {
      return { changes: [], warnings: [`Paragraph ${ref.paragraph + 1}: the reference '${excerpt(ref.text)}' could not be renumbered: check it.`] };
    }
    if (change) changes.push(change);
  }
  return { changes, warnings: [] };
}

function label(number: string, letter: string | null): string {
  return letter ? `${number} (${letter})` : number;
}

/** The new text for one target ("5" → "6", "1 (b)" → "1 (c)"); null when unchanged, undefined when impossible. */
function retarget(text: string, target: Target, number: string, newNumber: string | null, newLetter: string | null): TextChange | null | undefined {
  const old = text.slice(target.span.start, target.span.end);
  const hasDigits = /\d/u.test(old);
  const numberChanges = newNumber !== null && newNumber !== number;
  if (numberChanges && !hasDigits) return undefined; // "(b)" sharing the number of an earlier target
  const letterChanges = target.letter !== null && newLetter !== null && newLetter !== target.letter;
  const next = relabel(old, hasDigits ? newNumber : null, letterChanges ? newLetter : null);
  if (next === null) return undefined;
  return minimalChange(text, target.span.start, old, next);
}

/** "items 2–4": two item targets joined by a dash or "to". */
function rangeOf(text: string, targets: Target[]): { from: number; to: number } | null {
  if (targets.length !== 2 || targets.some((t) => t.letter !== null)) return null;
  const between = text.slice(targets[0].span.end, targets[1].span.start);
  if (!/^\s*(?:[-–—]|to)\s*$/u.test(between)) return null;
  const from = Number(targets[0].number);
  const to = Number(targets[1].number);
  return Number.isInteger(from) && Number.isInteger(to) && from < to ? { from, to } : null;
}

function rewriteRange(
  ctx: Context,
  ref: ItemReference,
  text: string,
  range: { from: number; to: number },
): { changes: TextChange[]; warnings: string[] } {
  const numbers: number[] = [];
  for (let n = range.from; n <= range.to; n++) {
    const to = mapTarget(ctx, String(n), null);
    if (!to.known || to.number === null) {
      const why = to.known ? 'which is removed' : 'which the agenda does not have';
      return { changes: [], warnings: [`Paragraph ${ref.paragraph + 1} refers to item ${n}, ${why}: '${excerpt(ref.text)}'`] };
    }
    numbers.push(Number(to.number));
  }
  const [first, second] = ref.targets;
  const sorted = [...numbers].sort((a, b) => a - b);
  const contiguous = sorted.every((n, i) => i === 0 || n === sorted[i - 1] + 1);
  if (contiguous) {
    const changes = [
      minimalChange(text, first.span.start, text.slice(first.span.start, first.span.end), String(sorted[0])),
      minimalChange(text, second.span.start, text.slice(second.span.start, second.span.end), String(sorted[sorted.length - 1])),
    ].filter((c): c is TextChange => c !== null);
    return { changes, warnings: [] };
  }
  const old = text.slice(first.span.start, second.span.end);
  return { changes: [{ start: first.span.start, end: second.span.end, expected: old, text: joinAnd(sorted.map(String)) }], warnings: [] };
}

/** Applies changes (original coordinates, non-overlapping) to a text. */
export function applyChanges(text: string, changes: TextChange[]): string {
  let out = text;
  for (const c of [...changes].sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + c.text + out.slice(c.end);
  return out;
}
