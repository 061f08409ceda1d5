/**
 * Undo for the task pane: the plan that takes the document as it stands after an edit (`after`) back to how it was
 * (`before`), computed from the two readings, so it serves every operation and fix alike. It is an ordinary plan
 * made against `after`: the gateway applies it only if the paragraphs and tables it touches still read as they did
 * right after the edit, and refuses it (StalePlanError) otherwise.
 *
 * Paragraphs are aligned between tables, table rows within each table, by their text with digits masked ("3. Foo"
 * and "4. Foo" align, so renumbering becomes small replacements that keep the formatting). What no longer aligns is
 * deleted, and what went missing is inserted again with its style (its character formatting cannot be recreated;
 * the plan says so). The result is verified on the snapshot: when it would not give `before` back exactly (a
 * footnote or a table was removed, the tables changed in number), there is no inverse and the pane says so.
 */
import { applyToSnapshot } from '../../engine/applyToSnapshot';
import { emptySummary, type Edit, type EditPlan, type NewParagraph, type TextRun } from '../../engine/plan';
import type { Snapshot, SnapshotParagraph } from '../../engine/snapshot';

/** The inverse of the change from `before` to `after`, or null when there is none the pane can apply. */
export function inversePlan(before: Snapshot, after: Snapshot, description: string): EditPlan | null {
  if (before.footnotes.length !== after.footnotes.length || before.tables.length !== after.tables.length) return null;
  if (before.footnotes.some((note, i) => note.text !== after.footnotes[i].text)) return null;
  const beforeSegments = segments(before);
  const afterSegments = segments(after);
  if (!beforeSegments || !afterSegments || beforeSegments.length !== afterSegments.length) return null;

  const builder = new PlanBuilder(after);
  for (let s = 0; s < beforeSegments.length; s += 1) {
    if (
      !builder.paragraphs(
        beforeSegments[s].map((i) => before.paragraphs[i]),
        afterSegments[s].map((i) => after.paragraphs[i]),
      )
    )
      return null;
  }
  for (let t = 0; t < before.tables.length; t += 1) {
    if (!builder.table(t, before.tables[t].values, after.tables[t].values)) return null;
  }
  const plan = builder.plan(description);
  if (plan.edits.length === 0) return null;
  try {
    const restored = applyToSnapshot(after, plan);
    const same =
      restored.paragraphs.length === before.paragraphs.length &&
      restored.paragraphs.every((p, i) => p.text === before.paragraphs[i].text) &&
      JSON.stringify(restored.tables.map((t) => t.values)) === JSON.stringify(before.tables.map((t) => t.values));
    return same ? plan : null;
  } catch {
    return null;
  }
}

/** The first paragraph of `after` whose text differs from `before` (where the edit is), or null. */
export function firstChangedParagraph(before: Snapshot, after: Snapshot): number | null {
  const length = Math.max(before.paragraphs.length, after.paragraphs.length);
  for (let i = 0; i < length; i += 1) {
    if (before.paragraphs[i]?.text !== after.paragraphs[i]?.text)
      return i < after.paragraphs.length ? i : after.paragraphs.length - 1;
  }
  return null;
}

/** Paragraph indices outside tables, split at each top-level table: tables.length + 1 segments. */
function segments(snapshot: Snapshot): number[][] | null {
  const out: number[][] = [[]];
  let table = 0;
  for (const paragraph of snapshot.paragraphs) {
    const next = snapshot.tables[table];
    if (next && next.firstParagraph < 0) return null;
    if (paragraph.tableNestingLevel > 0) {
      if (!next || paragraph.index < next.firstParagraph || paragraph.index > next.lastParagraph) return null;
      if (paragraph.index === next.lastParagraph) {
        table += 1;
        out.push([]);
      }
      continue;
    }
    out[out.length - 1].push(paragraph.index);
  }
  return table === snapshot.tables.length ? out : null;
}

const masked = (text: string): string => text.replace(/\d+/g, '#');

/**
 * Pairs of aligned positions (LCS on masked keys), then unaligned runs of equal length paired in order: a renamed
 * paragraph is one replacement, not a deletion and an insertion.
 */
