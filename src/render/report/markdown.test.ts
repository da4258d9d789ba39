import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applicationRowIndex, FORMATS } from "../../domain/report/format/index.ts";
import { emptyReport } from "../../domain/report/model.ts";
import { sharedAvailable, sharedFixture } from "../../test-support/shared-fixtures.ts";
import { renderMarkdown } from "./markdown.ts";
import { sampleReport } from "./testing/sample-report.ts";

/** The zunhuadian report as a model: 2021 format, every cell 0. */
function zunhuadian() {
  const report = emptyReport("2021", 0);
  report.agency = "平顶山高新技术产业开发区遵化店镇";
  report.year = 2023;
  return report;
}

/** The table lines of a markdown text: lines with a tab. */
const tableLines = (text: string) => text.split("\n").filter((l) => l.includes("\t"));

/** Undo what the web page did to the labels: ASCII parentheses, spaces inside labels and after 1. */
const normaliseLabels = (line: string) =>
  line.replace(/\(/g, "（").replace(/\)/g, "）").replace(/,/g, "，").replace(/ /g, "");

const cells = (line: string) => line.split("\t");
const filled = (line: string) => cells(line).filter((c) => c !== "");

describe.skipIf(!sharedAvailable)("renderMarkdown against the published zunhuadian-2023 text", () => {
  const fixture = tableLines(readFileSync(sharedFixture("reports/zunhuadian-2023.txt"), "utf8"));
  const ours = tableLines(renderMarkdown(zunhuadian()));

  it("prints the same number of table lines (14 + 28 + 4)", () => {
    expect(fixture).toHaveLength(46);
    expect(ours).toHaveLength(46);
  });

  it("reproduces table 二 byte for byte", () => {
    expect(ours.slice(0, 14)).toEqual(fixture.slice(0, 14));
  });

  it("reproduces table 四 except the spaces the web page put inside 结果 维持", () => {
    expect(ours.slice(42)).toEqual(fixture.slice(42).map(normaliseLabels));
  });

  it("reproduces table 三's group-item rows exactly and every other row's cells in order", () => {
    const mine = ours.slice(14, 42);
    const theirs = fixture.slice(14, 42).map(normaliseLabels);
    // Rows under （三）–（六）: the fixture has the official 10-column grid there; identical (18 rows:
    // the 19th, 3.其他, lost its place in the fixture and is compared below).
    const itemRows = theirs.flatMap((l, i) => (/^\t[^\t]*\t\d\./.test(l) || /^\t\t\d\./.test(l) ? [i] : []));
    expect(itemRows).toHaveLength(18);
    for (const i of itemRows) expect(mine[i]).toBe(theirs[i]);
    // Elsewhere the page lost a label column (its numbers start one column early) and put 总计 in
    // the first header row; the cells are the same, in the same order, except those two damages.
    const known: Record<number, { fixture: string[]; ours: string[] }> = {
      0: {
        fixture: [FORMATS["2021"].applications.corner, "申请人情况", "总计"],
        ours: [FORMATS["2021"].applications.corner, "申请人情况"],
      },
      1: { fixture: ["自然人", "法人或其他组织"], ours: ["自然人", "法人或其他组织", "总计"] },
      25: { fixture: ["3.其他", ...Array(7).fill("0")], ours: ["3.其他", ...Array(7).fill("0")] },
    };
    theirs.forEach((line, i) => {
      const expected = known[i];
      if (expected) {
        expect(filled(line)).toEqual(expected.fixture);
        expect(filled(mine[i] ?? "")).toEqual(expected.ours);
      } else {
        expect(filled(mine[i] ?? "")).toEqual(filled(line));
      }
    });
  });
});

