import type { Cell } from "../../domain/report/model.ts";
import { blanksPossible } from "./blank-cells.ts";
import { type SplitResult, splitByTotals } from "./glued-split.ts";
import type { ValuePart } from "./line-parse.ts";

/**
 * One row's printed values turned into cells. `cells[i]` is null where a value could not be read
 * (`junk` lists those columns); `problem` says why the row as a whole could not be read.
 */
export interface RowCells {
  cells: Cell[];
  junk: { col: number; raw: string }[];
  problem: null | "ambiguous" | "count" | "empty";
}

/**
 * Read `width` cells from the values printed for a row. Exact counts are taken as printed; a blank
 * cell is zero only where its position is certain (cell boundaries known and the count exact, or
 * between two printed values); too few values are split by the format's sums when `groups` gives
 * them (a glued run), never otherwise.
 */
export function rowCells(
  values: ValuePart[],
  width: number,
  layout: { positional: boolean; cellular: boolean },
  groups: number[] | null,
): RowCells {
  let positional: ValuePart[] | null = null;
  if (layout.positional && values.length === width) positional = values;
  else {
    let a = 0;
    let b = values.length;
    while (a < b && values[a]?.status === "empty") a++;
    while (b > a && values[b - 1]?.status === "empty") b--;
    const trimmed = values.slice(a, b);
    if (trimmed.length === width) positional = trimmed;
  }
  if (positional) {
    const cells: Cell[] = [];
    const junk: RowCells["junk"] = [];
    for (let i = 0; i < positional.length; i++) {
      const v = positional[i] as ValuePart;
      if (v.status === "junk") junk.push({ col: i, raw: v.raw });
      cells.push(v.status === "empty" ? 0 : v.value);
    }
    return { cells, junk, problem: null };
  }
  const printed = values.filter((v) => v.status !== "empty");
  if (printed.length === 0) return { cells: Array<Cell>(width).fill(null), junk: [], problem: "empty" };
  if (printed.length === width) {
    const junk: RowCells["junk"] = [];
    const cells = printed.map((v, i) => {
      if (v.status === "junk") junk.push({ col: i, raw: v.raw });
      return v.value;
    });
    return { cells, junk, problem: null };
  }
  if (groups && printed.length < width) {
    const split = splitGlued(values, groups, layout.cellular);
    if (split.kind === "unique") return { cells: split.values, junk: [], problem: null };
    if (split.kind === "ambiguous")
      return { cells: Array<Cell>(width).fill(null), junk: [], problem: "ambiguous" };
  }
  return { cells: Array<Cell>(width).fill(null), junk: [], problem: "count" };
}

/**
 * Too few values split as a glued run — only where that is the one reading. On a line of known
 * cells a blank cell is a cell, so blanks there mean the positions are unknown, not glue; where cell
 * boundaries are lost, values that could also be a row with blank (zero) cells are ambiguous.
 */
export function splitGlued(values: ValuePart[], groups: number[], cellular: boolean): SplitResult {
  const printed = values.filter((v) => v.status !== "empty");
  if (cellular && printed.length < values.length) return { kind: "none" };
  if (!cellular && blanksPossible(printed, groups)) return { kind: "ambiguous" };
  return splitByTotals(printed, groups);
}

/** The printed values as one string, for quoting in a finding. */
export function rawValues(values: ValuePart[]): string {
  return values
    .filter((v) => v.status !== "empty")
    .map((v) => v.raw)
    .join(" ");
}
