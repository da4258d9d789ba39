import { describe, expect, it } from "vitest";
import { emptyReport, type ReportModel } from "../model.ts";
import { validateReport } from "./index.ts";

const integerFindings = (report: ReportModel) =>
  validateReport(report).filter((f) => f.rule === "cells.integer");

describe("cells.integer", () => {
  it("passes non-negative integer counts and a fractional fee amount", () => {
    const report = emptyReport("2021", 0);
    report.tables.proactive.fees = { amount: 7730.28 };
    report.tables.proactive.permits = { decisions: 550 };
    expect(integerFindings(report)).toEqual([]);
  });

  it("reports each negative or fractional count of tables 三 and 四, in table order", () => {
    const report = emptyReport("2021", 0);
    (report.tables.applications[2] as (number | null)[])[0] = -1;
    (report.tables.applications[12] as (number | null)[])[6] = 2.5;
    report.tables.litigation[9] = 0.5;
    const findings = integerFindings(report);
    expect(findings.map((f) => f.message)).toEqual([
      "表三 （一）予以公开 · 自然人 为 -1，件数应为非负整数",
      "表三 （四）1.本机关不掌握相关政府信息 · 总计 为 2.5，件数应为非负整数",
      "表四 行政诉讼 · 未经复议直接起诉 · 总计 为 0.5，件数应为非负整数",
    ]);
    expect(findings[0]).toMatchObject({
      severity: "error",
      cells: [{ table: "applications", row: 2, col: 0 }],
      expected: null,
      actual: -1,
    });
  });

  it("checks table 二 by column kind: counts, amounts, and the 2019 本年增/减 that may be negative", () => {
    const report = emptyReport("2019", 0);
    report.tables.proactive.regulations = { made: 1.5, published: 0, totalPublished: 3 };
    report.tables.proactive.permits = { previousYear: 10, change: -3, decisions: 4 };
    report.tables.proactive.fees = { previousYear: 2, change: 0.5 };
    report.tables.proactive.procurement = { projects: 3, amount: -12.5 };
    expect(integerFindings(report).map((f) => f.message)).toEqual([
      "表二 第二十条第（一）项 · 规章 · 本年新制作数量 为 1.5，件数应为非负整数",
      "表二 第二十条第（八）项 · 行政事业性收费 · 本年增/减 为 0.5，增减数应为整数",
      "表二 第二十条第（九）项 · 政府集中采购 · 采购总金额 为 -12.5，金额不能为负数",
    ]);
  });

  it("leaves null cells to structure.tables", () => {
    expect(integerFindings(emptyReport("2021"))).toEqual([]);
  });
});
