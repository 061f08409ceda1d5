/**
 * What a failed batch left applied. Word has no transactions (the commands before the failing one have run), so
 * after a failure the gateway reads the document once more and reports the difference from what it verified
 * before the edits: the paragraphs that changed, came or went, and the tables that changed. Pure functions.
 */
import { quote } from './errors';
import { lcsTable } from './lcs';

/** The part of the document the gateway compares: paragraph texts, top-level table values, footnote texts. */
export interface DocumentState {
  paragraphs: string[];
  tables: string[][][];
  footnotes: string[];
}

/** Above this many differing paragraphs in the middle, the report counts instead of aligning them one by one. */
const MAX_ALIGN = 1500;

/** One line per change, in document order; empty when the document is as it was. */
export function appliedChanges(before: DocumentState, after: DocumentState): string[] {
  const lines = paragraphChanges(before.paragraphs, after.paragraphs);
  const tables = Math.max(before.tables.length, after.tables.length);
  for (let t = 0; t < tables; t++) {
    const a = before.tables[t];
    const b = after.tables[t];
    if (!a) lines.push(`table ${t + 1} inserted`);
    else if (!b) lines.push(`table ${t + 1} removed`);
    else if (JSON.stringify(a) !== JSON.stringify(b)) {
      lines.push(
        a.length === b.length ? `table ${t + 1}: cells changed` : `table ${t + 1}: ${a.length} rows, now ${b.length}`,
      );
    }
  }
  before.footnotes.forEach((text, i) => {
    if (after.footnotes[i] !== undefined && after.footnotes[i] !== text)
      lines.push(`footnote ${i + 1} now reads ${quote(after.footnotes[i])}`);
  });
  return lines;
}

function paragraphChanges(a: string[], b: string[]): string[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length === 0 && midB.length === 0) return [];
  if (midA.length * midB.length > MAX_ALIGN * MAX_ALIGN) {
    return [`paragraphs ${start + 1}–${endA} changed (${midA.length} paragraphs, now ${midB.length})`];
  }
  // Longest common subsequence of the middle: what is not in it was removed (a) or inserted (b).
  const n = midA.length;
  const m = midB.length;
  const table = lcsTable(midA, midB);
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j]) {
      i++;
      j++;
    } else if (i < n && j < m && table[i + 1][j + 1] === table[i][j]) {
      // Neither side is kept: the paragraph was edited in place.
      lines.push(`paragraph ${start + j + 1} now reads ${quote(midB[j])} (was ${quote(midA[i])})`);
      i++;
      j++;
    } else if (j < m && (i === n || table[i][j + 1] >= table[i + 1][j])) {
      lines.push(`paragraph ${start + j + 1} inserted: ${quote(midB[j])}`);
      j++;
    } else {
      lines.push(`paragraph ${quote(midA[i])} removed`);
      i++;
    }
  }
  return lines;
}
