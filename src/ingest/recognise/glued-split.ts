import type { ValuePart } from "./line-parse.ts";

/**
 * Cells printed with no separator (`713000074` for 71|3|0|0|0|0|74) can only be split by the
 * arithmetic the format guarantees: in table 三 each row's 总计 is the sum of its six applicant
 * columns, in table 四 each group's 总计 is the sum of its four results. This search finds every
 * split of the printed tokens into groups that satisfy those sums, stopping at the second one.
 */
export type SplitResult = { kind: "unique"; values: number[] } | { kind: "ambiguous" } | { kind: "none" };

/** Steps the search may take before giving up and calling the run ambiguous: bounded work on any input. */
const BUDGET = 50_000;
const MAX_DIGITS = 12;

interface Token {
  /** Digits of a splittable integer token, or null for an atomic token. */
  digits: string | null;
  value: number;
}

/**
 * Split `tokens` into `groups.length` groups; group g has `groups[g]` numbers, the last of which is
 * the sum of the others. Token boundaries are kept (a printed space always separates two cells);
 * within an integer token, parts have no leading zeros. Dashes count as atomic zeros.
 */
export function splitByTotals(tokens: ValuePart[], groups: number[]): SplitResult {
  const toks: Token[] = [];
  for (const t of tokens) {
    if (t.status === "empty") continue;
    if (t.status === "junk" || t.value === null) return { kind: "none" };
    toks.push({ digits: t.status === "number" && /^\d+$/.test(t.raw) ? t.raw : null, value: t.value });
  }
  const totalParts = groups.reduce((a, b) => a + b, 0);
  // Suffix sums of the most parts the remaining tokens can yield, for pruning.
  const capacity = new Array<number>(toks.length + 1).fill(0);
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i] as Token;
    capacity[i] = (capacity[i + 1] as number) + (t.digits ? t.digits.length : 1);
  }
  if (toks.length > totalParts || (capacity[0] as number) < totalParts) return { kind: "none" };

  const out: number[] = [];
  let found: number[] | null = null;
  let solutions = 0;
  let steps = 0;
  // Which group each part belongs to and whether it is the group's total.
  const isTotal: boolean[] = [];
  for (const size of groups) for (let k = 0; k < size; k++) isTotal.push(k === size - 1);

  const search = (ti: number, off: number, part: number, sum: number): void => {
    if (solutions >= 2 || ++steps > BUDGET) return;
    const tok = toks[ti];
    if (part === totalParts) {
      if (tok === undefined) {
        solutions++;
        if (solutions === 1) found = out.slice();
      }
      return;
    }
    if (tok === undefined) return;
    const remainingParts = totalParts - part;
    const remainingTokens = toks.length - ti;
    const remainingCapacity = (capacity[ti] as number) - off;
    if (remainingParts < remainingTokens || remainingParts > remainingCapacity) return;
    const total = isTotal[part] === true;
    const tryValue = (value: number, nextTi: number, nextOff: number): void => {
      if (total && value !== sum) return;
      out.push(value);
      search(nextTi, nextOff, part + 1, total ? 0 : sum + value);
      out.pop();
    };
    if (tok.digits === null) {
      tryValue(tok.value, ti + 1, 0);
      return;
    }
    const rest = tok.digits.length - off;
    const maxLen = tok.digits[off] === "0" ? 1 : Math.min(rest, MAX_DIGITS);
    for (let len = 1; len <= maxLen; len++) {
      const value = Number(tok.digits.slice(off, off + len));
      if (total && value > sum) break;
      if (len === rest) tryValue(value, ti + 1, 0);
      else tryValue(value, ti, off + len);
    }
  };
  search(0, 0, 0, 0);
  if (steps > BUDGET || solutions >= 2) return { kind: "ambiguous" };
  if (solutions === 1 && found) return { kind: "unique", values: found };
  return { kind: "none" };
}
