import { describeCell } from "../../domain/report/cell-name.ts";
import type { Finding } from "../../domain/report/finding.ts";
import { FORMATS } from "../../domain/report/format/index.ts";
import type { FormatVersion } from "../../domain/report/format/types.ts";

/** A finding with its cells named as the printed table names them (表三 （四）1.… · 自然人). */
export interface FindingView extends Finding {
  cellNames: string[];
}

export interface FindingCounts {
  errors: number;
  warnings: number;
}

/** Findings for people: each with the Chinese names of its cells. */
export function viewFindings(findings: readonly Finding[], format: FormatVersion): FindingView[] {
  const def = FORMATS[format];
  return findings.map((f) => ({ ...f, cellNames: f.cells.map((c) => describeCell(def, c)) }));
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  for (const f of findings) if (f.severity === "error") errors++;
  return { errors, warnings: findings.length - errors };
}
