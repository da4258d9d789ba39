import { isAppError } from "../../domain/app-error.ts";
import type { Finding } from "../../domain/report/finding.ts";
import type { ReportModel } from "../../domain/report/model.ts";
import { validateReport } from "../../domain/report/validate/index.ts";
import { failureMessage } from "../../ingest/read-failed.ts";
import { readReportFile } from "../../ingest/read-report.ts";
import { type CheckJson, toCheckJson } from "../../services/reports/check-json.ts";
import { mergeFindings } from "./merge-findings.ts";

/** A line of `gongkai check --json` for a file that could not be read at all. */
export interface UnreadableLine extends Omit<CheckJson, "format" | "year" | "agency" | "tables"> {
  format: null;
  year: null;
  agency: null;
  tables: null;
}

/** One line of `gongkai check --json`: the documented contract (docs/check.md). */
export type CheckLine = CheckJson | UnreadableLine;

/** Rule id of the warning given when `--previous` is not the year before the checked report. */
export const PREVIOUS_MISMATCH_RULE = "check.previous";

/** The line of a file that could not be read: no tables, one `read.failed` finding saying why. */
export function unreadableLine(file: string, message: string): UnreadableLine {
  return {
    file,
    format: null,
    year: null,
    agency: null,
    tables: null,
    findings: [{ rule: "read.failed", severity: "error", message, cells: [] }],
  };
}

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
    return toCheckJson(file, read.report, mergeFindings(read.findings, validate(read.report, previous)));
  } catch (error) {
    return unreadableLine(file, `${file}：${failureMessage("核查文件", error)}`);
  }
}

function validate(report: ReportModel, previous: ReportModel | null): Finding[] {
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
