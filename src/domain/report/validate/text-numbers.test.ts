import { describe, expect, it } from "vitest";
import { emptyReport, type ReportModel } from "../model.ts";
import { validateReport } from "./index.ts";

// A real report on 2024 (淮安市人民政府), lines broken as a PDF extractor leaves them.
const HUAIAN = `2024 年，全市共受理政府信息公开申请 3119 件，答
复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度
答复），均在法定期限内予以答复。政府信息公开行政复议 351
件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚
未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25
件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。`;

/** The report's tables as far as the paragraph speaks of them: the 总计 column and table 四. */
function huaian(): ReportModel {
  const report = emptyReport("2021", 0);
  report.year = 2024;
  const total = (row: number, value: number) => {
    (report.tables.applications[row] as number[])[6] = value;
  };
  total(0, 3119);
  total(1, 34);
  total(23, 3050);
  total(24, 103);
  report.tables.litigation = [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20];
  const overview = report.sections[0];
  if (overview) overview.text = `（二）依申请公开情况。${HUAIAN}`;
  return report;
}

const textFindings = (report: ReportModel) => validateReport(report).filter((f) => f.rule === "text.numbers");

describe("text.numbers", () => {
  it("finds nothing when every figure of the real paragraph matches the tables", () => {
    expect(textFindings(huaian())).toEqual([]);
  });

  it("names the phrase and the table cell when a figure differs", () => {
    const report = huaian();
    (report.tables.applications[23] as number[])[6] = 3051;
    const findings = textFindings(report);
    expect(findings.map((f) => f.message)).toEqual([
      "正文写“答复3050件”，但表三“（七）总计”的总计为 3051（加上“四、结转下年度”103 件合计 3154），与正文相差 1。请核对正文或表格",
    ]);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      cells: [{ table: "applications", row: 23, col: 6 }],
      expected: 3051,
      actual: 3050,
    });
  });

  it("compares 行政诉讼 figures with the sum of both suit groups, in table order", () => {
    const report = huaian();
    report.tables.litigation[5] = 14; // 直接起诉 结果维持 13 → 14
    report.tables.litigation[9] = 27;
    const findings = textFindings(report);
    expect(findings.map((f) => f.message)).toEqual([
      "正文写“维持25件”，但表四“行政诉讼 · 未经复议直接起诉 · 结果维持”（14）+ “行政诉讼 · 复议后起诉 · 结果维持”（12）= 26，与正文相差 1。请核对正文或表格",
      "正文写“行政诉讼46件”，但表四“行政诉讼 · 未经复议直接起诉 · 总计”（27）+ “行政诉讼 · 复议后起诉 · 总计”（20）= 47，与正文相差 1。请核对正文或表格",
    ]);
    expect(findings[1]?.cells).toEqual([
      { table: "litigation", row: 0, col: 9 },
      { table: "litigation", row: 0, col: 14 },
    ]);
  });

  it("orders findings by table position, not by prose position", () => {
    const report = huaian();
    report.tables.litigation[0] = 73;
    report.tables.litigation[4] = 352;
    (report.tables.applications[0] as number[])[6] = 3000;
    expect(textFindings(report).map((f) => f.cells[0])).toEqual([
      { table: "applications", row: 0, col: 6 },
      { table: "litigation", row: 0, col: 0 },
      { table: "litigation", row: 0, col: 4 },
    ]);
  });

  it("accepts a received figure that counts the carried-over too (一 + 二)", () => {
    const report = huaian();
    const overview = report.sections[0];
    if (overview) overview.text = "2024 年共受理政府信息公开申请 3153 件。";
    expect(textFindings(report)).toEqual([]);
    if (overview) overview.text = "2024 年共受理政府信息公开申请 3154 件。";
    expect(textFindings(report)[0]?.message).toBe(
      "正文写“受理政府信息公开申请3154件”，但表三“一、本年新收”的总计为 3119（加上“二、上年结转”34 件合计 3153），与正文相差 35。请核对正文或表格",
    );
  });

  it("skips a figure whose table cell is null", () => {
    const report = huaian();
    (report.tables.applications[23] as (number | null)[])[6] = null;
    report.tables.litigation[4] = null;
    expect(textFindings(report)).toEqual([]);
  });

  it("reads the preamble and every section", () => {
    const report = huaian();
    const overview = report.sections[0];
    if (overview) overview.text = "";
    report.preamble = "本年度共收到政府信息公开申请 3000 件。";
    expect(textFindings(report).map((f) => f.actual)).toEqual([3000]);
  });
});
