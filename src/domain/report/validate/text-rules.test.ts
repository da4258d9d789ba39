import { describe, expect, it } from "vitest";
import type { SectionKey } from "../format/types.ts";
import { emptyReport, type ReportModel } from "../model.ts";
import { validateReport } from "./index.ts";

function withText(texts: Partial<Record<SectionKey, string>>, year = 2024): ReportModel {
  const report = emptyReport("2021", 0);
  report.year = year;
  for (const section of report.sections) {
    if (section.key) section.text = texts[section.key] ?? "";
  }
  return report;
}

const messages = (rule: string, report: ReportModel, previous?: ReportModel) =>
  validateReport(report, { previous: previous ?? null })
    .filter((f) => f.rule === rule)
    .map((f) => f.message);

describe("text.fee", () => {
  it.each([
    "2024 年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 0 元。",
    "按照国办函〔2020〕109号规定的按件、按量收费标准，本年度没有产生政府信息公开处理费。",
    "本年度未收取信息处理费。",
    "本年度共收取信息处理费 120 元。",
    "本机关依申请提供政府信息，不收取费用。",
  ])("accepts %s", (other) => {
    expect(messages("text.fee", withText({ other }))).toEqual([]);
  });

  it("asks for the fee when section 六 does not mention it", () => {
    expect(messages("text.fee", withText({ other: "无其他需要报告的事项。" }))).toEqual([
      "“六、其他需要报告的事项”没有说明信息处理费的收取情况；即使未收取也应写明，例如“本年度未收取信息处理费”或“共收取信息处理费 120 元”",
    ]);
  });

  it("asks for the amount when the fee is named but not stated", () => {
    expect(messages("text.fee", withText({ other: "严格执行《政府信息公开信息处理费管理办法》。" }))).toEqual(
      [
        "“六、其他需要报告的事项”提到了信息处理费，但没有写明收取金额或未收取；请写明，例如“本年度未收取信息处理费”或“共收取信息处理费 120 元”",
      ],
    );
  });

  it("reports a missing section 六", () => {
    const report = withText({});
    report.sections = report.sections.filter((s) => s.key !== "other");
    expect(messages("text.fee", report)[0]).toMatch(/^报告没有“六、其他需要报告的事项”部分/);
  });
});

const GOOD_PROBLEMS = `一、存在的问题。一是政策解读形式较为单一，图解、视频解读占比偏低；二是个别部门答复文书规范性有待提升。
二、改进措施。针对上述问题，下一步将：（一）丰富解读形式；（二）开展答复文书评查。
三、上年度问题整改情况。针对上年度报告指出的主动公开栏目更新不及时的问题，已建立栏目月度巡查机制，整改完毕。`;

describe("text.generic", () => {
  it("accepts a section 五 with concrete problems, enumerated measures and last year's follow-up", () => {
    expect(messages("text.generic", withText({ problems: GOOD_PROBLEMS }))).toEqual([]);
  });

  it("accepts last year named by its number", () => {
    const text = GOOD_PROBLEMS.replaceAll("上年度", "2023 年度");
    expect(messages("text.generic", withText({ problems: text }))).toEqual([]);
    expect(messages("text.generic", withText({ problems: text }, 2025))).toHaveLength(1);
  });

  it("says everything a generic paragraph lacks", () => {
    const text = "我单位政府信息公开工作取得一定成效，但与上级要求和群众期盼相比，仍存在一定差距。";
    expect(messages("text.generic", withText({ problems: text }))).toEqual([
      "“五、存在的主要问题及改进情况”写得较笼统：内容过短（仅 40 字）；没有写出具体问题（如“……有待加强”“……不够规范”）；" +
        "问题或措施没有分条列出（如“一是……二是……”）；没有写出改进措施（如“下一步将……”“针对……”）；" +
        "没有说明上年度问题的整改情况（如“针对上年度……的问题，已……”）。请写明本年存在的具体问题、改进措施和上年问题的整改结果",
    ]);
  });

  it("names only last year's follow-up when that is all that is missing", () => {
    const text = GOOD_PROBLEMS.split("\n").slice(0, 2).join("\n");
    expect(messages("text.generic", withText({ problems: text }))).toEqual([
      "“五、存在的主要问题及改进情况”写得较笼统：没有说明上年度问题的整改情况（如“针对上年度……的问题，已……”）。请写明本年存在的具体问题、改进措施和上年问题的整改结果",
    ]);
  });

  it("reports a missing section 五", () => {
    const report = withText({});
    report.sections = report.sections.filter((s) => s.key !== "problems");
    expect(messages("text.generic", report)).toEqual([
      "报告没有“五、存在的主要问题及改进情况”部分，无法看到存在的问题和改进情况；请补上",
    ]);
  });
});

