/** Longest-common-subsequence lengths: table[i][j] for a.slice(i) and b.slice(j) (for diffs of texts and lists). */
export function lcsTable<T>(a: ArrayLike<T>, b: ArrayLike<T>): Uint32Array[] {
  const table: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  return table;
}
