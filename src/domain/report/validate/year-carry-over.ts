import { applicationColumnName, applicationRowName } from "../cell-name.ts";
import type { Finding } from "../finding.ts";
import { FORMATS } from "../format/index.ts";
import { appCell, type CheckContext, makeFinding } from "./context.ts";
import { layoutOf } from "./layout.ts";
import { differs, fmt, gap } from "./numbers.ts";

/**
 * `year.carry-over`: this year's 二、上年结转 = last year's 四、结转下年度继续办理, column by column.
 * Rows are found by kind in each report's own format, so a 2020 report (2019 format) checks a 2021
 * report. Needs `previous`; columns with a null on either side are skipped.
 */
export function checkYearCarryOver(ctx: CheckContext): Finding[] {
  const previous = ctx.previous;
  if (!previous) return [];
  const { format, report, layout } = ctx;
  const previousFormat = FORMATS[previous.format];
  if (previous.tables.applications.length !== previousFormat.applications.rows.length) return [];
  const forwardRow = layoutOf(previousFormat).carriedForwardRow;
  const lastYear = previous.year === null ? "上年" : `上年（${previous.year} 年）`;
  const findings: Finding[] = [];
  for (let col = 0; col < format.applications.columns.length; col++) {
    const carried = appCell(report, layout.carriedOverRow, col);
    const forward = appCell(previous, forwardRow, col);
    if (carried === null || forward === null || !differs(carried, forward)) continue;
    findings.push(
      makeFinding(
        "year.carry-over",
        `表三“${applicationColumnName(format, col)}”列：${applicationRowName(format, layout.carriedOverRow, true)}为 ` +
          `${fmt(carried)}，但${lastYear}报告的${applicationRowName(previousFormat, forwardRow, true)}为 ${fmt(forward)}，` +
          `相差 ${gap(carried, forward)}。本年的上年结转应等于上年报告的结转下年度`,
        [{ table: "applications", row: layout.carriedOverRow, col }],
        forward,
        carried,
      ),
    );
  }
  return findings;
}
