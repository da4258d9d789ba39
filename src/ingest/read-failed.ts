import type { ReadResult } from "./types.ts";

/**
 * The result of a file that could not be read at all: no report, one `read.failed` finding whose
 * message says in Chinese what is wrong with the file and what to do about it.
 */
export function readFailed(message: string): ReadResult {
  return { report: null, findings: [{ rule: "read.failed", severity: "error", message, cells: [] }] };
}

/**
 * Chinese message for an exception thrown inside a reader: what was being read, and the library's
 * own one-line reason in brackets for whoever investigates (never a stack trace).
 */
export function failureMessage(what: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  const line = reason.split("\n")[0]?.trim().slice(0, 200) ?? "";
  return `${what}时出错，文件可能已损坏或格式不受支持，请重新导出或另存后再试${line ? `（${line}）` : ""}`;
}
