import { describe, expect, it } from "vitest";
import { FORMATS } from "../../domain/report/format/index.ts";
import { emptyReport, type ReportModel } from "../../domain/report/model.ts";
import { sampleReport } from "../../render/report/testing/sample-report.ts";
import { readText } from "../text/index.ts";
import type { DocLine } from "../types.ts";
import { recognise } from "./index.ts";
import { skeleton, withRows } from "./testing/skeleton.ts";

const row = (...cells: string[]): DocLine => ({ cells, fromTable: true });
const text = (t: string): DocLine => ({ cells: [t], fromTable: false });

/**
 * A report as an HTML reader hands it over: prose lines, and table rows whose rowspan/colspan are
 * expanded, so a spanned label cell repeats on every row and column it covers.
 */
function htmlLines(report: ReportModel): DocLine[] {
  const f = FORMATS[report.format];
  const out: DocLine[] = [
    text(report.title ?? ""),
    text("一、总体情况"),
    text("本年度依法公开。"),
    text("二、主动公开政府信息情况"),
  ];
  for (const block of f.proactive) {
    out.push(row(block.item, block.item, block.item, block.item));
    out.push(row(block.contentLabel, ...block.columns.map((c) => c.label)));
    for (const r of block.rows) {
      const values = block.columns.map((c) => String(report.tables.proactive[r.key]?.[c.key] ?? ""));
      // A single value cell spans the three value columns.
      out.push(
        row(r.label, ...((values.length === 1 ? [values[0], values[0], values[0]] : values) as string[])),
      );
    }
  }
  out.push(text("三、收到和处理政府信息公开申请情况"));
  const corner = f.applications.corner;
  out.push(
    row(
      corner,
      corner,
      corner,
      "申请人情况",
      "申请人情况",
      "申请人情况",
      "申请人情况",
      "申请人情况",
      "申请人情况",
      "申请人情况",
    ),
  );
  out.push(
    row(
      corner,
      corner,
      corner,
      "自然人",
      "法人或其他组织",
      "法人或其他组织",
      "法人或其他组织",
      "法人或其他组织",
      "法人或其他组织",
      "总计",
    ),
  );
  f.applications.rows.forEach((def, i) => {
    const values = (report.tables.applications[i] ?? []).map((v) => String(v ?? ""));
    const label = `${def.number}${def.label}`;
    const group = f.applications.groups.find((g) => g.key === def.group);
    const lead =
      def.kind === "result"
        ? [f.applications.resultsHeader, group ? `${group.number}${group.label}` : label, label]
        : [label, label, label];
    out.push(row(...lead, ...values));
  });
  out.push(text("四、政府信息公开行政复议、行政诉讼情况"));
  out.push(row("行政复议", "行政复议", "行政复议", "行政复议", "行政复议", "行政诉讼", "行政诉讼"));
  out.push(row(...f.litigation.columns.map((c) => c.label)));
  out.push(row(...report.tables.litigation.map((v) => String(v ?? ""))));
  out.push(
    text("五、存在的主要问题及改进情况"),
    text("一是解读不足。"),
    text("六、其他需要报告的事项"),
    text("未收取信息处理费。"),
  );
  return out;
}

describe("recognise: rows from a real table structure (HTML, Word)", () => {
  it("repeated spanned label cells (rowspan, colspan) and a spanned value cell: every number read exactly", () => {
    const report = sampleReport();
    const { report: read, findings } = recognise(htmlLines(report));
    expect(findings).toEqual([]);
    expect(read?.tables).toEqual(report.tables);
    expect(read?.sections.map((s) => s.key)).toEqual([
      "overview",
      "proactive",
      "applications",
      "litigation",
      "problems",
      "other",
    ]);
  });

  it("an empty cell of a real table row is a printed blank: zero", () => {
    const report = sampleReport();
    const lines = htmlLines(report);
    const at = lines.findIndex((l) => l.cells[2] === "1.属于国家秘密");
    const cells = [...(lines[at]?.cells ?? [])];
    cells[3] = "";
    lines[at] = row(...cells);
    const expected = [...(report.tables.applications[4] ?? [])];
    expected[0] = 0;
    expect(recognise(lines).report?.tables.applications[4]).toEqual(expected);
  });
});

