import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sharedAvailable, sharedFixture } from "../../../test-support/shared-fixtures.ts";
import { FORMATS } from "../format/index.ts";
import { emptyReport, type ReportModel } from "../model.ts";
import { validateReport } from "./index.ts";

/**
 * Two real reports of one district (洪泽区, 2023 and 2024), read in place from ../shared. The prose is
 * cut at the six official headings of the PDF text; the tables are typed by hand from the published
 * PDFs (the readers are tested elsewhere — this tests the rules on real prose and real numbers).
 */
function prose(file: string, report: ReportModel): ReportModel {
  const lines = readFileSync(sharedFixture(`external/${file}`), "utf8").split("\n");
  const headings = FORMATS["2021"].sections.map((s) => `${s.number}、${s.label}`);
  const starts = headings.map((h) => lines.findIndex((l) => l.trim() === h));
  expect(starts.every((s) => s > 0)).toBe(true);
  const at = (i: number) => starts[i] as number;
  report.preamble = lines.slice(3, at(0)).join("\n");
  report.sections = FORMATS["2021"].sections.map((def, i) => ({
    key: def.key,
    heading: headings[i] as string,
    // Table sections keep no text: a reader takes their lines as the table.
    text: def.prose
      ? lines.slice(at(i) + 1, i + 1 < starts.length ? at(i + 1) : lines.length).join("\n")
      : "",
  }));
  return report;
}

/** Table 三 from the 自然人 column of a report whose other applicants are all 0. */
function applications(report: ReportModel, naturalPerson: Record<number, number>) {
  report.tables.applications = report.tables.applications.map((_, row) => {
    const n = naturalPerson[row] ?? 0;
    return [n, 0, 0, 0, 0, 0, n];
  });
}

function hongze2023(): ReportModel {
  const report = prose("hongze-district-2023.pypdf.txt", emptyReport("2021", 0));
  report.year = 2023;
  report.agency = "淮安市洪泽区人民政府";
  Object.assign(report.tables.proactive, {
    normativeDocuments: { issued: 0, abolished: 5, inForce: 5 },
    permits: { decisions: 550 },
    penalties: { decisions: 4119 },
    enforcement: { decisions: 195 },
    fees: { amount: 7730.28 },
  });
  // 一 21; （二） 4; （三）1. 1, 6. 1, 7. 1; （四）1. 10, 2. 3; （五）1. 1; （七） 21.
  applications(report, { 0: 21, 3: 4, 4: 1, 9: 1, 10: 1, 12: 10, 13: 3, 15: 1, 23: 21 });
  // （六）其他处理 printed as one row of zeros.
  report.tables.applications[20] = Array(7).fill(null);
  report.tables.applications[21] = Array(7).fill(null);
  report.collapsedGroups = ["otherHandling"];
  report.tables.litigation = [10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0];
  return report;
}

function hongze2024(): ReportModel {
  const report = prose("hongze-district-2024.pypdf.txt", emptyReport("2021", 0));
  report.year = 2024;
  report.agency = "淮安市洪泽区人民政府";
  Object.assign(report.tables.proactive, {
    normativeDocuments: { issued: 3, abolished: 0, inForce: 8 },
    permits: { decisions: 9487 },
    penalties: { decisions: 2776 },
    enforcement: { decisions: 84 },
    fees: { amount: 7545 },
  });
  // 一 95; （一） 50; （二） 9; （三）3. 1, 6. 1, 7. 1; （四）1. 31, 2. 1; （五）1. 1; （七） 95.
  applications(report, { 0: 95, 2: 50, 3: 9, 6: 1, 9: 1, 10: 1, 12: 31, 13: 1, 15: 1, 23: 95 });
  report.tables.applications[20] = Array(7).fill(null);
  report.tables.applications[21] = Array(7).fill(null);
  report.collapsedGroups = ["otherHandling"];
  report.tables.litigation = [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3];
  return report;
}

describe.skipIf(!sharedAvailable)("real reports of 洪泽区", () => {
  it("2023: table 四 does not add up, （六） is one row, section 五 says nothing of last year", () => {
    const findings = validateReport(hongze2023());
    expect(findings.map((f) => `${f.rule} ${f.severity}`)).toEqual([
      "t4.group-total error",
      "t4.group-total error",
      "structure.tables error",
      "text.generic warning",
    ]);
    expect(findings[0]?.message).toBe(
      "表四“行政复议”：结果维持（10）+ 结果纠正（1）+ 其他结果（0）+ 尚未审结（0）= 11，但总计为 0，相差 11",
    );
    expect(findings[3]?.message).toContain("：没有说明上年度问题的整改情况");
  });

  // The 2024 prose shares 53 % of its 4-character shingles with 2023's (section 六 word for word, the
  // rest partly rewritten): under the 80 % of text.repeat.
  it("2024 after 2023: carry-over and stock hold; the prose's 17 applications are not the table's 95", () => {
    const findings = validateReport(hongze2024(), { previous: hongze2023() });
    expect(findings.map((f) => `${f.rule} ${f.severity}`)).toEqual([
      "structure.tables error",
      "text.numbers warning",
      "text.generic warning",
    ]);
    expect(findings[1]?.message).toBe(
      "正文写“受理政府信息公开申请17件”，但表三“一、本年新收”的总计为 95，与正文相差 78。请核对正文或表格",
    );
  });
});
