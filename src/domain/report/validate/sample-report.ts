import { FORMATS } from "../format/index.ts";
import type { FormatVersion } from "../format/types.ts";
import { emptyReport, type ReportModel } from "../model.ts";
import { layoutOf } from "./layout.ts";

/** The free numbers of a report; every total follows from them. Applicant arrays have 6 entries. */
export interface ReportNumbers {
  /** One array per leaf result row of the format (21 in 2021, 19 in 2019), in official order. */
  results: number[][];
  carriedOver: number[];
  carriedForward: number[];
  /** Per table 四 group (行政复议, 直接起诉, 复议后起诉): 结果维持, 结果纠正, 其他结果, 尚未审结. */
  litigation: number[][];
}

/**
 * A report whose tables satisfy every arithmetic rule by construction: （七）总计 is the sum of the
 * results, 一、本年新收 = 总计 + 四 − 二, each row's 总计 the sum of its six applicants, each table 四
 * total the sum of its group. Prose sections are empty. For tests and benchmarks.
 */
export function consistentReport(version: FormatVersion, numbers: ReportNumbers, year = 2024): ReportModel {
  const format = FORMATS[version];
  const layout = layoutOf(format);
  const report = emptyReport(version, 0);
  report.year = year;
  const rows = report.tables.applications;
  const setRow = (row: number, applicants: number[]) => {
    const values = layout.applicantCols.map((_, i) => applicants[i] ?? 0);
    rows[row] = [...values, values.reduce((s, v) => s + v, 0)];
  };
  layout.resultRows.forEach((row, i) => {
    setRow(row, numbers.results[i] ?? []);
  });
  const total = layout.applicantCols.map((_, c) =>
    layout.resultRows.reduce((s, row) => s + (rows[row]?.[c] ?? 0), 0),
  );
  const at = (values: number[], c: number) => values[c] ?? 0;
  setRow(layout.totalRow, total);
  setRow(layout.carriedOverRow, numbers.carriedOver);
  setRow(layout.carriedForwardRow, numbers.carriedForward);
  setRow(
    layout.newRow,
    total.map((t, c) => t + at(numbers.carriedForward, c) - at(numbers.carriedOver, c)),
  );
  layout.litigationGroups.forEach((group, g) => {
    const parts = numbers.litigation[g] ?? [];
    group.parts.forEach((index, k) => {
      report.tables.litigation[index] = parts[k] ?? 0;
    });
    report.tables.litigation[group.total] = parts.reduce((s, v) => s + v, 0);
  });
  return report;
}
