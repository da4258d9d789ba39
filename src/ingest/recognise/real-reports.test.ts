import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sharedAvailable, sharedFixture } from "../../test-support/shared-fixtures.ts";
import { readText } from "../text/index.ts";
import { blank, np, zeros } from "./testing/rows.ts";

/*
 * Real published reports, read in place (never copied). Every expected number below was written by
 * hand from the PDF pages themselves (rendered with pdftoppm and read cell by cell), not from the
 * reader's output.
 */
const read = (name: string) => readText(readFileSync(sharedFixture(`external/${name}`), "utf8"));
const rules = (findings: { rule: string }[]) => findings.map((f) => f.rule);

describe.skipIf(!sharedAvailable)("real reports, text from PDF extractors", () => {
  it("洪泽区 2023 (pypdf): rows with spaces, broken labels, vertical header, footers, （六） as one row, 四 as printed", () => {
    const { report, findings } = read("hongze-district-2023.pypdf.txt");
    expect(report).not.toBeNull();
    if (!report) return;
    expect([report.agency, report.year, report.format, report.publishDate]).toEqual([
      "洪泽区人民政府",
      2023,
      "2021",
      null,
    ]);
    expect(report.title).toBe("洪泽区人民政府2023年政府信息公开工作年度报告");
    expect(report.sections.map((s) => s.key)).toEqual([
      "overview",
      "proactive",
      "applications",
      "litigation",
      "problems",
      "other",
    ]);
    expect(report.preamble).toMatch(
      /^本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》/,
    );
    expect(report.tables.proactive).toEqual({
      regulations: { issued: 0, abolished: 0, inForce: 0 },
      normativeDocuments: { issued: 0, abolished: 5, inForce: 5 },
      permits: { decisions: 550 },
      penalties: { decisions: 4119 },
      enforcement: { decisions: 195 },
      fees: { amount: 7730.28 },
    });
    expect(report.tables.applications).toEqual([
      np(21),
      zeros(),
      zeros(),
      np(4),
      np(1),
      zeros(),
      zeros(),
      zeros(),
      zeros(),
      np(1),
      np(1),
      zeros(),
      np(10),
      np(3),
      zeros(),
      np(1),
      zeros(),
      zeros(),
      zeros(),
      zeros(),
      blank(),
      blank(),
      zeros(),
      np(21),
      zeros(),
    ]);
    // Printed so; it does not add up (10 + 1 ≠ 0), and the validator — not the reader — says so.
    expect(report.tables.litigation).toEqual([10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0]);
    expect(report.collapsedGroups).toEqual(["otherHandling"]);
    expect(rules(findings)).toEqual(["structure.tables"]);
    expect(findings[0]?.message).toContain("其他处理");
  });

  it("淮安市洪泽区 2024 (pypdf)", () => {
    const { report, findings } = read("hongze-district-2024.pypdf.txt");
    expect(report).not.toBeNull();
    if (!report) return;
    expect([report.agency, report.year, report.format]).toEqual(["淮安市洪泽区人民政府", 2024, "2021"]);
    expect(report.tables.proactive).toEqual({
      regulations: { issued: 0, abolished: 0, inForce: 0 },
      normativeDocuments: { issued: 3, abolished: 0, inForce: 8 },
      permits: { decisions: 9487 },
      penalties: { decisions: 2776 },
      enforcement: { decisions: 84 },
      fees: { amount: 7545 },
    });
    expect(report.tables.applications).toEqual([
      np(95),
      zeros(),
      np(50),
      np(9),
      zeros(),
      zeros(),
      np(1),
      zeros(),
      zeros(),
      np(1),
      np(1),
      zeros(),
      np(31),
      np(1),
      zeros(),
      np(1),
      zeros(),
      zeros(),
      zeros(),
      zeros(),
      blank(),
      blank(),
      zeros(),
      np(95),
      zeros(),
    ]);
    expect(report.tables.litigation).toEqual([1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]);
    expect(report.collapsedGroups).toEqual(["otherHandling"]);
    expect(rules(findings)).toEqual(["structure.tables"]);
  });

  it("淮安市 2024 (pdfminer): labels block then numbers column by column, across page breaks, large figures", () => {
    const { report, findings } = read("huaian-city-2024.pdfminer.txt");
    expect(report).not.toBeNull();
    if (!report) return;
    expect([report.agency, report.year, report.format]).toEqual(["淮安市人民政府", 2024, "2021"]);
    expect(report.sections.map((s) => s.heading)).toEqual([
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ]);
    expect(report.tables.proactive).toEqual({
      regulations: { issued: 1, abolished: 0, inForce: 11 },
      normativeDocuments: { issued: 8, abolished: 26, inForce: 66 },
      permits: { decisions: 447228 },
      penalties: { decisions: 3985758 },
      enforcement: { decisions: 88283 },
      fees: { amount: 96171.6 },
    });
    expect(report.tables.applications).toEqual([
      [3001, 53, 0, 0, 61, 4, 3119],
      np(34),
      [1288, 21, 0, 0, 50, 3, 1362],
      [447, 7, 0, 0, 0, 0, 454],
      np(2),
      [30, 1, 0, 0, 0, 0, 31],
      np(5),
      np(6),
      [7, 1, 0, 0, 0, 0, 8],
      np(12),
      np(9),
      np(105),
      [746, 12, 0, 0, 10, 1, 769],
      np(11),
      np(1),
      [56, 6, 0, 0, 0, 0, 62],
      np(25),
      zeros(),
      zeros(),
      np(1),
      [67, 3, 0, 0, 1, 0, 71],
      np(6),
      [108, 2, 0, 0, 0, 0, 110],
      [2932, 53, 0, 0, 61, 4, 3050],
      np(103),
    ]);
    expect(report.tables.litigation).toEqual([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]);
    expect(report.collapsedGroups).toEqual([]);
    expect(findings).toEqual([]);
    expect(report.sections[5]?.text).toContain("全年收取政府信息公开信息处理费 3940 元");
    // Table wording (labels broken over lines, headers, the vertical 三、本年度办理结果) is not prose.
    expect(report.sections.slice(1, 4).map((s) => s.text)).toEqual(["", "", ""]);
    expect(report.sections[4]?.text).toMatch(/^对照上级新要求和公众新期待，还有一些需要加强和改进的地方。/);
  });
});
