import { describe, expect, it } from "vitest";
import { dateLine, findPublishDate, findTitle } from "./title.ts";

describe("findTitle", () => {
  it.each([
    [
      ["平顶山高新技术产业开发区遵化店镇 2023 年政府信息公开工作年度报告"],
      "平顶山高新技术产业开发区遵化店镇",
      2023,
      0,
      "平顶山高新技术产业开发区遵化店镇2023年政府信息公开工作年度报告",
    ],
    [
      ["- 1 -", "洪泽区人民政府", "2023 年政府信息公开工作年度报告"],
      "洪泽区人民政府",
      2023,
      2,
      "洪泽区人民政府2023年政府信息公开工作年度报告",
    ],
    [
      ["某某市生态环境局2021年度政府信息公开工作年度报告"],
      "某某市生态环境局",
      2021,
      0,
      "某某市生态环境局2021年度政府信息公开工作年度报告",
    ],
    [
      ["某某县人民政府二〇二〇年政府信息公开工作年度报告"],
      "某某县人民政府",
      2020,
      0,
      "某某县人民政府二〇二〇年政府信息公开工作年度报告",
    ],
    [
      ["某某区市场监督管理局２０２４年政府信息公开工作年度报告"],
      "某某区市场监督管理局",
      2024,
      0,
      "某某区市场监督管理局2024年政府信息公开工作年度报告",
    ],
    [
      ["淮安市人民政府2024年", "政府信息公开工作年度报告"],
      "淮安市人民政府",
      2024,
      1,
      "淮安市人民政府2024年政府信息公开工作年度报告",
    ],
  ])("%j → %s, %i", (lines, agency, year, line, title) => {
    const t = findTitle(lines);
    expect([t.agency, t.year, t.line, t.title]).toEqual([agency, year, line, title]);
  });

  it("no title among prose", () => {
    expect(findTitle(["本年度严格落实《条例》要求。", "一、总体情况"])).toEqual({
      title: null,
      agency: null,
      year: null,
      line: -1,
    });
  });

  it("a year title without an agency above keeps agency null", () => {
    expect(findTitle(["2023年政府信息公开工作年度报告"]).agency).toBeNull();
  });
});

describe("publication date", () => {
  it.each([
    ["2024年1月20日", "2024-01-20"],
    ["2024 年 1 月 20 日", "2024-01-20"],
    ["２０２４年１月２０日", "2024-01-20"],
    ["二〇二四年一月二十日", "2024-01-20"],
    ["二〇二四年一月三十一日", "2024-01-31"],
    ["2024-01-05", "2024-01-05"],
    ["发布日期：2024.1.5", "2024-01-05"],
    ["2024年2月30日", null],
    ["2024年1月20日召开会议", null],
  ])("%s → %s", (text, iso) => {
    expect(dateLine(text)).toBe(iso);
  });

  it("is taken from the four lines under the title or the last four, not from the middle", () => {
    const body = ["一、总体情况", "a", "b", "c", "d", "2023年5月1日", "e", "f", "g", "h"];
    const title = "某县2023年政府信息公开工作年度报告";
    expect(findPublishDate([title, ...body], 0)).toBeNull();
    expect(findPublishDate([title, ...body, "某县人民政府", "2024年1月20日"], 0)).toEqual({
      date: "2024-01-20",
      line: 12,
    });
    expect(findPublishDate([title, "2024年1月18日", ...body], 0)).toEqual({ date: "2024-01-18", line: 1 });
  });
});
