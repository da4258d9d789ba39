import { describe, expect, it } from "vitest";
import { parseFigure } from "./chinese-number.ts";
import { normalizeProse } from "./prose.ts";
import { extractFigures } from "./prose-figures.ts";

const figures = (text: string, year: number | null = 2024) =>
  extractFigures(normalizeProse(text), year).map((f) => `${f.key}=${f.value}`);

// A real report on 2024 (淮安市人民政府), as a PDF extractor breaks its lines.
const HUAIAN = `2024 年，全市共受理政府信息公开申请 3119 件，答
复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度
答复），均在法定期限内予以答复。政府信息公开行政复议 351
件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚
未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25
件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。`;

describe("extractFigures", () => {
  it("reads every figure of a real paragraph, across line breaks, in prose order", () => {
    expect(figures(HUAIAN)).toEqual([
      "new=3119",
      "total=3050",
      "carriedOver=34",
      "carriedForward=103",
      "reconsideration.total=351",
      "reconsideration.upheld=72",
      "reconsideration.corrected=64",
      "reconsideration.other=178",
      "reconsideration.pending=37",
      "suit.total=46",
      "suit.upheld=25",
      "suit.corrected=5",
      "suit.other=9",
      "suit.pending=7",
    ]);
  });

  it.each([
    ["收到政府信息公开申请 21 件", ["new=21"]],
    [
      "本年度新收政府信息公开申请 8 件，上年结转 2 件，办结 9 件，结转下年度继续办理 1 件",
      ["new=8", "carriedOver=2", "total=9", "carriedForward=1"],
    ],
    ["共收到 21 件政府信息公开申请", ["new=21"]],
    ["共办理依申请公开事项 17 件", ["total=17"]],
    ["有 2 件申请需结转至下一年度办理", ["carriedForward=2"]],
    ["被申请行政复议 2 件，提起行政诉讼 1 起", ["reconsideration.total=2", "suit.total=1"]],
    ["行政复议和行政诉讼案件均为 0 件", ["reconsideration.total=0", "suit.total=0"]],
    ["共收到政府信息公开申请 3,119 件", ["new=3119"]],
    ["上年结转申请已全部办结，共办结 20 件", ["total=20"]],
    ["共收到政府信息公开申请 ２１ 件", ["new=21"]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it("reads Chinese numerals", () => {
    expect(figures("本年度共收到十二件政府信息公开申请，办结十件，两件结转至下一年度办理。")).toEqual([
      "new=12",
      "total=10",
      "carriedForward=2",
    ]);
  });

  it.each([
    [
      "figures of other things",
      "2023 年，我区在政府网站平台主动公开政府信息 1136 条，办理人大代表建议 35 件，答复网民留言 300 件。",
    ],
    [
      "dates, years and phone numbers",
      "统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日，电话：0517-87222589，国令第 711 号。",
    ],
    ["another year", "2023 年受理政府信息公开申请 30 件。"],
    ["last year", "上年度共受理政府信息公开申请 20 件，办结 20 件。"],
    ["a comparison", "较上年受理申请 12 件"],
    ["results and refusals", "予以公开答复 5 件，不予受理 2 件。"],
    ["running totals", "条例施行以来累计受理政府信息公开申请 500 件。"],
    ["a count of the carried-over", "上年结转的申请已全部办结 20 件。"],
    ["reconsideration applications are not disclosure applications", "收到行政复议申请 2 件"],
    ["a combined count that cannot be split", "发生行政复议、行政诉讼 5 件"],
    ["vague or approximate amounts", "受理申请三四件，办结 30 余件"],
  ])("ignores %s", (_, text) => {
    expect(figures(text).filter((f) => !f.startsWith("reconsideration"))).toEqual([]);
  });

  it("takes the whole, not its parts", () => {
    const text =
      "共收到政府信息公开申请 25 件，其中通过网络受理申请 15 件，当面受理申请 10 件；其中办结 20 件。";
    expect(figures(text)).toEqual(["new=25"]);
  });

  it("keeps a figure dated this year and drops it under another report year", () => {
    const text = "2023 年全区受理政府信息公开申请 21 件，均在法定期限答复。";
    expect(figures(text, 2023)).toEqual(["new=21"]);
    expect(figures(text, 2024)).toEqual([]);
    expect(figures(text, null)).toEqual(["new=21"]);
  });

  it("states each figure once", () => {
    expect(figures("受理申请 5 件。……全年受理申请 5 件。")).toEqual(["new=5"]);
  });
});

describe("parseFigure", () => {
  it.each([
    ["0", 0],
    ["3,119", 3119],
    ["两", 2],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["一百零五", 105],
    ["一千零二十", 1020],
    ["二〇二四", 2024],
  ])("%s → %d", (text, value) => {
    expect(parseFigure(text)).toBe(value);
  });

  it.each(["三四", "十十", "三四十", "", "百千", "1,23"])("refuses %s", (text) => {
    expect(parseFigure(text)).toBeNull();
  });
});
