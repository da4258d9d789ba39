import type { Finding } from "../../domain/report/finding.ts";
import {
  FORMATS,
  type FormatVersion,
  formatForYear,
  type ReportFormat,
} from "../../domain/report/format/index.ts";
import { formatRule } from "./findings.ts";
import { parseLabel } from "./format-labels.ts";
import type { ParsedLine } from "./line-parse.ts";

/** Wording printed by one format's table 二 and not the other's (column labels, the 2019 item 九). */
function distinctive(version: FormatVersion): string[] {
  const other = version === "2021" ? FORMATS["2019"] : FORMATS["2021"];
  const own = FORMATS[version];
  const words = (f: ReportFormat): string[] =>
    f.proactive.flatMap((b) => [b.item, ...b.columns.map((c) => c.label)]).map((w) => parseLabel(w).key);
  const theirs = new Set(words(other));
  return [...new Set(words(own))].filter((w) => !theirs.has(w) && w.length >= 4);
}

const EVIDENCE: Record<FormatVersion, string[]> = {
  "2021": distinctive("2021"),
  "2019": distinctive("2019"),
};

function evidenceIn(lines: ParsedLine[]): Record<FormatVersion, number> {
  const count: Record<FormatVersion, number> = { "2021": 0, "2019": 0 };
  for (const line of lines) {
    for (const p of line.parts) {
      if (p.kind !== "label" || p.key.length < 4) continue;
      for (const version of ["2021", "2019"] as const) {
        if (EVIDENCE[version].some((w) => p.key.includes(w))) count[version]++;
      }
    }
  }
  return count;
}

/** Table 三's （六）: the 2021 format prints its sub-items, the 2019 format one row with numbers. */
const OTHER_ITEMS = FORMATS["2021"].applications.rows
  .filter((r) => r.group === "otherHandling" && r.label.length > 6)
  .map((r) => parseLabel(r.label).key.slice(0, 8));
const OTHER_ROW = parseLabel(
  FORMATS["2019"].applications.rows.find((r) => r.key === "otherHandling")?.label ?? "",
).key;

function otherHandlingEvidence(lines: ParsedLine[]): FormatVersion | null {
  let single = false;
  for (const line of lines) {
    const parts = line.parts;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (p?.kind !== "label") continue;
      if (OTHER_ITEMS.some((k) => p.key.startsWith(k))) return "2021";
      if (p.key === OTHER_ROW && parts[i + 1]?.kind === "value") single = true;
    }
  }
  return single ? "2019" : null;
}

/**
 * The format the document is printed in: table 二's column wording decides when present (it fixes
 * which cells the numbers go to), else the report year (2019–2020: the trial format), else how table
 * 三 prints （六）: with its sub-items (2021) or as one row (2019); 2021 when nothing tells.
 * A year whose format differs from the printed table 二 is reported.
 */
export function detectFormat(
  proactiveLines: ParsedLine[],
  applicationLines: ParsedLine[],
  year: number | null,
): { format: ReportFormat; findings: Finding[] } {
  const evidence = evidenceIn(proactiveLines);
  const byYear = year === null ? null : formatForYear(year);
  let printed: ReportFormat | null = null;
  if (evidence["2019"] > evidence["2021"]) printed = FORMATS["2019"];
  else if (evidence["2021"] > evidence["2019"]) printed = FORMATS["2021"];
  const byTable3 = printed || byYear ? null : otherHandlingEvidence(applicationLines);
  const format = printed ?? byYear ?? (byTable3 ? FORMATS[byTable3] : FORMATS["2021"]);
  const findings: Finding[] = [];
  if (printed && byYear && printed.version !== byYear.version) {
    findings.push(
      formatRule(
        "structure.tables",
        `报告年度为 ${year} 年，应使用 ${byYear.source} 规定的格式，但表二使用了 ${printed.source} 的栏目；已按表中印刷的栏目读取`,
      ),
    );
  }
  return { format, findings };
}
