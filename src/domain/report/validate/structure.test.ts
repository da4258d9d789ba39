import { describe, expect, it } from "vitest";
import { emptyReport, type ReportModel, type ReportSection } from "../model.ts";
import { validateReport } from "./index.ts";

const messages = (rule: string, report: ReportModel) =>
  validateReport(report)
    .filter((f) => f.rule === rule)
    .map((f) => f.message);

describe("structure.sections", () => {
  it("passes the six sections in order, ignoring unrecognised headings", () => {
    const report = emptyReport("2021", 0);
    report.sections.splice(1, 0, { key: null, heading: "（一）主动公开情况", text: "" });
    expect(messages("structure.sections", report)).toEqual([]);
  });

  it("names every missing section in one finding", () => {
    const report = emptyReport("2021", 0);
    report.sections = report.sections.filter((s) => s.key !== "problems" && s.key !== "other");
    expect(messages("structure.sections", report)).toEqual([
      "报告缺少“五、存在的主要问题及改进情况”、“六、其他需要报告的事项”部分。年度报告应依次包含一、二、三、四、五、六共 6 个部分，请补上缺少的部分",
    ]);
  });

  it("uses the 2019 wording of section 五 for a 2019 report", () => {
    const report = emptyReport("2019", 0);
    report.sections = report.sections.filter((s) => s.key !== "problems");
    expect(messages("structure.sections", report)[0]).toContain(
      "“五、政府信息公开工作存在的主要问题及改进情况”",
    );
  });

  it("reports a repeated section and a wrong order", () => {
    const report = emptyReport("2021", 0);
    const [a, b, c, d, e, f] = report.sections;
    const again: ReportSection = { key: "overview", heading: "一、总体情况", text: "" };
    report.sections = [a, b, d, c, e, f, again].flatMap((s) => (s ? [s] : []));
    expect(messages("structure.sections", report)).toEqual([
      "“一、总体情况”部分出现了不止一次，请合并为一个部分",
      "各部分顺序不对：报告中的顺序是 一、二、四、三、五、六，应为 一、二、三、四、五、六，请按格式调整顺序",
    ]);
  });
});

describe("structure.tables", () => {
  it("passes a complete report", () => {
    expect(messages("structure.tables", emptyReport("2021", 0))).toEqual([]);
  });

  it("lists the null cells of each row, table by table", () => {
    const report = emptyReport("2021", 0);
    report.tables.proactive.regulations = { issued: null, abolished: 0, inForce: null };
    const row = report.tables.applications[12] as (number | null)[];
    row[0] = null;
    row[6] = null;
    report.tables.litigation[14] = null;
    const findings = validateReport(report).filter((f) => f.rule === "structure.tables");
    expect(findings.map((f) => f.message)).toEqual([
      "表二“第二十条第（一）项 · 规章”行的 本年制发件数、现行有效件数 空白或无法识别，请填写数字（没有的填 0）",
      "表三“（四）1.本机关不掌握相关政府信息”行的 自然人、总计 空白或无法识别，请填写数字（没有的填 0）",
      "表四的 行政诉讼 · 复议后起诉 · 总计 空白或无法识别，请填写数字（没有的填 0）",
    ]);
    expect(findings[1]?.cells).toEqual([
      { table: "applications", row: 12, col: 0 },
      { table: "applications", row: 12, col: 6 },
    ]);
  });

  it("reports rows and columns of table 二 that are missing or not in the format", () => {
    const report = emptyReport("2021", 0);
    delete report.tables.proactive.enforcement;
    report.tables.proactive.regulations = { issued: 0, abolished: 0, made: 1 };
    report.tables.proactive.otherServices = { previousYear: 3 };
    expect(messages("structure.tables", report)).toEqual([
      "表二“第二十条第（一）项 · 规章”行缺少“现行有效件数”，请按格式补上",
      "表二“第二十条第（一）项 · 规章”行多出格式中没有的列：made",
      "表二缺少“第二十条第（六）项 · 行政强制”一行，请按格式补上",
      "表二多出格式中没有的一行：otherServices（2021 格式不含这一行），请删除或改为格式中的行",
    ]);
  });

  it("explains a 2021 report that printed （六）其他处理 as one row, without listing its null items", () => {
    const report = emptyReport("2021", 0);
    report.tables.applications[20] = Array(7).fill(null);
    report.tables.applications[21] = Array(7).fill(null);
    report.collapsedGroups = ["otherHandling"];
    const findings = validateReport(report).filter((f) => f.rule === "structure.tables");
    expect(findings.map((f) => f.message)).toEqual([
      "2021 格式的报告把（六）其他处理印成一行（2019 年试行格式的写法），格式要求分 3 项填报。" +
        "这一行的数字按“（六）3.其他”计，其余各项按 0 核对；请按格式分项填报",
    ]);
    expect(findings[0]?.cells).toHaveLength(21);
  });

  it("still lists a null in the row that holds a collapsed group's numbers", () => {
    const report = emptyReport("2021", 0);
    report.tables.applications[20] = Array(7).fill(null);
    report.tables.applications[21] = Array(7).fill(null);
    (report.tables.applications[22] as (number | null)[])[3] = null;
    report.collapsedGroups = ["otherHandling"];
    expect(messages("structure.tables", report)).toHaveLength(2);
    expect(messages("structure.tables", report)[1]).toContain("“（六）3.其他”行的 社会公益组织");
  });

  it("reports a table 三 or 四 of the wrong size instead of checking it", () => {
    const report = emptyReport("2021", 0);
    report.tables.applications.pop();
    report.tables.litigation.push(0);
    const findings = validateReport(report).filter((f) => f.severity === "error");
    expect(findings.map((f) => f.message)).toEqual([
      "表三应有 25 行数字（2021 格式），实际为 24 行，无法逐行核对",
      "表四应有 15 个数字，实际为 16 个，无法核对",
    ]);
  });
});
