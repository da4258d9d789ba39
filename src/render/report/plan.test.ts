import { describe, expect, it } from "vitest";
import { emptyReport } from "../../domain/report/model.ts";
import { reportPlan, titleParts } from "./plan.ts";

describe("titleParts", () => {
  it.each([
    [
      "示例县人民政府办公室2023年政府信息公开工作年度报告",
      ["示例县人民政府办公室", "2023年政府信息公开工作年度报告"],
    ],
    [
      "平顶山高新技术产业开发区遵化店镇 2023 年政府信息公开工作年度报告",
      ["平顶山高新技术产业开发区遵化店镇 ", "2023 年政府信息公开工作年度报告"],
    ],
    ["2023年政府信息公开工作年度报告", ["2023年政府信息公开工作年度报告"]],
    ["政府信息公开工作年度报告", ["政府信息公开工作年度报告"]],
  ])("%s", (title, parts) => {
    expect(titleParts(title)).toEqual(parts);
  });
});

describe("reportPlan", () => {
  it("puts each table under the first section of its kind only", () => {
    const report = emptyReport("2021", 0);
    const proactive = report.sections[1];
    if (proactive) report.sections.splice(2, 0, { ...proactive, heading: "二、主动公开（续）" });
    const tables = reportPlan(report).sections.map((s) => s.table?.table ?? null);
    expect(tables).toEqual([null, "proactive", null, "applications", "litigation", null, null]);
  });

  it("signs with what is known, and not at all when nothing is", () => {
    const report = emptyReport("2021", 0);
    expect(reportPlan(report).signature).toBeNull();
    report.publishDate = "2024-01-05";
    expect(reportPlan(report).signature).toEqual({ signer: null, date: "2024年1月5日" });
    report.agency = "某某镇";
    expect(reportPlan(report).signature).toEqual({ signer: "某某镇", date: "2024年1月5日" });
  });
});
