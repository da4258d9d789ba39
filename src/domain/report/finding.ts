/**
 * A finding about one report: which rule, how serious, a Chinese message saying what is wrong, the
 * cells involved and the numbers on both sides. This is the shape of `findings[]` in the documented
 * `gongkai check --json` contract — change it only together with the README.
 */
export type TableKey = "proactive" | "applications" | "litigation";

/**
 * A cell: for `applications`, row and col are indexes in official order (col 0 自然人 … 6 总计); for
 * `litigation`, row is 0 and col 0–14; for `proactive`, row and col are the format's keys.
 */
export interface CellRef {
  table: TableKey;
  row: number | string;
  col: number | string;
}

export type Severity = "error" | "warning";

export interface Finding {
  /** A rule id of the format (`t3.balance`) or of a reader (`read.unreadable`, `read.ambiguous`). */
  rule: string;
  severity: Severity;
  message: string;
  cells: CellRef[];
  expected?: number | null;
  actual?: number | null;
}