describe("renderMarkdown", () => {
  it("prints table 三 on one grid: 3 label columns + 7 numbers on every line, as worked out by hand", () => {
    const lines = tableLines(renderMarkdown(zunhuadian())).slice(14, 42);
    for (const line of lines) expect(cells(line)).toHaveLength(10);
    const zeros = Array(7).fill("0").join("\t");
    expect(lines[0]).toBe(`${FORMATS["2021"].applications.corner}\t\t\t申请人情况\t\t\t\t\t\t`);
    expect(lines[1]).toBe("\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计");
    expect(lines[2]).toBe("\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t");
    expect(lines[3]).toBe(`一、本年新收政府信息公开申请数量\t\t\t${zeros}`);
    expect(lines[5]).toBe(`三、本年度办理结果\t（一）予以公开\t\t${zeros}`);
    expect(lines[7]).toBe(`\t（三）不予公开\t1.属于国家秘密\t${zeros}`);
    expect(lines[26]).toBe(`\t（七）总计\t\t${zeros}`);
    expect(lines[27]).toBe(`四、结转下年度继续办理\t\t\t${zeros}`);
  });

  it("prints null cells empty, amounts without float noise, negative deltas with a minus", () => {
    const report = emptyReport("2019", null);
    const format = FORMATS["2019"];
    report.tables.applications[applicationRowIndex(format, "new")] = [1, null, 0, 0, 0, 0, 1];
    report.tables.proactive.procurement = { projects: 3, amount: 0.1 + 0.2 };
    report.tables.proactive.permits = { previousYear: 10, change: -4, decisions: 6 };
    const lines = tableLines(renderMarkdown(report));
    expect(lines).toContain("一、本年新收政府信息公开申请数量\t\t\t1\t\t0\t0\t0\t0\t1");
    expect(lines).toContain("政府集中采购\t3\t0.3\t");
    expect(lines).toContain("行政许可\t10\t-4\t6");
    expect(lines).toContain("行政事业性收费\t\t\t");
  });

  it("prints the 2019 （六）其他处理 as one row over two label columns", () => {
    const lines = tableLines(renderMarkdown(emptyReport("2019", 0)));
    expect(lines).toContain(`\t（六）其他处理\t\t${Array(7).fill("0").join("\t")}`);
    expect(lines.some((l) => l.includes("（六）其他处理\t1."))).toBe(false);
  });

  it("prints a collapsed 2021 group as one row carrying its last item's numbers", () => {
    const report = emptyReport("2021", 0);
    const format = FORMATS["2021"];
    report.collapsedGroups = ["otherHandling"];
    report.tables.applications[applicationRowIndex(format, "otherNoCorrection")] = Array(7).fill(null);
    report.tables.applications[applicationRowIndex(format, "otherFeeUnpaid")] = Array(7).fill(null);
    report.tables.applications[applicationRowIndex(format, "otherOther")] = [2, 0, 0, 0, 0, 1, 3];
    const lines = tableLines(renderMarkdown(report));
    expect(lines).toContain("\t（六）其他处理\t\t2\t0\t0\t0\t0\t1\t3");
    expect(lines.filter((l) => l.includes("申请人逾期"))).toEqual([]);
  });

  it("lays out title, preamble, headings, one paragraph per line and the signature", () => {
    const text = renderMarkdown(sampleReport());
    const blocks = text.split("\n\n");
    expect(blocks[0]).toBe("# 示例县人民政府办公室2023年政府信息公开工作年度报告");
    expect(blocks[1]).toMatch(/^本报告根据《中华人民共和国政府信息公开条例》/);
    expect(blocks[2]).toBe("## 一、总体情况");
    expect(blocks[3]).toMatch(/^2023年，示例县/);
    expect(blocks[4]).toMatch(/^（一）主动公开。/);
    expect(blocks.filter((b) => b.startsWith("## "))).toHaveLength(6);
    expect(text.endsWith("示例县人民政府办公室\n2024年1月22日\n")).toBe(true);
  });

  it("keeps tabs out of prose and adds a missing table section under its official heading", () => {
    const report = emptyReport("2021", 0);
    report.sections = report.sections.filter((s) => s.key !== "litigation");
    report.sections[0] = { key: "overview", heading: "一、总体情况", text: "甲\t乙" };
    const text = renderMarkdown(report);
    expect(text).toContain("\n甲 乙\n");
    const headings = text.split("\n").filter((l) => l.startsWith("## "));
    expect(headings[3]).toBe("## 四、政府信息公开行政复议、行政诉讼情况");
    expect(headings[4]).toBe("## 五、存在的主要问题及改进情况");
  });
});