describe("recognise: a unit printed in a table cell", () => {
  it("a fee cell '7,730.28万元' or '0元' of a real table row is the number; other text stays unreadable", () => {
    const fee = (cell: string) => {
      const report = sampleReport();
      const lines = htmlLines(report).map((l) =>
        l.fromTable && l.cells[0] === "行政事业性收费" ? row("行政事业性收费", cell, cell, cell) : l,
      );
      const read = recognise(lines);
      return { amount: read.report?.tables.proactive.fees?.amount, rules: read.findings.map((f) => f.rule) };
    };
    expect(fee("7,730.28万元")).toEqual({ amount: 7730.28, rules: [] });
    expect(fee("0 元")).toEqual({ amount: 0, rules: [] });
    expect(fee("约5万元").amount).toBeNull();
  });
});

describe("recognise: a 2019 value cell spanning two grid columns (table 二 （八）, （九）)", () => {
  // The official 2019 table 二 is four columns wide; 行政事业性收费 and 政府集中采购 have two value
  // cells, the last spanning two columns, so an HTML/Word reader repeats it: 行政事业性收费 | 19 | 20 | 20.
  const report2019 = () => {
    const report = emptyReport("2019", 0);
    report.agency = "某县人民政府";
    report.year = 2020;
    report.title = "某县人民政府2020年政府信息公开工作年度报告";
    report.tables.proactive.fees = { previousYear: 19, change: 20 };
    report.tables.proactive.procurement = { projects: 21, amount: 22.5 };
    return report;
  };
  const spanned = (lines: DocLine[], fromTable: boolean): DocLine[] =>
    lines.map((l) => {
      const [label, a, b] = l.cells;
      if (label !== "行政事业性收费" && label !== "政府集中采购") return l;
      return { cells: [label, a ?? "", b ?? "", b ?? ""], fromTable };
    });

  it("from a real table: the trailing copy is the span, both numbers are read", () => {
    const { report, findings } = recognise(spanned(htmlLines(report2019()), true));
    expect(report?.tables.proactive.fees).toEqual({ previousYear: 19, change: 20 });
    expect(report?.tables.proactive.procurement).toEqual({ projects: 21, amount: 22.5 });
    expect(findings.filter((f) => f.rule.startsWith("read."))).toEqual([]);
  });

  it("in plain text three numbers for two columns stay unreadable: no grid says which is a copy", () => {
    const { report, findings } = recognise(spanned(htmlLines(report2019()), false));
    expect(report?.tables.proactive.fees).toEqual({ previousYear: null, change: null });
    expect(findings.filter((f) => f.rule === "read.unreadable").map((f) => f.cells[0]?.row)).toEqual([
      "fees",
      "procurement",
    ]);
  });
});

describe("format version", () => {
  it("a report on 2020 is read in the 2019 trial format: its table 二 columns and （六） as one row", () => {
    const proactive = [
      "第二十条第（一）项",
      "信息内容 本年新制作数量 本年新公开数量 对外公开总数量",
      "规章 1 1 5",
      "规范性文件 2 2 9",
      "第二十条第（五）项",
      "信息内容 上一年项目数量 本年增/减 处理决定数量",
      "行政许可 10 -2 300",
      "其他对外管理服务事项 4 0 12",
      "第二十条第（六）项",
      "行政处罚 7 1 80",
      "行政强制 3 0 6",
      "第二十条第（八）项",
      "行政事业性收费 2 0",
      "第二十条第（九）项",
      "信息内容 采购项目数量 采购总金额",
      "政府集中采购 5 120.5",
    ].join("\n");
    const applications = FORMATS["2019"].applications.rows
      .map((r) => `${r.number}${r.label} 0 0 0 0 0 0 0`)
      .join("\n");
    const { report, findings } = readText(
      skeleton({ title: "某县人民政府2020年政府信息公开工作年度报告", proactive, applications }),
    );
    expect(report?.format).toBe("2019");
    expect(report?.tables.applications).toHaveLength(23);
    expect(report?.tables.proactive).toEqual({
      regulations: { made: 1, published: 1, totalPublished: 5 },
      normativeDocuments: { made: 2, published: 2, totalPublished: 9 },
      permits: { previousYear: 10, change: -2, decisions: 300 },
      otherServices: { previousYear: 4, change: 0, decisions: 12 },
      penalties: { previousYear: 7, change: 1, decisions: 80 },
      enforcement: { previousYear: 3, change: 0, decisions: 6 },
      fees: { previousYear: 2, change: 0 },
      procurement: { projects: 5, amount: 120.5 },
    });
    expect(findings).toEqual([]);
  });

  it("a 2022 report printing the 2019 columns is read by what it prints, and the mismatch is reported", () => {
    const proactive = "第二十条第（一）项\n信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n规章 1 1 5";
    const { report, findings } = readText(
      skeleton({ title: "某县人民政府2022年政府信息公开工作年度报告", proactive }),
    );
    expect(report?.format).toBe("2019");
    expect(report?.tables.proactive.regulations).toEqual({ made: 1, published: 1, totalPublished: 5 });
    expect(findings[0]).toEqual(expect.objectContaining({ rule: "structure.tables", severity: "error" }));
    expect(findings[0]?.message).toContain("2022");
  });

  it.each([
    ["its sub-items say 2021", "", "2021"],
    ["printed as one row says 2019", "（六）其他处理 0 0 0 0 0 0 0", "2019"],
  ])("without table 二's columns or a year, table 三's （六） decides: %s", (_, six, version) => {
    const applications =
      six === ""
        ? undefined
        : FORMATS["2019"].applications.rows.map((r) => `${r.number}${r.label} 0 0 0 0 0 0 0`).join("\n");
    const { report } = readText(skeleton({ title: "政府信息公开工作年度报告", proactive: "", applications }));
    expect(report?.format).toBe(version);
  });
});

