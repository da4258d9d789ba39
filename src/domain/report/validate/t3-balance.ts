import { applicationColumnName, applicationRowName } from "../cell-name.ts";
import type { Finding } from "../finding.ts";
import { appCell, type CheckContext, makeFinding } from "./context.ts";
import { differs, equation, gap } from "./numbers.ts";

/**
 * `t3.balance`: in every column of table 三, 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度
 * — the official 勾稽关系 printed in the table's corner. A column with a null among the four is skipped.
 */
export function checkT3Balance(ctx: CheckContext): Finding[] {
  if (!ctx.applicationsShapeOk) return [];
  const { format, report } = ctx;
  const { newRow, carriedOverRow, totalRow, carriedForwardRow } = ctx.layout;
  const findings: Finding[] = [];
  for (let col = 0; col < format.applications.columns.length; col++) {
    const rows = [newRow, carriedOverRow, totalRow, carriedForwardRow];
    const [received, carried, total, forward] = rows.map((row) => appCell(report, row, col));
    if (received == null || carried == null || total == null || forward == null) continue;
    const inflow = received + carried;
    const outflow = total + forward;
    if (!differs(inflow, outflow)) continue;
    const name = (row: number) => applicationRowName(format, row, true);
    const left = equation([
      { name: name(newRow), value: received },
      { name: name(carriedOverRow), value: carried },
    ]);
    const right = equation([
      { name: name(totalRow), value: total },
      { name: name(carriedForwardRow), value: forward },
    ]);
    findings.push(
      makeFinding(
        "t3.balance",
        `表三“${applicationColumnName(format, col)}”列：${left}，但${right}，相差 ${gap(inflow, outflow)}`,
        rows.map((row) => ({ table: "applications", row, col })),
        inflow,
        outflow,
      ),
    );
  }
  return findings;
}
