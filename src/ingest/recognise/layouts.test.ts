import { describe, expect, it } from "vitest";
import { applicationRowIndex, FORMATS } from "../../domain/report/format/index.ts";
import { readText } from "../text/index.ts";
import { blank, np, zeros } from "./testing/rows.ts";
import { skeleton, withRows } from "./testing/skeleton.ts";

const v2021 = FORMATS["2021"];
const at = (key: string) => applicationRowIndex(v2021, key);
const rules = (findings: { rule: string }[]) => findings.map((f) => f.rule);

/** Read a report whose table 三 is the zero table with some rows replaced. */
function readRows(replace: Record<string, string>) {
  return readText(skeleton({ applications: withRows(replace) }));
}

describe("table 三: cells glued without separator", () => {
  it.each([
    ["713000074", [71, 3, 0, 0, 0, 0, 74]],
    ["71 3 0000 74", [71, 3, 0, 0, 0, 0, 74]],
    ["１２３ ０ ０ ０ ０ １５", [12, 3, 0, 0, 0, 0, 15]],
  ])("`1.属于国家秘密 %s` is split by the row total", (glued, expected) => {
    const { report, findings } = readRows({ refusedStateSecret: `（三）不予公开 1.属于国家秘密 ${glued}` });
    expect(report?.tables.applications[at("refusedStateSecret")]).toEqual(expected);
    expect(findings).toEqual([]);
  });

  it("a run glued to the label itself (`…信息370000037`)", () => {
    const { report, findings } = readRows({
      unableNotHeld: "（四）无法提供 1.本机关不掌握相关政府信息370000037",
    });
    expect(report?.tables.applications[at("unableNotHeld")]).toEqual(np(37));
    expect(findings).toEqual([]);
  });

  it("a run that carries the next row's first number, split over both rows by their totals", () => {
    const { report, findings } = readRows({
      unableNotHeld: "（四）无法提供 1.本机关不掌握相关政府信息 3700000373",
      unableNeedsCreation: "2.没有现成信息需要另行制作 0 0 0 0 0 3",
    });
    expect(report?.tables.applications[at("unableNotHeld")]).toEqual(np(37));
    expect(report?.tables.applications[at("unableNeedsCreation")]).toEqual(np(3));
    expect(findings).toEqual([]);
  });

  it("a run glued to the next row's number mark (`…3700000372.没有现成…`)", () => {
    const { report, findings } = readRows({
      unableNotHeld:
        "（四）无法提供 1.本机关不掌握相关政府信息 3700000372.没有现成信息需要另行制作 3 0 0 0 0 0 3",
      unableNeedsCreation: "",
    });
    expect(report?.tables.applications[at("unableNotHeld")]).toEqual(np(37));
    expect(report?.tables.applications[at("unableNeedsCreation")]).toEqual(np(3));
    expect(findings).toEqual([]);
  });

  it("more than one split adds up: cells left null, read.ambiguous quoting the run", () => {
    const { report, findings } = readRows({ disclosed: "（一）予以公开 1210 0 0 0 13" });
    expect(report?.tables.applications[at("disclosed")]).toEqual(blank());
    expect(rules(findings)).toEqual(["read.ambiguous"]);
    expect(findings[0]?.message).toContain("“1210 0 0 0 13”");
    expect(findings[0]?.cells).toHaveLength(7);
    expect(findings[0]?.cells[0]).toEqual({ table: "applications", row: at("disclosed"), col: 0 });
  });

  it("no split adds up: cells left null, read.unreadable naming the row and quoting the numbers", () => {
    const { report, findings } = readRows({ disclosed: "（一）予以公开 21 0 0 0 0 20" });
    expect(report?.tables.applications[at("disclosed")]).toEqual(blank());
    expect(rules(findings)).toEqual(["read.unreadable"]);
    expect(findings[0]?.severity).toBe("warning");
    expect(findings[0]?.message).toContain("（一）予以公开");
    expect(findings[0]?.message).toContain("“21 0 0 0 0 20”");
  });

  it.each([
    // 3620 in one applicant column, the others left blank, and 总计 3620 — or some glued split.
    ["二、上年结转政府信息公开申请数量 3620 3620"],
    ["二、上年结转政府信息公开申请数量 21 0 0 0 0 21"],
  ])(
    "`%s`: blank cells made invisible by spaces could also explain it → read.ambiguous, never a guess",
    (line) => {
      const { report, findings } = readRows({ carriedOver: line });
      expect(report?.tables.applications[at("carriedOver")]).toEqual(blank());
      expect(rules(findings)).toEqual(["read.ambiguous"]);
    },
  );

  it("on a tab-separated line, blank cells with too few values are not split as glue", () => {
    const { report, findings } = readRows({
      carriedOver: "二、上年结转政府信息公开申请数量\t\t\t\t\t\t3620\t\t3620",
    });
    expect(report?.tables.applications[at("carriedOver")]).toEqual(blank());
    expect(rules(findings)).toEqual(["read.unreadable"]);
  });
});

