/** Arithmetic and number printing shared by the rules. */

/** Sums compare with a tolerance so that a fractional cell (reported by cells.integer) adds up sanely. */
export function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > 1e-9;
}

/** A number as a clerk writes it: integers plainly, fractions to at most 4 decimals. */
export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4)));
}

/** The absolute difference, printed. */
export function gap(a: number, b: number): string {
  return fmt(Math.abs(a - b));
}

export interface Term {
  name: string;
  value: number;
}

/** `自然人（3）+ 商业企业（1）= 4` — the left side of an equation with every term named. */
export function equation(terms: Term[]): string {
  const total = terms.reduce((s, t) => s + t.value, 0);
  return `${terms.map((t) => `${t.name}（${fmt(t.value)}）`).join("+ ")}= ${fmt(total)}`;
}
