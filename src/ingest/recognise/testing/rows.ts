/** Test helpers for writing expected table 三 rows by hand. */

/** A row where only natural persons applied: [n, 0, 0, 0, 0, 0, n]. */
export const np = (n: number): number[] => [n, 0, 0, 0, 0, 0, n];

/** Seven zeros. */
export const zeros = (): number[] => np(0);

/** A row of seven nulls (not printed). */
export const blank = (): null[] => Array(7).fill(null);