function align(before: string[], after: string[]): [number, number][] {
  const n = before.length;
  const m = after.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      table[i][j] =
        masked(before[i]) === masked(after[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  let gapI = 0;
  let gapJ = 0;
  const closeGap = (): void => {
    if (i - gapI === j - gapJ) for (let k = 0; k < i - gapI; k += 1) pairs.push([gapI + k, gapJ + k]);
  };
  while (i < n && j < m) {
    if (masked(before[i]) === masked(after[j])) {
      closeGap();
      pairs.push([i, j]);
      i += 1;
      j += 1;
      gapI = i;
      gapJ = j;
    } else if (table[i + 1][j] >= table[i][j + 1]) i += 1;
    else j += 1;
  }
  i = n;
  j = m;
  closeGap();
  return pairs.sort((a, b) => a[1] - b[1]);
}

function runsOf(text: string): TextRun[] {
  const continued = / ?\(continued\)$/.exec(text);
  if (!continued) return [{ text }];
  const head = text.slice(0, continued.index);
  return [...(head ? [{ text: head }] : []), { text: continued[0], italic: true }];
}

class PlanBuilder {
  private readonly edits: Edit[] = [];
  private readonly expected = new Set<number>();
  private readonly tables = new Set<number>();
  private readonly summary = emptySummary();
  private restoredParagraphs = false;

  constructor(private readonly after: Snapshot) {}

  /** Edits that turn the `after` paragraphs of one segment into the `before` ones; false when impossible. */
  paragraphs(before: SnapshotParagraph[], after: SnapshotParagraph[]): boolean {
    const pairs = align(
      before.map((p) => p.text),
      after.map((p) => p.text),
    );
    const keptAfter = new Set(pairs.map(([, j]) => j));
    const pairedBefore = new Set(pairs.map(([i]) => i));
    for (const [i, j] of pairs) this.replace(after[j], before[i].text);
    // Deletions: runs of after paragraphs that pair with nothing.
    for (let j = 0; j < after.length; j += 1) {
      if (keptAfter.has(j)) continue;
      let last = j;
      while (last + 1 < after.length && !keptAfter.has(last + 1)) last += 1;
      this.edits.push({ kind: 'deleteParagraphs', first: after[j].index, last: after[last].index });
      for (let k = j; k <= last; k += 1) this.expected.add(after[k].index);
      this.summary.paragraphsDeleted += last - j + 1;
      j = last;
    }
    // Insertions: runs of before paragraphs that pair with nothing, next to a kept neighbour.
    for (let i = 0; i < before.length; i += 1) {
      if (pairedBefore.has(i)) continue;
      let last = i;
      while (last + 1 < before.length && !pairedBefore.has(last + 1)) last += 1;
      const previous = pairs.filter(([b]) => b < i).pop();
      const next = pairs.find(([b]) => b > last);
      const anchor = previous ? after[previous[1]] : next ? after[next[1]] : null;
      if (!anchor) return false;
      const paragraphs: NewParagraph[] = before.slice(i, last + 1).map((p) => ({
        text: p.text,
        style: { name: p.style, builtIn: p.styleBuiltIn },
        ...(anchor.list ? { listLevel: p.list ? p.list.level : null } : {}),
      }));
      this.edits.push({
        kind: 'insertParagraphs',
        anchor: anchor.index,
        position: previous ? 'After' : 'Before',
        paragraphs,
      });
      this.expected.add(anchor.index);
      this.summary.paragraphsInserted += paragraphs.length;
      this.restoredParagraphs = true;
      i = last;
    }
    return true;
  }

  /** The smallest replacement that turns `paragraph`'s text into `text` (common start and end kept). */
  private replace(paragraph: SnapshotParagraph, text: string): void {
    const current = paragraph.text;
    if (current === text) return;
    let start = 0;
    while (start < current.length && start < text.length && current[start] === text[start]) start += 1;
    let end = 0;
    while (
      end < current.length - start &&
      end < text.length - start &&
      current[current.length - 1 - end] === text[text.length - 1 - end]
    )
      end += 1;
    this.edits.push({
      kind: 'replaceText',
      paragraph: paragraph.index,
      start,
      end: current.length - end,
      expected: current.slice(start, current.length - end),
      text: text.slice(start, text.length - end),
    });
    this.expected.add(paragraph.index);
    this.summary.paragraphsChanged += 1;
  }

  /** Edits that turn table `table` from `after` rows into `before` rows; false when impossible. */
  table(table: number, before: string[][], after: string[][]): boolean {
    if (JSON.stringify(before) === JSON.stringify(after)) return true;
    const pairs = align(
      before.map((row) => row.join('\t')),
      after.map((row) => row.join('\t')),
    );
    const keptAfter = new Set(pairs.map(([, j]) => j));
    const pairedBefore = new Set(pairs.map(([i]) => i));
    this.tables.add(table);
    for (const [i, j] of pairs) {
      if (before[i].length !== after[j].length) return false;
      let changed = false;
      before[i].forEach((text, cell) => {
        if (text === after[j][cell]) return;
        this.edits.push({ kind: 'setCell', table, row: j, cell, expected: after[j][cell], runs: runsOf(text) });
        for (const p of this.after.paragraphs)
          if (p.cell?.table === table && p.cell.row === j && p.cell.cell === cell) this.expected.add(p.index);
        changed = true;
      });
      if (changed) this.summary.rowsChanged += 1;
    }
    for (let j = 0; j < after.length; j += 1) {
      if (keptAfter.has(j)) continue;
      let last = j;
      while (last + 1 < after.length && !keptAfter.has(last + 1)) last += 1;
      this.edits.push({ kind: 'deleteRows', table, first: j, last });
      this.summary.rowsChanged += last - j + 1;
      j = last;
    }
    for (let i = 0; i < before.length; i += 1) {
      if (pairedBefore.has(i)) continue;
      let last = i;
      while (last + 1 < before.length && !pairedBefore.has(last + 1)) last += 1;
      const previous = pairs.filter(([b]) => b < i).pop();
      const next = pairs.find(([b]) => b > last);
      const anchor = previous ?? next;
      if (!anchor) return false;
      const rows = before.slice(i, last + 1).map((row) => row.map(runsOf));
      this.edits.push({ kind: 'insertRows', table, row: anchor[1], position: previous ? 'After' : 'Before', rows });
      this.summary.rowsChanged += rows.length;
      i = last;
    }
    return true;
  }

  plan(description: string): EditPlan {
    return {
      description,
      edits: this.edits,
      expectations: [...this.expected]
        .sort((a, b) => a - b)
        .map((paragraph) => ({ paragraph, text: this.after.paragraphs[paragraph].text })),
      tableExpectations: [...this.tables]
        .sort((a, b) => a - b)
        .map((table) => ({ table, values: this.after.tables[table].values.map((row) => [...row]) })),
      warnings: this.restoredParagraphs
        ? ['Paragraphs put back keep their style, not their character formatting or links.']
        : [],
      summary: { ...this.summary },
    };
  }
}
