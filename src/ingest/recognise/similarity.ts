/**
 * Label similarity: the Dice coefficient over the longest common subsequence, 2·LCS / (|a| + |b|).
 * It tolerates what real reports do to labels: characters lost (`其他法律行政止公开`), characters
 * added, and wording that differs slightly (年度/年, 的).
 */

let row = new Uint16Array(64);

/** Length of the longest common subsequence of two strings (UTF-16 units; labels are BMP CJK). */
export function lcsLength(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (b.length + 1 > row.length) row = new Uint16Array(b.length * 2 + 2);
  const n = b.length;
  row.fill(0, 0, n + 1);
  for (let i = 0; i < a.length; i++) {
    const ca = a.charCodeAt(i);
    let diagonal = 0;
    for (let j = 1; j <= n; j++) {
      const above = row[j] as number;
      if (ca === b.charCodeAt(j - 1)) row[j] = diagonal + 1;
      else if ((row[j - 1] as number) > above) row[j] = row[j - 1] as number;
      diagonal = above;
    }
  }
  return row[n] as number;
}

/** Dice similarity in [0, 1]; 1 only for equal strings. */
export function dice(a: string, b: string): number {
  const total = a.length + b.length;
  if (total === 0) return 1;
  return (2 * lcsLength(a, b)) / total;
}

/** The best score `dice` could reach for strings of these lengths: a cheap filter before computing it. */
export function diceUpperBound(la: number, lb: number): number {
  return la + lb === 0 ? 1 : (2 * Math.min(la, lb)) / (la + lb);
}
