import { describe, expect, it } from "vitest";
import { emptyReport, type ReportModel } from "../model.ts";
import { validateReport } from "./index.ts";
import { consistentReport } from "./sample-report.ts";

const findingsOf = (rule: string, report: ReportModel) =>
  validateReport(report).filter((f) => f.rule === rule);

/** Sets one table 三 row of a report: six applicant numbers, the total computed unless given. */
function setRow(report: ReportModel, row: number, applicants: (number | null)[], total?: number | null) {
  const sum = applicants.reduce<number>((s, v) => s + (v ?? 0), 0);
  report.tables.applications[row] = [...applicants, total === undefined ? sum : total];
}

// 2021 rows: 0 一, 1 二, 2 （一）, 3 （二）, 4–11 （三）, 12–14 （四）, 15–19 （五）, 20–22 （六）, 23 （七）, 24 四.
describe("t3.balance", () => {
  it("passes when 一 + 二 = （七） + 四 in every column", () => {
    const report = emptyReport("2021", 0);
    setRow(report, 0, [18, 3, 0, 0, 0, 0]); // 21 new
    setRow(report, 1, [2, 0, 0, 0, 0, 0]); // 2 carried over
    setRow(report, 2, [15, 3, 0, 0, 0, 0]); // 18 disclosed
    setRow(report, 12, [4, 0, 0, 0, 0, 0]); // 4 not held
    setRow(report, 23, [19, 3, 0, 0, 0, 0]); // 22 total
    setRow(report, 24, [1, 0, 0, 0, 0, 0]); // 1 carried forward: 21 + 2 = 22 + 1
    expect(validateReport(report).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("names both sides with their numbers when a column does not balance", () => {
    const report = emptyReport("2021", 0);
    setRow(report, 0, [21, 0, 0, 0, 0, 0]);
    setRow(report, 2, [20, 0, 0, 0, 0, 0]);
    setRow(report, 23, [20, 0, 0, 0, 0, 0]);
    const findings = findingsOf("t3.balance", report);
    expect(findings.map((f) => f.message)).toEqual([
      "表三“自然人”列：一、本年新收（21）+ 二、上年结转（0）= 21，但（七）总计（20）+ 四、结转下年度（0）= 20，相差 1",
      "表三“总计”列：一、本年新收（21）+ 二、上年结转（0）= 21，但（七）总计（20）+ 四、结转下年度（0）= 20，相差 1",
    ]);
    expect(findings[1]).toMatchObject({
      severity: "error",
      expected: 21,
      actual: 20,
      cells: [0, 1, 23, 24].map((row) => ({ table: "applications", row, col: 6 })),
    });
  });

  it("skips a column with a null among the four cells", () => {
    const report = emptyReport("2021", 0);
    setRow(report, 0, [21, 0, 0, 0, 0, 0]);
    setRow(report, 23, [20, 0, 0, 0, 0, 0], null);
    setRow(report, 2, [20, 0, 0, 0, 0, 0]);
    expect(findingsOf("t3.balance", report).map((f) => f.cells[0]?.col)).toEqual([0]);
  });
});

describe("t3.results-sum", () => {
  it("catches the real report whose 一, 二, 四 and 总计 are all 0 while one result says 5", () => {
    const report = emptyReport("2021", 0);
    setRow(report, 12, [5, 0, 0, 0, 0, 0]); // （四）1. 5 in 自然人 and 总计
    const findings = validateReport(report).filter((f) => f.severity === "error");
    expect(findingsOf("t3.balance", report)).toEqual([]);
    expect(findings.map((f) => f.rule)).toEqual(["t3.results-sum", "t3.results-sum"]);
    expect(findings.map((f) => f.message)).toEqual([
      "表三“自然人”列：各项办理结果之和 = （四）1.本机关不掌握相关政府信息（5）= 5，但（七）总计为 0，相差 5",
      "表三“总计”列：各项办理结果之和 = （四）1.本机关不掌握相关政府信息（5）= 5，但（七）总计为 0，相差 5",
    ]);
    expect(findings[0]).toMatchObject({ expected: 5, actual: 0 });
    expect(findings[0]?.cells).toHaveLength(22); // （七）总计 and the 21 results
  });

  it("lists the non-zero results, summing the rest beyond eight", () => {
    const report = emptyReport("2021", 0);
    for (let row = 2; row <= 11; row++) setRow(report, row, [1, 0, 0, 0, 0, 0]);
    setRow(report, 23, [9, 0, 0, 0, 0, 0]);
    const [first] = findingsOf("t3.results-sum", report);
    expect(first?.message).toBe(
      "表三“自然人”列：各项办理结果之和 = （一）予以公开（1）+ （二）部分公开（1）+ （三）1.属于国家秘密（1）+ " +
        "（三）2.其他法律行政法规禁止公开（1）+ （三）3.危及“三安全一稳定”（1）+ （三）4.保护第三方合法权益（1）+ " +
        "（三）5.属于三类内部事务信息（1）+ （三）6.属于四类过程性信息（1）+ 其余 2 项（2）= 10，但（七）总计为 9，相差 1",
    );
  });

  it("skips a column with a null result unless the result's group is collapsed", () => {
    const report = consistentReport("2021", {
      results: [[3]],
      carriedOver: [],
      carriedForward: [],
      litigation: [],
    });
    report.tables.applications[20] = Array(7).fill(null); // （六）1. unreadable
    expect(findingsOf("t3.results-sum", report)).toEqual([]);
    report.tables.applications[21] = Array(7).fill(null); // （六）2. unreadable
    report.collapsedGroups = ["otherHandling"];
    setRow(report, 22, [2, 0, 0, 0, 0, 0]); // the one printed row's numbers, not in （七）总计
    expect(findingsOf("t3.results-sum", report).map((f) => [f.expected, f.actual])).toEqual([
      [5, 3],
      [5, 3],
    ]);
    setRow(report, 23, [5, 0, 0, 0, 0, 0]);
    setRow(report, 0, [5, 0, 0, 0, 0, 0]);
    const arithmetic = validateReport(report).filter((f) => /^t[34]\./.test(f.rule));
    expect(arithmetic).toEqual([]);
  });

  it("works on the 2019 format, where （六）其他处理 is one result row (20) of 19", () => {
    const report = consistentReport("2019", {
      results: Array.from({ length: 19 }, (_, i) => [i % 3, 1, 0, 0, 0, i === 18 ? 4 : 0]),
      carriedOver: [1],
      carriedForward: [2],
      litigation: [[1, 0, 0, 0]],
    });
    expect(validateReport(report).filter((f) => f.severity === "error")).toEqual([]);
    const row = report.tables.applications[20] as number[];
    row[5] = 5;
    row[6] = 10;
    // 其他 column: results 4 → 5 against （七） 4. 总计 column: 18 + 19 + 4 = 41 → 41 − 5 + 10 = 46.
    // The row itself: 0 + 1 + 0 + 0 + 0 + 5 = 6, printed 10.
    const errors = validateReport(report).filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.rule} ${f.expected}/${f.actual}`)).toEqual([
      "t3.results-sum 5/4",
      "t3.results-sum 46/41",
      "t3.row-total 6/10",
    ]);
  });
});

describe("t3.row-total", () => {
  it("names the six applicants and the printed total", () => {
    const report = emptyReport("2021", 0);
    setRow(report, 2, [3, 1, 0, 0, 2, 0], 5); // 3 + 1 + 2 = 6, printed 5
    setRow(report, 23, [3, 1, 0, 0, 2, 0], 6);
    setRow(report, 0, [3, 1, 0, 0, 2, 0], 6);
    const findings = findingsOf("t3.row-total", report);
    expect(findings.map((f) => f.message)).toEqual([
      "表三“（一）予以公开”行：自然人（3）+ 商业企业（1）+ 科研机构（0）+ 社会公益组织（0）+ 法律服务机构（2）+ 其他（0）= 6，但“总计”为 5，相差 1",
    ]);
    expect(findings[0]).toMatchObject({ expected: 6, actual: 5 });
    expect(findings[0]?.cells.map((c) => c.col)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("skips a row with a null cell", () => {
    const report = emptyReport("2021", 0);
    setRow(report, 3, [3, null, 0, 0, 0, 0], 5);
    expect(findingsOf("t3.row-total", report)).toEqual([]);
  });
});

describe("t4.group-total", () => {
  it("passes when each group's total is the sum of its four results", () => {
    const report = emptyReport("2021", 0);
    report.tables.litigation = [2, 1, 0, 1, 4, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1];
    expect(findingsOf("t4.group-total", report)).toEqual([]);
  });

  it("catches the real 2023 report whose 行政复议 and 复议后起诉 totals are 0", () => {
    const report = emptyReport("2021", 0);
    // As published: 10 1 0 0 0 | 0 0 0 0 0 | 5 0 0 0 0
    report.tables.litigation = [10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0];
    const findings = findingsOf("t4.group-total", report);
    expect(findings.map((f) => f.message)).toEqual([
      "表四“行政复议”：结果维持（10）+ 结果纠正（1）+ 其他结果（0）+ 尚未审结（0）= 11，但总计为 0，相差 11",
      "表四“行政诉讼 · 复议后起诉”：结果维持（5）+ 结果纠正（0）+ 其他结果（0）+ 尚未审结（0）= 5，但总计为 0，相差 5",
    ]);
    expect(findings[1]).toMatchObject({
      expected: 5,
      actual: 0,
      cells: [10, 11, 12, 13, 14].map((col) => ({ table: "litigation", row: 0, col })),
    });
  });

  it("skips a group with a null cell", () => {
    const report = emptyReport("2021", 0);
    report.tables.litigation = [10, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(findingsOf("t4.group-total", report)).toEqual([]);
  });
});
