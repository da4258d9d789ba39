import { describeCell } from "../cell-name.ts";
import type { CellRef, Finding } from "../finding.ts";
import type { ColumnDef } from "../format/types.ts";
import { type CheckContext, makeFinding } from "./context.ts";
import { fmt } from "./numbers.ts";

/** What is wrong with a value of a column kind, or null when it is fine. */
function problem(kind: ColumnDef["kind"], value: number): string | null {
  if (!Number.isFinite(value)) return "不是有效数字";
  switch (kind) {
    case "count":
      return Number.isInteger(value) && value >= 0 ? null : "件数应为非负整数";
    case "amount":
      return value >= 0 ? null : "金额不能为负数";
    case "delta":
      return Number.isInteger(value) ? null : "增减数应为整数";
  }
}

/**
 * `cells.integer`: counts are non-negative integers, amounts (万元) non-negative, the 2019 format's
 * 本年增/减 any integer. Tables 三 and 四 hold counts only. One finding per offending cell; null
 * cells and cells outside the format are left to `structure.tables`.
 */
export function checkCellsInteger(ctx: CheckContext): Finding[] {
  const { format, report } = ctx;
  const findings: Finding[] = [];
  const check = (ref: CellRef, kind: ColumnDef["kind"], value: number | null | undefined) => {
    if (value === null || value === undefined) return;
    const what = problem(kind, value);
    if (what) {
      findings.push(
        makeFinding(
          "cells.integer",
          `${describeCell(format, ref)} 为 ${fmt(value)}，${what}`,
          [ref],
          null,
          value,
        ),
      );
    }
  };
  for (const block of format.proactive) {
    for (const row of block.rows) {
      const values = report.tables.proactive[row.key];
      for (const col of block.columns) {
        check({ table: "proactive", row: row.key, col: col.key }, col.kind, values?.[col.key]);
      }
    }
  }
  report.tables.applications.forEach((cells, row) => {
    for (const [col, value] of cells.entries()) check({ table: "applications", row, col }, "count", value);
  });
  for (const [col, value] of report.tables.litigation.entries()) {
    check({ table: "litigation", row: 0, col }, "count", value);
  }
  return findings;
}
