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

function isCount(value: number | null | undefined): boolean {
  return value === null || value === undefined || (Number.isInteger(value) && value >= 0);
}

/**
 * `cells.integer`: counts are non-negative integers, amounts (万元) non-negative, the 2019 format's
 * 本年增/减 any integer. Tables 三 and 四 hold counts only. One finding per offending cell; null
 * cells and cells outside the format are left to `structure.tables`.
 */
export function checkCellsInteger(ctx: CheckContext): Finding[] {
  const { format, report } = ctx;
  const findings: Finding[] = [];
  const flag = (ref: CellRef, kind: ColumnDef["kind"], value: number | null | undefined) => {
    if (value === null || value === undefined) return;
    const what = problem(kind, value);
    if (what === null) return;
    const message = `${describeCell(format, ref)} 为 ${fmt(value)}，${what}`;
    findings.push(makeFinding("cells.integer", message, [ref], null, value));
  };
  for (const block of format.proactive) {
    for (const row of block.rows) {
      const values = report.tables.proactive[row.key];
      if (!values) continue;
      for (const col of block.columns)
        flag({ table: "proactive", row: row.key, col: col.key }, col.kind, values[col.key]);
    }
  }
  // Tables 三 and 四 are all counts: test them in place, describe only what fails.
  const applications = report.tables.applications;
  for (let row = 0; row < applications.length; row++) {
    const cells = applications[row] ?? [];
    for (let col = 0; col < cells.length; col++) {
      if (!isCount(cells[col])) flag({ table: "applications", row, col }, "count", cells[col]);
    }
  }
  const litigation = report.tables.litigation;
  for (let col = 0; col < litigation.length; col++) {
    if (!isCount(litigation[col])) flag({ table: "litigation", row: 0, col }, "count", litigation[col]);
  }
  return findings;
}
