import { litigationGroupName } from "../cell-name.ts";
import type { Finding } from "../finding.ts";
import { type CheckContext, litCell, makeFinding } from "./context.ts";
import { differs, equation, fmt, gap } from "./numbers.ts";

/**
 * `t4.group-total`: in each group of table 四 (行政复议, 未经复议直接起诉, 复议后起诉), 总计 = 结果维持 +
 * 结果纠正 + 其他结果 + 尚未审结. A group with a null cell is skipped.
 */
export function checkT4GroupTotal(ctx: CheckContext): Finding[] {
  if (!ctx.litigationShapeOk) return [];
  const { format, report } = ctx;
  const findings: Finding[] = [];
  for (const { group, parts, total: totalIndex } of ctx.layout.litigationGroups) {
    const total = litCell(report, totalIndex);
    const values = parts.map((i) => litCell(report, i));
    if (total === null || values.some((v) => v === null)) continue;
    const terms = parts.map((i, k) => ({
      name: format.litigation.columns[i]?.label ?? "",
      value: values[k] as number,
    }));
    const sum = terms.reduce((s, t) => s + t.value, 0);
    if (!differs(sum, total)) continue;
    findings.push(
      makeFinding(
        "t4.group-total",
        `表四“${litigationGroupName(format, group)}”：${equation(terms)}，但总计为 ${fmt(total)}，相差 ${gap(sum, total)}`,
        [...parts, totalIndex].map((col) => ({ table: "litigation", row: 0, col })),
        sum,
        total,
      ),
    );
  }
  return findings;
}
