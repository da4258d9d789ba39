import { AppError } from "../../app-error.ts";
import type { Finding } from "../finding.ts";
import { RULES } from "../format/index.ts";
import type { ReportModel } from "../model.ts";
import { checkCellsInteger } from "./cells-integer.ts";
import { buildContext, type Check } from "./context.ts";
import { checkPublishDeadline, resolveDeadline } from "./publish-deadline.ts";
import { checkStructureSections } from "./structure-sections.ts";
import { checkStructureTables } from "./structure-tables.ts";
import { checkT2Stock } from "./t2-stock.ts";
import { checkT3Balance } from "./t3-balance.ts";
import { checkT3ResultsSum } from "./t3-results-sum.ts";
import { checkT3RowTotal } from "./t3-row-total.ts";
import { checkT4GroupTotal } from "./t4-group-total.ts";
import { checkTextFee } from "./text-fee.ts";
import { checkTextGeneric } from "./text-generic.ts";
import { checkTextNumbers } from "./text-numbers.ts";
import { checkTextRepeat } from "./text-repeat.ts";
import { checkYearCarryOver } from "./year-carry-over.ts";

export interface ValidateOptions {
  /** Last year's report: enables year.carry-over, t2.stock and text.repeat. */
  previous?: ReportModel | null;
  /**
   * Last allowed publish day (YYYY-MM-DD); default, when the report year is known: `${year + 1}-03-31`
   * for a county-or-higher government (agency named …人民政府, not a township), else `${year + 1}-01-31`.
   */
  deadline?: string | null;
}

/** The check of every rule of RULES, by id. */
export const CHECKS: Readonly<Record<string, Check>> = {
  "t3.balance": checkT3Balance,
  "t3.results-sum": checkT3ResultsSum,
  "t3.row-total": checkT3RowTotal,
  "t4.group-total": checkT4GroupTotal,
  "cells.integer": checkCellsInteger,
  "structure.sections": checkStructureSections,
  "structure.tables": checkStructureTables,
  "year.carry-over": checkYearCarryOver,
  "t2.stock": checkT2Stock,
  "text.numbers": checkTextNumbers,
  "text.fee": checkTextFee,
  "text.repeat": checkTextRepeat,
  "text.generic": checkTextGeneric,
  "publish.deadline": checkPublishDeadline,
};

/** The checks in the order of RULES: findings come rule by rule, then in table order. */
const ORDERED: Check[] = RULES.map((rule) => {
  const check = CHECKS[rule.id];
  if (!check) throw new Error(`no check for rule ${rule.id}`);
  return check;
});

/**
 * Every finding of a report against the rules of its format (RULES): arithmetic of tables 三 and 四,
 * cell values, structure, prose, publish date and — with `previous` — the cross-year rules. Pure
 * and fast (well under 0.1 ms for a typical report without `previous`). The report is expected to
 * satisfy `reportModelSchema`; tables of the wrong size are reported, not trusted.
 *
 * Throws AppError(VALIDATION) when `previous` is not the report of the year before, or `deadline`
 * is not a date.
 *
 * @example
 * validateReport(report, { previous: lastYear }).filter((f) => f.severity === "error")
 */
export function validateReport(report: ReportModel, options: ValidateOptions = {}): Finding[] {
  const previous = options.previous ?? null;
  if (previous && previous.year !== null && report.year !== null && previous.year !== report.year - 1) {
    throw new AppError(
      "VALIDATION",
      `上年报告是 ${previous.year} 年的，不是本报告（${report.year} 年）的上一年；请提供 ${report.year - 1} 年的报告再做跨年核对`,
      { issues: [{ path: ["previous", "year"], message: `应为 ${report.year - 1} 年` }] },
    );
  }
  const ctx = buildContext(report, previous, resolveDeadline(options.deadline, report.year, report.agency));
  const findings: Finding[] = [];
  for (const check of ORDERED) {
    for (const finding of check(ctx)) findings.push(finding);
  }
  return findings;
}