describe("structure", () => {
  it("the preamble is the text between the title and 一、总体情况; the publication date at the end", () => {
    const { report } = readText(
      skeleton({
        title:
          "某县人民政府2023年政府信息公开工作年度报告\n本报告由某县人民政府办公室编制。\n统计期限自2023年1月1日起。",
        tail: "某县人民政府办公室\n2024年1月20日",
      }),
    );
    expect(report?.preamble).toBe("本报告由某县人民政府办公室编制。\n统计期限自2023年1月1日起。");
    expect(report?.publishDate).toBe("2024-01-20");
  });

  it("a table without its section heading is still found by its own wording", () => {
    const t = skeleton({}).replace(
      "三、收到和处理政府信息公开申请情况\n",
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n",
    );
    const { report, findings } = readText(t);
    expect(report?.tables.applications.every((r) => r.every((v) => v === 0))).toBe(true);
    expect(report?.sections.map((s) => s.key)).toEqual([
      "overview",
      "proactive",
      "litigation",
      "problems",
      "other",
    ]);
    expect(findings).toEqual([]);
  });

  it("a row that the format does not have, printed with its 7 numbers beside all 25 rows, is an added row (structure.tables)", () => {
    const applications = withRows({ total: "（八）申请人撤回申请 1 0 0 0 0 0 1\n（七）总计 0 0 0 0 0 0 0" });
    const { findings } = readText(skeleton({ applications }));
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "structure.tables",
        severity: "error",
        message:
          "表三多出格式中没有的一行“申请人撤回申请”（1 0 0 0 0 0 1）：2021 格式的表三没有这一行，请删除，或把其数字计入格式中相应的行",
      }),
    ]);
  });

  it("numbers under an unknown label while a format row is missing stay unreadable: the label may be that row's, damaged", () => {
    const applications = withRows({ total: "（七）总计 0 0 0 0 0 0 0" }).replace(
      "8.属于行政查询事项 0 0 0 0 0 0 0",
      "8.其他事项 0 0 0 0 0 0 0",
    );
    const { findings } = readText(skeleton({ applications }));
    expect(findings.map((f) => [f.rule, f.severity])).toContainEqual(["read.unreadable", "warning"]);
    expect(findings.some((f) => f.message.includes("多出"))).toBe(false);
  });

  it("a table missing altogether is one structure.tables finding, not one per row", () => {
    const t = skeleton({ litigation: "本年度未发生行政复议和行政诉讼。" });
    const { report, findings } = readText(t);
    expect(report?.tables.litigation).toEqual(Array(15).fill(null));
    expect(findings.map((f) => f.rule)).toEqual(["structure.tables"]);
    expect(findings[0]?.message).toContain("表四");
    expect(report?.sections.find((s) => s.key === "litigation")?.text).toBe(
      "本年度未发生行政复议和行政诉讼。",
    );
  });
});
