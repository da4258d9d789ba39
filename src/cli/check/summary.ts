import type { CheckLine } from "./check-line.ts";

/** What a batch found, counted file by file as the lines go out (nothing else is kept). */
export interface CheckSummary {
  files: number;
  /** Files with at least one error-level finding (readable ones). */
  withErrors: number;
  /** Files with warnings and no error. */
  warningsOnly: number;
  clean: number;
  /** Files of which nothing could be read (no tables): missing, empty, corrupt, locked, timed out. */
  unreadable: number;
  errors: number;
  warnings: number;
}

export const emptySummary = (): CheckSummary => ({
  files: 0,
  withErrors: 0,
  warningsOnly: 0,
  clean: 0,
  unreadable: 0,
  errors: 0,
  warnings: 0,
});

/** The state of one file for people: how the human output marks it. */
export type FileVerdict = "unreadable" | "errors" | "warnings" | "clean";

export function verdictOf(line: CheckLine): FileVerdict {
  if (line.tables === null) return "unreadable";
  if (line.findings.some((f) => f.severity === "error")) return "errors";
  return line.findings.length > 0 ? "warnings" : "clean";
}

/** Adds one file's line to the running summary. */
export function addToSummary(summary: CheckSummary, line: CheckLine): void {
  summary.files++;
  for (const f of line.findings) {
    if (f.severity === "error") summary.errors++;
    else summary.warnings++;
  }
  const verdict = verdictOf(line);
  if (verdict === "unreadable") summary.unreadable++;
  else if (verdict === "errors") summary.withErrors++;
  else if (verdict === "warnings") summary.warningsOnly++;
  else summary.clean++;
}

/**
 * The exit code of `gongkai check`: 2 when any input could not be read at all (it wins: the batch
 * is incomplete, whatever the other files say), else 1 when any file has an error-level finding,
 * else 0 (warnings do not fail a check).
 */
export function exitCodeOf(summary: CheckSummary): 0 | 1 | 2 {
  if (summary.unreadable > 0) return 2;
  return summary.withErrors > 0 ? 1 : 0;
}

/** The closing line: `共核查 4 个文件：1 个有错误，…；共 7 条问题（3 个错误，4 个提醒）。` */
export function summaryText(s: CheckSummary): string {
  return (
    `共核查 ${s.files} 个文件：${s.withErrors} 个有错误，${s.warningsOnly} 个只有提醒，` +
    `${s.clean} 个无问题，${s.unreadable} 个无法读取；` +
    `共 ${s.errors + s.warnings} 条问题（${s.errors} 个错误，${s.warnings} 个提醒）。`
  );
}
