import { describe, expect, it } from "vitest";
import { FORMATS } from "../../domain/report/format/index.ts";
import { cleanLines } from "./clean-lines.ts";
import { ParsedDoc } from "./doc.ts";
import { findSections, prose } from "./sections.ts";

const headings = (lines: string[]) =>
  findSections(
    new ParsedDoc(cleanLines(lines.map((l) => ({ cells: [l], fromTable: false })))),
    FORMATS["2021"],
    0,
  ).map((h) => h.key);

describe("section headings", () => {
  it.each(["一、总体情况", "## 一、总体情况", "（一）总体情况", "1、总体情况", "一.总体情况", "总体情况"])(
    "`%s` is 一",
    (line) => {
      expect(headings([line])).toEqual(["overview"]);
    },
  );

  it.each([
    ["三、收到和处理政府信息公开申请的情况", "applications"],
    ["四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况", "litigation"],
    ["五、政府信息公开工作存在的主要问题及改进情况", "problems"],
    ["#### 六、其他需要报告的事项", "other"],
    ["二、主动公开政府信息的情况", "proactive"],
    ["四、政府信息公开行政复议行政诉讼情况", "litigation"],
  ])("wording variant `%s` is %s", (line, key) => {
    expect(headings([line])).toEqual([key]);
  });

  it("sub-headings, table rows and prose that start with a numeral are not sections", () => {
    expect(
      headings([
        "### 一、加强组织领导,政务公开工作机制逐步健全完善。",
        "四、结转下年度继续办理 0 0 0 0 0 0 0",
        "三、本年度办理结果",
        "（二）依申请公开情况。进一步规范依申请公开流程，畅通",
        "二、上年结转政府信息公开申请数量",
      ]),
    ).toEqual([]);
  });

  it("each section is taken once, in document order", () => {
    expect(
      headings([
        "一、总体情况",
        "一、总体情况",
        "三、收到和处理政府信息公开申请情况",
        "二、主动公开政府信息情况",
      ]),
    ).toEqual(["overview", "applications", "proactive"]);
  });
});

describe("prose", () => {
  it("joins lines a PDF extractor wrapped, keeps paragraphs and list items apart", () => {
    expect(
      prose([
        "2023 年，洪泽区人民政府坚持以习近平新时代中国特色社会",
        "主义思想为指导。",
        "（一）主动公开情况。",
        "- 1、认识不足；",
        "- 2、机制有待完善。",
      ]),
    ).toBe(
      "2023 年，洪泽区人民政府坚持以习近平新时代中国特色社会主义思想为指导。\n（一）主动公开情况。\n- 1、认识不足；\n- 2、机制有待完善。",
    );
  });
});