describe("table 三: cells and labels as real reports print them", () => {
  it("dashes, slashes and full-width digits and punctuation", () => {
    const { report, findings } = readRows({
      new: "一、本年新收政府信息公开申请数量 ５ — - / － – ５",
      carriedOver: "二、上年结转政府信息公开申请数量\t1\t\t\t\t\t\t1",
    });
    expect(report?.tables.applications[at("new")]).toEqual(np(5));
    // Blank cells between printed ones on a tab-separated line are zeros.
    expect(report?.tables.applications[at("carriedOver")]).toEqual(np(1));
    expect(findings).toEqual([]);
  });

  it("a cell that is no number: null and read.unreadable naming table, row and column", () => {
    const { report, findings } = readRows({ refusedStateSecret: "1.属于国家秘密 1 0 O 0 0 0 1" });
    expect(report?.tables.applications[at("refusedStateSecret")]).toEqual([1, 0, null, 0, 0, 0, 1]);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "read.unreadable",
        severity: "warning",
        cells: [{ table: "applications", row: at("refusedStateSecret"), col: 2 }],
        message: expect.stringContaining("“科研机构”列的 “O” 不是数字"),
      }),
    ]);
  });

  it.each([
    ["2.其他法律行政止公开", "refusedProhibitedByLaw"],
    ["4.无正当理由大量反复 申请", "notProcessedMassRepeat"],
    ["2、其他法律行政法规禁止公开", "refusedProhibitedByLaw"],
    ["四、结转下年继续办理", "carriedForward"],
    ["(一) 予以公开", "disclosed"],
    ["1．属于国家秘密", "refusedStateSecret"],
  ])("wording that lost or changed characters: `%s`", (label, key) => {
    const { report, findings } = readRows({ [key]: `${label} 2 0 0 0 0 0 2` });
    expect(report?.tables.applications[at(key)]).toEqual(np(2));
    expect(findings).toEqual([]);
  });

  it("a label broken over lines, numbers on the second (`5.要求行政机关确认或重 新出具` / `已获取信息 …`)", () => {
    const { report, findings } = readRows({
      notProcessedConfirm: "5.要求行政机关确认或重 新出具\n已获取信息 4 0 0 0 0 0 4",
      partiallyDisclosed: "（二）部分公开（区分处理的，只计这一情 形，不\n计其他情形） 3 0 0 0 0 0 3",
    });
    expect(report?.tables.applications[at("notProcessedConfirm")]).toEqual(np(4));
    expect(report?.tables.applications[at("partiallyDisclosed")]).toEqual(np(3));
    expect(findings).toEqual([]);
  });

  it("a label cut right after a short word that is itself a label (`2.其他` / `法律行政法规禁止公开 …`)", () => {
    const { report, findings } = readRows({
      refusedProhibitedByLaw: "2.其他\n法律行政法规禁止公开 6 0 0 0 0 0 6",
    });
    expect(report?.tables.applications[at("refusedProhibitedByLaw")]).toEqual(np(6));
    expect(report?.tables.applications[at("otherOther")]).toEqual(zeros());
    expect(findings).toEqual([]);
  });

  it("page footers, a vertical header one character per line, the group label detached (`3. 其他`)", () => {
    const { report, findings } = readRows({
      disclosed: "三\n、\n本\n年\n度\n办\n理\n结\n果\n（一）予以公开 8 0 0 0 0 0 8\n- 4 -",
      otherOther: "3. 其他 2 0 0 0 0 0 2",
    });
    expect(report?.tables.applications[at("disclosed")]).toEqual(np(8));
    expect(report?.tables.applications[at("otherOther")]).toEqual(np(2));
    expect(findings).toEqual([]);
  });

  it("a missing row: null cells and a structure.tables finding naming it", () => {
    const { report, findings } = readRows({ refusedInquiry: "" });
    expect(report?.tables.applications[at("refusedInquiry")]).toEqual(blank());
    expect(rules(findings)).toEqual(["structure.tables"]);
    expect(findings[0]?.message).toBe("表三缺少“（三）不予公开 8.属于行政查询事项”行");
  });

  it("a row printed without numbers: null cells and read.unreadable", () => {
    const { report, findings } = readRows({ refusedInquiry: "8.属于行政查询事项" });
    expect(report?.tables.applications[at("refusedInquiry")]).toEqual(blank());
    expect(rules(findings)).toEqual(["read.unreadable"]);
  });

  it("numbers beside text that is no row label are never given to a row", () => {
    const { report, findings } = readRows({
      refusedInquiry: "8.属于行政查询事项\n某某不明的行 9 0 0 0 0 0 9",
    });
    expect(report?.tables.applications[at("refusedInquiry")]).toEqual(blank());
    expect(rules(findings).sort()).toEqual(["read.unreadable", "read.unreadable"]);
    expect(findings.some((f) => f.message.includes("某某不明的行 9 0 0 0 0 0 9"))).toBe(true);
  });
});

