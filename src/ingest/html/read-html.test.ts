import { describe, expect, it } from "vitest";
import { gbk } from "../gbk.fixture.ts";
import { readReport } from "../read-report.ts";
import { readHtml } from "./index.ts";
import { HUAIAN_2024, type SampleReport, samplePage } from "./sample-page.fixture.ts";

/** 淮安市洪泽区人民政府's 2024 report, numbers read by hand from its published PDF. */
const HONGZE_2024: SampleReport = {
  agency: "淮安市洪泽区人民政府",
  year: 2024,
  item1: [
    [0, 0, 0],
    [3, 0, 8],
  ],
  decisions: ["9487", "2776", "84", "7545"],
  applications: [
    [95, 0, 0, 0, 0, 0, 95],
    [0, 0, 0, 0, 0, 0, 0],
    [50, 0, 0, 0, 0, 0, 50],
    [9, 0, 0, 0, 0, 0, 9],
    [0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0],
    [1, 0, 0, 0, 0, 0, 1],
    [0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0],
    [1, 0, 0, 0, 0, 0, 1],
    [1, 0, 0, 0, 0, 0, 1],
    [0, 0, 0, 0, 0, 0, 0],
    [31, 0, 0, 0, 0, 0, 31],
    [1, 0, 0, 0, 0, 0, 1],
    [0, 0, 0, 0, 0, 0, 0],
    [1, 0, 0, 0, 0, 0, 1],
    [0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0],
    [95, 0, 0, 0, 0, 0, 95],
    [0, 0, 0, 0, 0, 0, 0],
  ],
  litigation: [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3],
};

describe.each([
  ["淮安市人民政府 2024", HUAIAN_2024],
  ["淮安市洪泽区人民政府 2024", HONGZE_2024],
])("readHtml on a saved page of %s", (_name, sample) => {
  const { report, findings } = readHtml(samplePage(sample));

  it("reads the title, agency and year", () => {
    expect(report?.title).toBe(`${sample.agency}${sample.year}年政府信息公开工作年度报告`);
    expect(report?.year).toBe(sample.year);
    expect(report?.format).toBe("2021");
  });

  it("reads every cell of tables 二, 三 and 四 exactly", () => {
    const [regulations, normative] = sample.item1;
    expect(report?.tables.proactive).toEqual({
      regulations: { issued: regulations[0], abolished: regulations[1], inForce: regulations[2] },
      normativeDocuments: { issued: normative[0], abolished: normative[1], inForce: normative[2] },
      permits: { decisions: Number(sample.decisions[0]) },
      penalties: { decisions: Number(sample.decisions[1]) },
      enforcement: { decisions: Number(sample.decisions[2]) },
      fees: { amount: Number(sample.decisions[3]) },
    });
    expect(report?.tables.applications).toEqual(sample.applications);
    expect(report?.tables.litigation).toEqual(sample.litigation);
  });

  it("finds the six sections and reports no unreadable cell", () => {
    expect(report?.sections.map((s) => s.key)).toEqual([
      "overview",
      "proactive",
      "applications",
      "litigation",
      "problems",
      "other",
    ]);
    expect(findings.filter((f) => f.rule.startsWith("read."))).toEqual([]);
  });
});

describe("a GBK-encoded page through readReport", () => {
  it("is decoded by its meta charset and read like the UTF-8 one", async () => {
    const html = samplePage(HONGZE_2024, "gb2312");
    const result = await readReport({ name: "hongze.htm", bytes: gbk(html) });
    expect(result.report?.agency).toBe(readHtml(html).report?.agency);
    expect(result.report?.tables.applications[12]).toEqual([31, 0, 0, 0, 0, 0, 31]);
  });
});

describe("readHtml on hostile markup", () => {
  it("turns nesting too deep to walk into a finding instead of an exception", () => {
    const deep = `${"<div>".repeat(20_000)}x${"</div>".repeat(20_000)}`;
    const { report, findings } = readHtml(deep);
    expect(report).toBeNull();
    expect(findings.map((f) => f.rule)).toEqual(["read.failed"]);
  });
});
