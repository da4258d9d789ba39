import { applicationColumnName, applicationRowName } from "../cell-name.ts";
import type { Finding } from "../finding.ts";
import { appTerm, type CheckContext, makeFinding } from "./context.ts";
import { differs, equation, fmt, gap } from "./numbers.ts";

/**
 * `t3.row-total`: in every row of table 三, 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 +
 * 法律服务机构 + 其他. A row with a null cell is skipped, except in a collapsed group where null is 0.
 */
export function checkT3RowTotal(ctx: CheckContext): Finding[] {
  if (!ctx.applicationsShapeOk) return [];
  const { format, layout } = ctx;
  const cols = layout.applicantCols;
  const findings: Finding[] = [];
  rows: for (let row = 0; row < format.applications.rows.length; row++) {
    const total = appTerm(ctx, row, layout.totalCol);
    if (total === null) continue;
    let sum = 0;
    for (const col of cols) {
      const value = appTerm(ctx, row, col);
      if (value === null) continue rows;
      sum += value;
    }
    if (!differs(sum, total)) continue;
    const left = equation(
      cols.map((col) => ({ name: applicationColumnName(format, col), value: appTerm(ctx, row, col) ?? 0 })),
    );
    findings.push(
      makeFinding(
        "t3.row-total",
        `表三“${applicationRowName(format, row)}”行：${left}，但“${applicationColumnName(format, layout.totalCol)}”为 ` +
          `${fmt(total)}，相差 ${gap(sum, total)}`,
        [...cols, layout.totalCol].map((col) => ({ table: "applications", row, col })),
        sum,
        total,
      ),
    );
  }
  return findings;
}