describe("table 三: groups printed with numbers", () => {
  it("subtotal rows that agree with their items are accepted and kept out of the 25 rows", () => {
    const { report, findings } = readRows({
      refusedStateSecret: "（三）不予公开 3 0 0 0 0 0 3\n1.属于国家秘密 1 0 0 0 0 0 1",
      refusedThirdParty: "4.保护第三方合法权益 2 0 0 0 0 0 2",
    });
    expect(report?.tables.applications).toHaveLength(25);
    expect(report?.tables.applications[at("refusedStateSecret")]).toEqual(np(1));
    expect(report?.collapsedGroups).toEqual([]);
    expect(findings).toEqual([]);
  });

  it("a subtotal that disagrees with its items is a t3.results-sum error with both numbers", () => {
    const { findings } = readRows({
      refusedStateSecret: "（三）不予公开 3 0 0 0 0 0 3\n1.属于国家秘密 1 0 0 0 0 0 1",
    });
    expect(findings).toEqual([
      expect.objectContaining({ rule: "t3.results-sum", severity: "error", expected: 1, actual: 3 }),
      expect.objectContaining({ rule: "t3.results-sum", severity: "error", expected: 1, actual: 3 }),
    ]);
    expect(findings[0]?.cells).toHaveLength(8);
  });

  it("a 2021 report printing （六）其他处理 as one row: numbers in （六）3, 1–2 null, collapsedGroups, a structure.tables finding", () => {
    const { report, findings } = readRows({
      otherNoCorrection: "（六）其他处理 5 1 0 0 0 0 6",
      otherFeeUnpaid: "",
      otherOther: "",
    });
    expect(report?.tables.applications[at("otherNoCorrection")]).toEqual(blank());
    expect(report?.tables.applications[at("otherFeeUnpaid")]).toEqual(blank());
    expect(report?.tables.applications[at("otherOther")]).toEqual([5, 1, 0, 0, 0, 0, 6]);
    expect(report?.collapsedGroups).toEqual(["otherHandling"]);
    expect(rules(findings)).toEqual(["structure.tables"]);
  });
});
