import type { CheckJson } from "../../services/reports/check-json.ts";

// Light on purpose: the main thread needs these types and `unreadableLine`, never the readers.

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
