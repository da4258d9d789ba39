import { describe, expect, it } from "vitest";
import type { DocLine } from "../types.ts";
import { cleanLines } from "./clean-lines.ts";

const text = (...lines: string[]): DocLine[] => lines.map((l) => ({ cells: [l], fromTable: false }));
const texts = (lines: DocLine[]) => lines.map((l) => l.cells.join("|"));

describe("cleanLines", () => {
  it.each(["- 4 -", "—4—", "-12-", "- 1000 -", " － 3 － ", "第4页", "第 4 页 共 6 页", "第4页，共6页"])(
    "drops the page footer `%s`",
    (footer) => {
      expect(texts(cleanLines(text("a", footer, "b")))).toEqual(["a", "b"]);
    },
  );

  it.each(["4", "-4", "— 0 0", "第二十条第（一）项"])("keeps `%s`, which is no footer", (line) => {
    expect(texts(cleanLines(text(line)))).toEqual([line.trim()]);
  });

  it("joins a header printed one character per line, keeps short runs and numbers apart", () => {
    expect(
      texts(cleanLines(text("三", "、", "本", "年", "度", "办", "理", "结", "果", "0", "规章", "行政许可"))),
    ).toEqual(["三、本年度办理结果", "0", "规章", "行政许可"]);
  });

  it("drops blank lines and markdown heading marks, keeps table rows as they are", () => {
    expect(
      cleanLines([
        { cells: ["## 一、总体情况"], fromTable: false },
        { cells: ["  ", ""], fromTable: false },
        { cells: ["- 4 -", ""], fromTable: true },
      ]),
    ).toEqual([
      { cells: ["一、总体情况"], fromTable: false },
      { cells: ["- 4 -", ""], fromTable: true },
    ]);
  });
});

describe("cleanLines: radicals for ideographs", () => {
  it("folds Kangxi and supplement radicals (a PDF's text layer) in text and table cells", () => {
    const lines = cleanLines([
      { cells: ["淮安市⼈⺠政府2024年政府信息公开⼯作年度报告"], fromTable: false },
      { cells: ["⻓期", "⻔户", "3"], fromTable: true },
    ]);
    expect(lines.map((l) => l.cells)).toEqual([
      ["淮安市人民政府2024年政府信息公开工作年度报告"],
      ["长期", "门户", "3"],
    ]);
  });
});
