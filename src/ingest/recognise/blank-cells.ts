import type { ValuePart } from "./line-parse.ts";

const BUDGET = 50_000;

/**
 * Whether too few printed values can also be read as a row whose other cells were left blank (the
 * convention of writing nothing for zero), where text without cell boundaries has made the blanks
 * invisible: `二、上年结转… 3620 3620` may be 3620 in one column and its 总计. If that reading adds
 * up too, splitting the values as a glued run would be a guess. Values with a leading zero
 * (`0000`) cannot stand alone, so they are glued for sure and the row is no such row.
 *
 * Placements keep the printed order; the search is bounded (exhausting it counts as "possible").
 */
export function blanksPossible(tokens: ValuePart[], groups: number[]): boolean {
  const values: number[] = [];
  for (const t of tokens) {
    if (t.status === "empty") continue;
    if (t.value === null) return false;
    if (t.status === "number" && /^0\d/.test(t.raw)) return false;
    values.push(t.value);
  }
  const isTotal: boolean[] = [];
  for (const size of groups) for (let k = 0; k < size; k++) isTotal.push(k === size - 1);
  const positions = isTotal.length;
  if (values.length >= positions) return false;
  let steps = 0;
  // Place value v (in order) at position p or leave p blank (zero); check each group's total.
  const search = (p: number, v: number, sum: number): boolean => {
    if (++steps > BUDGET) return true;
    if (p === positions) return v === values.length;
    if (positions - p < values.length - v) return false;
    const total = isTotal[p] === true;
    const next = values[v];
    if (next !== undefined && (!total || next === sum) && search(p + 1, v + 1, total ? 0 : sum + next))
      return true;
    return (!total || sum === 0) && search(p + 1, v, total ? 0 : sum);
  };
  return search(0, 0, 0);
}
