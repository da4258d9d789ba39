import type { LabelPart, Numbering } from "./line-parse.ts";
import { dice, diceUpperBound } from "./similarity.ts";

/** A label the format knows: a row, a result group, or header wording that carries no numbers. */
export interface Candidate<T> {
  key: string;
  target: T;
  /** The numbering the format prints for it, when it has one. */
  numbering: Numbering | null;
}

export interface Match<T> {
  /** null: not a row or group of this table (header wording or unknown text). */
  target: T | null;
  /** Dice score of the best candidate, also when below the acceptance threshold (used to merge fragments). */
  score: number;
  header: boolean;
}

const ACCEPT = 0.7;
const MARGIN = 0.06;
const PREFIX_MIN = 4;
/** Labels of at most this many characters must match exactly (and, for rows, carry a number). */
const SHORT = 3;
const MEMO_LIMIT = 20_000;

/**
 * Recognises the labels of one table: exact lookup first (the common case, one hash probe), then a
 * fuzzy comparison for damaged wording, memoised because the same damaged labels recur across the
 * reports of a batch.
 */
export class LabelMatcher<T> {
  private readonly exact = new Map<string, Candidate<T>[]>();
  private readonly memo = new Map<string, Match<T>>();

  constructor(
    private readonly candidates: Candidate<T>[],
    private readonly headers: string[],
    /** Whether a short label may match without a number (table 二's 规章 may; table 三's 其他 may not). */
    private readonly shortNeedsNumber: boolean,
  ) {
    for (const c of candidates) {
      const list = this.exact.get(c.key);
      if (list) list.push(c);
      else this.exact.set(c.key, [c]);
    }
  }

  match(label: LabelPart): Match<T> {
    const key = label.key;
    const n = label.numbering;
    const memoKey = n ? `${n.kind}${n.value}|${key}` : key;
    const known = this.memo.get(memoKey);
    if (known) return known;
    const result = this.compute(key, n);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(memoKey, result);
    return result;
  }

  private compute(key: string, n: Numbering | null): Match<T> {
    const exact = this.exact.get(key);
    if (exact) {
      const pick = pickByNumbering(exact, n);
      if (pick && (key.length > SHORT || !this.shortNeedsNumber || numberAgrees(n, pick.numbering))) {
        return { target: pick.target, score: 1, header: false };
      }
    }
    if (n?.kind === "paren") {
      // A group or row cut short by a line break keeps its number: `（三）不` / `予公开`.
      for (const c of this.candidates) {
        if (c.numbering && sameNumbering(n, c.numbering) && c.key.startsWith(key)) {
          return { target: c.target, score: key === "" ? 0 : dice(key, c.key), header: false };
        }
      }
    }
    if (key.length <= SHORT && !n) return { target: null, score: 0, header: this.isHeader(key) };
    const isHeader = this.isHeader(key);
    let best: Candidate<T> | null = null;
    let bestScore = 0;
    for (const c of this.candidates) {
      if (diceUpperBound(key.length, c.key.length) <= bestScore) continue;
      let s = dice(key, c.key);
      if (n && c.numbering && sameNumbering(n, c.numbering)) s += 0.001;
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    let second = 0;
    if (best) {
      for (const c of this.candidates) {
        if (c.target === best.target || diceUpperBound(key.length, c.key.length) <= second) continue;
        second = Math.max(second, dice(key, c.key));
      }
    }
    if (best && bestScore >= ACCEPT && bestScore - second >= MARGIN && !(isHeader && bestScore < 0.9)) {
      return { target: best.target, score: bestScore, header: false };
    }
    const prefix = key.length >= PREFIX_MIN ? this.uniquePrefix(key) : null;
    if (prefix && !isHeader) return { target: prefix.target, score: bestScore, header: false };
    return { target: null, score: bestScore, header: isHeader };
  }

  /** The one candidate whose label starts with `key` (a label broken over lines), if exactly one does. */
  private uniquePrefix(key: string): Candidate<T> | null {
    let found: Candidate<T> | null = null;
    for (const c of this.candidates) {
      if (c.key.length > key.length && c.key.startsWith(key)) {
        if (found && found.target !== c.target) return null;
        found = c;
      }
    }
    return found;
  }

  private isHeader(key: string): boolean {
    if (key === "") return false;
    for (const h of this.headers) if (h.includes(key)) return true;
    return false;
  }
}

/**
 * A short label (`其他`, `总计`) is only itself with its own number: `2.其他` — a broken
 * `2.其他法律行政法规禁止公开` — is not `3.其他`.
 */
function numberAgrees(n: Numbering | null, own: Numbering | null): boolean {
  return n !== null && (own === null || sameNumbering(n, own));
}

export function sameNumbering(a: Numbering, b: Numbering): boolean {
  return a.value === b.value && (a.kind === b.kind || (a.kind !== "paren" && b.kind !== "paren"));
}

function pickByNumbering<T>(list: Candidate<T>[], n: Numbering | null): Candidate<T> | null {
  if (list.length === 1) return list[0] ?? null;
  if (n) for (const c of list) if (c.numbering && sameNumbering(n, c.numbering)) return c;
  return null;
}