const OVERVIEW_2023 = `2023 年，区政府坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《条例》相关规范要求，
不断完善政府信息公开制度，建立健全政府信息公开保障机制，始终将政务公开工作摆在重要位置，推进政府信息公开工作规范、有序、
健康发展。主要通过政府门户网站主动公开政府文件、项目审批、通知公告等各类政府信息，全年受理政府信息公开申请 21 件，
均在法定期限答复。加强区政府门户网站及政务新媒体日常管理，运用第三方检测平台实行常态化监测，执行信息审核发布制度。`;
const OTHER_2023 =
  "2023 年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 0 元。";

describe("text.repeat", () => {
  const last = withText({ overview: OVERVIEW_2023, other: OTHER_2023 }, 2023);

  it("states the similarity and the sections copied when the prose is copied with new figures", () => {
    const copy = withText(
      {
        overview: OVERVIEW_2023.replaceAll("2023", "2024").replace("21 件", "17 件"),
        other: OTHER_2023.replace("2023", "2024"),
      },
      2024,
    );
    // 208 distinct 4-character shingles in the two sections (digit runs as one symbol), counted
    // independently of this code.
    const findings = validateReport(copy, { previous: last }).filter((f) => f.rule === "text.repeat");
    expect(findings.map((f) => f.message)).toEqual([
      "正文与上年（2023 年）报告的相似度为 100%（本年正文 208 个4字片段中有 208 个在上年报告中出现），" +
        "其中“一、总体情况”100%、“六、其他需要报告的事项”100%。请按本年实际情况撰写，不要照抄上年报告",
    ]);
    expect(findings[0]).toMatchObject({ severity: "warning", actual: 100 });
  });

  it("finds nothing in a rewritten report, and nothing without a previous report", () => {
    const rewritten = withText({ problems: GOOD_PROBLEMS, other: "本年度未收取信息处理费。" });
    expect(messages("text.repeat", rewritten, last)).toEqual([]);
    expect(messages("text.repeat", last)).toEqual([]);
  });

  it("judges nothing on too little prose", () => {
    const short = withText({ other: OTHER_2023.replace("2023", "2024") });
    expect(messages("text.repeat", short, last)).toEqual([]);
  });

  it("stays under the threshold when section 五 is new and section 一 copied (60 % similar)", () => {
    const mixed = withText({ overview: OVERVIEW_2023, other: GOOD_PROBLEMS }, 2024);
    expect(messages("text.repeat", mixed, last)).toEqual([]);
  });
});

describe("publish.deadline", () => {
  const published = (date: string | null, year: number | null = 2024) => {
    const report = emptyReport("2021", 0);
    report.year = year;
    report.publishDate = date;
    return report;
  };
  const deadlineFindings = (report: ReportModel, deadline?: string | null) =>
    validateReport(report, { deadline }).filter((f) => f.rule === "publish.deadline");

  it("passes on the deadline day itself", () => {
    expect(deadlineFindings(published("2025-01-31"))).toEqual([]);
  });

  it("counts the days late after 31 January of the next year", () => {
    const findings = deadlineFindings(published("2025-02-10"));
    expect(findings.map((f) => f.message)).toEqual([
      "报告发布日期为 2025-02-10，晚于发布期限 2025-01-31（晚 10 天）。条例第四十九条要求按期公布上一年度的年度报告",
    ]);
    expect(findings[0]).toMatchObject({ severity: "warning", actual: 10 });
  });

  it("uses a given deadline, e.g. 31 March for a government's report", () => {
    expect(deadlineFindings(published("2025-03-01"), "2025-03-31")).toEqual([]);
    expect(deadlineFindings(published("2025-04-02"), "2025-03-31")[0]?.actual).toBe(2);
  });

  it("gives a county-or-higher government until 31 March, its departments and townships until 31 January", () => {
    const of = (agency: string | null, date: string) => {
      const report = published(date);
      report.agency = agency;
      return deadlineFindings(report).map((f) => f.message);
    };
    for (const government of ["淮安市人民政府", "淮安市洪泽区人民政府", "江苏省人民政府", "某某县人民政府"]) {
      expect(of(government, "2025-03-20")).toEqual([]);
      expect(of(government, "2025-04-02")).toEqual([
        "报告发布日期为 2025-04-02，晚于发布期限 2025-03-31（晚 2 天）。条例第四十九条要求按期公布上一年度的年度报告",
      ]);
    }
    for (const other of ["淮安市人民政府办公室", "洪泽区教育局", "岔河镇人民政府", "某某乡人民政府", null]) {
      expect(of(other, "2025-02-10")).toHaveLength(1);
    }
  });

  it("finds nothing when the publish date or the year is unknown", () => {
    expect(deadlineFindings(published(null))).toEqual([]);
    expect(deadlineFindings(published("2030-01-01", null))).toEqual([]);
  });

  it("refuses a deadline that is not a date", () => {
    expect(() => deadlineFindings(published("2025-02-10"), "2025-02-30")).toThrow(/不是有效日期/);
  });
});
