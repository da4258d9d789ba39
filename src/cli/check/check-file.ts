import { isAppError } from "../../domain/app-error.ts";
import type { Finding } from "../../domain/report/finding.ts";
import type { ReportModel } from "../../domain/report/model.ts";
import { validateReport } from "../../domain/report/validate/index.ts";
import { failureMessage } from "../../ingest/read-failed.ts";
import { readReportFile } from "../../ingest/read-report.ts";
import { toCheckJson } from "../../services/reports/check-json.ts";
import { type CheckLine, PREVIOUS_MISMATCH_RULE, unreadableLine } from "./check-line.ts";
import { mergeFindings } from "./merge-findings.ts";

/**
 * Reads one file and checks it: the reader's findings, then every rule of its format, with the
 * cross-year rules when `previous` is last year's report. A `previous` of another year is skipped
 * with a warning (`check.previous`), so a folder of mixed years is still checked. Never throws.
 */
export async function checkFile(file: string, previous: ReportModel | null): Promise<CheckLine> {
  try {
    const read = await readReportFile(file);
    if (!read.report) {
      return { ...unreadableLine(file, ""), findings: read.findings };
    }
    return toCheckJson(
      file,
      read.report,
      mergeFindings(read.findings, validateAgainst(read.report, previous)),
    );
  } catch (error) {
    return unreadableLine(file, `${file}：${failureMessage("核查文件", error)}`);
  }
}

/**
 * Every rule of the report's format, with the cross-year rules when `previous` is last year's report;
 * a `previous` of another year gives a `check.previous` warning instead (also used by POST /api/check).
 */
export function validateAgainst(report: ReportModel, previous: ReportModel | null): Finding[] {
  try {
    return validateReport(report, { previous });
  } catch (error) {
    if (!previous || !isAppError(error) || error.code !== "VALIDATION") throw error;
    const mismatch: Finding = {
      rule: PREVIOUS_MISMATCH_RULE,
      severity: "warning",
      message: `未做跨年核对：${error.message}`,
      cells: [],
    };
    return [mismatch, ...validateReport(report)];
  }
}
