import type { Finding } from "../../domain/report/finding.ts";
import type { ReportModel } from "../../domain/report/model.ts";

/**
 * One line of `gongkai check --json` (README, issue 3): the documented contract that other tools
 * read. `gongkai report generate --to json` prints a generated report in the same shape.
 */
export interface CheckJson {
  file: string;
  format: "2021" | "2019" | null;
  year: number | null;
  agency: string | null;
  tables: {
    proactive: ReportModel["tables"]["proactive"];
    applications: (number | null)[][];
    litigation: (number | null)[];
  };
  findings: Finding[];
}

/** The contract object of a report and its findings, keys in the documented order. */
export function toCheckJson(file: string, report: ReportModel, findings: readonly Finding[]): CheckJson {
  return {
    file,
    format: report.format,
    year: report.year,
    agency: report.agency,
    tables: {
      proactive: report.tables.proactive,
      applications: report.tables.applications,
      litigation: report.tables.litigation,
    },
    findings: findings.map((f) => {
      const out: Finding = { rule: f.rule, severity: f.severity, message: f.message, cells: f.cells };
      if (f.expected !== undefined) out.expected = f.expected;
      if (f.actual !== undefined) out.actual = f.actual;
      return out;
    }),
  };
}
