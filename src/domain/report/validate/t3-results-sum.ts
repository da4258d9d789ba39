import { applicationColumnName, applicationRowName } from "../cell-name.ts";
import type { Finding } from "../finding.ts";
import { appCell, appTerm, type CheckContext, makeFinding } from "./context.ts";
import { differs, fmt, gap } from "./numbers.ts";

/** Beyond this many non-zero results the message sums the rest, to stay readable. */
const LISTED_TERMS = 8;

/**
 * `t3.results-sum`: in every column of table 三, （七）总计 = the sum of the leaf results (（一），（二）
 * and the items of （三）–（六）). It catches what `t3.balance` cannot: all-zero 一, 二, 四 and 总计
 * while a result row says 5. Items of a collapsed group count as 0 when null; any other null skips
 * the column.
 */
export function checkT3ResultsSum(ctx: CheckContext): Finding[] {
  if (!ctx.applicationsShapeOk) return [];
  const { format, report, layout } = ctx;
  const findings: Finding[] = [];
  for (let col = 0; col < format.applications.columns.length; col++) {
    const total = appCell(report, layout.totalRow, col);
    if (total === null) continue;
    let sum = 0;
    const nonZero: { row: number; value: number }[] = [];
    for (const row of layout.resultRows) {
      const value = appTerm(ctx, row, col);
      if (value === null) {
        sum = Number.NaN;
        break;
      }
      sum += value;
      if (value !== 0) nonZero.push({ row, value });
    }
    if (Number.isNaN(sum) || !differs(sum, total)) continue;
    findings.push(
      makeFinding(
        "t3.results-sum",
        `表三“${applicationColumnName(format, col)}”列：各项办理结果之和 = ${listTerms(ctx, nonZero)}${fmt(sum)}，` +
          `但${applicationRowName(format, layout.totalRow, true)}为 ${fmt(total)}，相差 ${gap(sum, total)}`,
        [layout.totalRow, ...layout.resultRows].map((row) => ({ table: "applications", row, col })),
        sum,
        total,
      ),
    );
  }
  return findings;
}

/** `（一）予以公开（3）+ （四）1.本机关不掌握相关政府信息（2）= ` or nothing when every result is 0. */
function listTerms(ctx: CheckContext, nonZero: { row: number; value: number }[]): string {
  if (nonZero.length === 0) return "";
  const shown = nonZero.slice(0, LISTED_TERMS);
  const parts = shown.map((t) => `${applicationRowName(ctx.format, t.row, true)}（${fmt(t.value)}）`);
  const rest = nonZero.slice(LISTED_TERMS);
  if (rest.length > 0) {
    parts.push(`其余 ${rest.length} 项（${fmt(rest.reduce((s, t) => s + t.value, 0))}）`);
  }
  return `${parts.join("+ ")}= `;
}
