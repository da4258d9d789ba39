import { validateAgainst } from "../../cli/check/check-file.ts";
import { PREVIOUS_MISMATCH_RULE } from "../../cli/check/check-line.ts";
import { mergeFindings } from "../../cli/check/merge-findings.ts";
import type { Finding } from "../../domain/report/finding.ts";
import type { ReportModel } from "../../domain/report/model.ts";
import { failureMessage } from "../../ingest/read-failed.ts";
import { readReport } from "../../ingest/read-report.ts";
import { renderHtml } from "../../render/report/index.ts";
import {
  countFindings,
  type FindingCounts,
  type FindingView,
  viewFindings,
} from "../../services/reports/finding-view.ts";

/** An uploaded file: its name (for messages only; the type is judged by content) and bytes. */
export interface Upload {
  name: string;
  bytes: Uint8Array;
}

/** What POST /api/check answers: the report as read, its findings with named cells, the marked page. */
export interface CheckResult {
  file: string;
  report: ReportModel | null;
  findings: FindingView[];
  counts: FindingCounts;
  /** The report as a complete HTML page with the cells of the findings marked (`gk-highlight`). */
  html: string | null;
  previous: { file: string; year: number | null; read: boolean } | null;
}

/**
 * Reads an uploaded report and checks it exactly as `gongkai check` does (reader findings first,
 * then every rule of its format, the cross-year rules against `previous` when that is last year's
 * report). Never throws: an unreadable file, or an unreadable previous report, is a finding.
 */
export async function checkUpload(file: Upload, previous: Upload | null): Promise<CheckResult> {
  const [read, before] = await Promise.all([readReport(file), previous ? readReport(previous) : null]);
  const previousInfo = previous
    ? { file: previous.name, year: before?.report?.year ?? null, read: Boolean(before?.report) }
    : null;
  if (!read.report) {
    return {
      file: file.name,
      report: null,
      findings: viewFindings(read.findings, "2021"),
      counts: countFindings(read.findings),
      html: null,
      previous: previousInfo,
    };
  }
  const report = read.report;
  const extra: Finding[] = [];
  if (previous && !before?.report) {
    const reason = before?.findings[0]?.message ?? "无法读取";
    extra.push({
      rule: PREVIOUS_MISMATCH_RULE,
      severity: "warning",
      message: `上年报告无法读取，未做跨年核对：${reason}`,
      cells: [],
    });
  }
  let findings: Finding[];
  try {
    findings = [...extra, ...mergeFindings(read.findings, validateAgainst(report, before?.report ?? null))];
  } catch (error) {
    findings = [
      {
        rule: "read.failed",
        severity: "error",
        message: `${file.name}：${failureMessage("核查文件", error)}`,
        cells: [],
      },
    ];
  }
  const highlight = findings.flatMap((f) => f.cells);
  return {
    file: file.name,
    report,
    findings: viewFindings(findings, report.format),
    counts: countFindings(findings),
    html: renderHtml(report, { highlight }),
    previous: previousInfo,
  };
}
