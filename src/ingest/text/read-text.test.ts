import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORMATS } from "../../domain/report/format/index.ts";
import { reportTitle } from "../../domain/report/model.ts";
import { renderMarkdown } from "../../render/report/markdown.ts";
import { arbitraryReport } from "../../render/report/testing/arbitrary-report.ts";
import { readText, textLines } from "./index.ts";

const zunhuadian = readFileSync(new URL("./fixtures/zunhuadian-2023.txt", import.meta.url), "utf8");

describe("readText on the 遵化店镇 2023 report (web page copied as text)", () => {
  const { report, findings } = readText(zunhuadian);

  it("reads title, agency, year, format and no date", () => {
    expect(report).not.toBeNull();
    expect(report?.title).toBe("平顶山高新技术产业开发区遵化店镇2023年政府信息公开工作年度报告");
    expect(report?.agency).toBe("平顶山高新技术产业开发区遵化店镇");
    expect(report?.year).toBe(2023);
    expect(report?.format).toBe("2021");
    expect(report?.publishDate).toBeNull();
    expect(report?.preamble).toBe("");
  });

  it("finds the six sections despite ## / ### / #### marks, and not the ### sub-headings inside 一", () => {
    expect(report?.sections.map((s) => [s.key, s.heading])).toEqual([
      ["overview", "一、总体情况"],
      ["proactive", "二、主动公开政府信息情况"],
      ["applications", "三、收到和处理政府信息公开申请情况"],
      ["litigation", "四、政府信息公开行政复议、行政诉讼情况"],
      ["problems", "五、存在的主要问题及改进情况"],
      ["other", "六、其他需要报告的事项"],
    ]);
    const overview = report?.sections[0]?.text ?? "";
    expect(overview.startsWith("推进政府信息公开是贯彻落实《条例》的重要举措")).toBe(true);
    expect(overview).toContain("一、加强组织领导,政务公开工作机制逐步健全完善。");
    expect(overview).toContain("使政务公开工作更加扎实、有序开展。");
    expect(report?.sections[5]?.text).toBe(
      "按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定的按件、按量收费标准，本年度没有产生政府信息公开处理费。",
    );
    expect(report?.sections[1]?.text).toBe("");
  });

  it("reads every cell as the 0 printed, including the detached `3. 其他` row, with no finding", () => {
    const rows = FORMATS["2021"].applications.rows.length;
    expect(report?.tables.applications).toEqual(Array.from({ length: rows }, () => Array(7).fill(0)));
    expect(report?.tables.litigation).toEqual(Array(15).fill(0));
    expect(report?.tables.proactive).toEqual({
      regulations: { issued: 0, abolished: 0, inForce: 0 },
      normativeDocuments: { issued: 0, abolished: 0, inForce: 0 },
      permits: { decisions: 0 },
      penalties: { decisions: 0 },
      enforcement: { decisions: 0 },
      fees: { amount: 0 },
    });
    expect(report?.collapsedGroups).toEqual([]);
    expect(findings).toEqual([]);
  });
});

describe("textLines", () => {
  it("splits tabs into cells, pipe tables into trusted cells, drops the separator row and CR", () => {
    expect(textLines("a\tb\r\n| x | 1 |\n|---|---|\nplain")).toEqual([
      { cells: ["a", "b"], fromTable: false },
      { cells: [" x ", " 1 "], fromTable: true },
      { cells: ["plain"], fromTable: false },
    ]);
  });

  it("removes a BOM and zero-width characters", () => {
    expect(textLines("\uFEFF一、总体\u200B情况")).toEqual([{ cells: ["一、总体情况"], fromTable: false }]);
  });
});

describe("readText on input that is not a report", () => {
  it.each([
    ["empty", ""],
    ["whitespace", " \n\t\n  "],
    ["a shopping list", "苹果 3 个\n香蕉 5 根\n牛奶 1 盒"],
    ["binary noise", "\u0000\u0001PK\u0003\u0004\uFFFD\uFFFD"],
  ])("%s: no report, one read.failed error saying what was expected", (_, text) => {
    const { report, findings } = readText(text);
    expect(report).toBeNull();
    expect(findings).toHaveLength(1);
    expect(findings[0]?.rule).toBe("read.failed");
    expect(findings[0]?.severity).toBe("error");
    expect(findings[0]?.message).toContain("政府信息公开工作年度报告");
  });
});

describe("markdown rendered by the platform reads back whole", () => {
  it("title, agency, year, date, preamble, every section's heading and prose, and the tables", () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        const { report: read, findings } = readText(renderMarkdown(report));
        expect(findings).toEqual([]);
        expect(read).toEqual({ ...report, title: reportTitle(report.agency, report.year) });
      }),
      { numRuns: 100 },
    );
  });
});
