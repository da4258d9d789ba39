import type { CellRef, Finding } from "../../domain/report/finding.ts";
import { ruleDef } from "../../domain/report/format/index.ts";

/**
 * The reader's findings. `read.*` rules belong to the reader (RULES holds the validator's); format
 * rules keep the severity the format gives them.
 */
export function unreadable(message: string, cells: CellRef[]): Finding {
  return { rule: "read.unreadable", severity: "warning", message, cells };
}

export function ambiguous(message: string, cells: CellRef[]): Finding {
  return { rule: "read.ambiguous", severity: "warning", message, cells };
}

export function formatRule(
  rule: "structure.tables" | "structure.sections" | "t3.results-sum",
  message: string,
  cells: CellRef[] = [],
  numbers: { expected?: number | null; actual?: number | null } = {},
): Finding {
  return { rule, severity: ruleDef(rule).severity, message, cells, ...numbers };
}

/** Quote printed text in a message, shortened so a runaway line cannot flood the report. */
export function quote(raw: string): string {
  const s = raw.replace(/\s+/g, " ").trim();
  return `“${s.length > 80 ? `${s.slice(0, 80)}…` : s}”`;
}
