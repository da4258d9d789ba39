import { describe, expect, it } from "vitest";
import type { DocLine } from "../types.ts";
import { decodeHtml } from "./decode-html.ts";
import { htmlToLines } from "./html-lines.ts";
import { HUAIAN_2024, samplePage } from "./sample-page.fixture.ts";

const rows = (lines: DocLine[]) => lines.filter((l) => l.fromTable).map((l) => l.cells);
const prose = (lines: DocLine[]) => lines.filter((l) => !l.fromTable).map((l) => l.cells.join(""));

describe("htmlToLines on a whole saved page", () => {
  const lines = htmlToLines(samplePage(HUAIAN_2024));

  it("keeps the report and drops navigation, sidebar, tools, related links, footer and scripts", () => {
    const text = prose(lines);
    expect(text[0]).toBe("淮安市人民政府2024年政府信息公开工作年度报告");
    expect(text).toContain("一、总体情况");
    expect(text.at(-1)).toBe("2024年，本机关未收取信息处理费。");
    const all = lines.map((l) => l.cells.join("|")).join("\n");
    for (const chrome of [
      "政务公开栏目",
      "年报栏目",
      "相关链接",
      "打印本页",
      "关闭窗口",
      "ICP备案",
      "无障碍",
      "当前位置",
      "var nav",
    ]) {
      expect(all).not.toContain(chrome);
    }
  });

  it("keeps the publication line with its date", () => {
    expect(prose(lines)[1]).toMatch(/^发布日期：2025-01-20/);
  });

  it("expands rowspan and colspan: every row of table 三 lists its labels then 7 numbers", () => {
    const t = rows(lines);
    expect(t).toContainEqual([
      "三、本年度办理结果",
      "（三）不予公开",
      "8.属于行政查询事项",
      "105",
      "0",
      "0",
      "0",
      "0",
      "0",
      "105",
    ]);
    expect(t).toContainEqual([
      "三、本年度办理结果",
      "（七）总计",
      "（七）总计",
      "2932",
      "53",
      "0",
      "0",
      "61",
      "4",
      "3050",
    ]);
    // The corner cell spans three rows and three columns; 商业<br>企业 reads as one label.
    expect(t).toContainEqual([
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
      "自然人",
      "商业企业",
      "科研机构",
      "社会公益组织",
      "法律服务机构",
      "其他",
      "总计",
    ]);
    expect(t).toContainEqual(["行政许可", "447228", "447228", "447228"]);
    expect(t).toContainEqual([
      "72",
      "64",
      "178",
      "37",
      "351",
      "13",
      "4",
      "8",
      "1",
      "26",
      "12",
      "1",
      "1",
      "6",
      "20",
    ]);
  });

  it("puts the tables between their headings, in document order", () => {
    const order = lines.map((l) => l.cells[0]);
    const h3 = order.indexOf("三、收到和处理政府信息公开申请情况");
    const h4 = order.indexOf("四、政府信息公开行政复议、行政诉讼情况");
    expect(lines[h3 + 1]?.fromTable).toBe(true);
    expect(lines[h4 - 1]?.cells[0]).toBe("四、结转下年度继续办理");
  });
});

describe("htmlToLines on awkward markup", () => {
  const cases: [string, string, string[][]][] = [
    [
      "&nbsp;, <br> and <p> inside cells",
      "<table><tr><td>&nbsp;（三）<br>不予公开&nbsp;</td><td><p>1.属于</p><p>国家秘密</p></td><td>&nbsp;2&nbsp;</td></tr></table>",
      [["（三）不予公开", "1.属于国家秘密", "2"]],
    ],
    [
      "a rowspan reaching past the last row is clamped",
      "<table><tr><td rowspan=9>A</td><td>1</td></tr><tr><td>2</td></tr></table>",
      [
        ["A", "1"],
        ["A", "2"],
      ],
    ],
    [
      "ragged rows are padded, header and body sections read in order",
      "<table><thead><tr><th>a</th><th>b</th><th>c</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>",
      [
        ["a", "b", "c"],
        ["1", "", ""],
      ],
    ],
    [
      "a nested layout table: the outer one is a frame, the inner one is data",
      `<table><tr><td><p>正文开始</p><table><tr><td>规章</td><td>1</td></tr></table><p>正文结束</p></td></tr></table>`,
      [["规章", "1"]],
    ],
  ];
  it.each(cases)("%s", (_name, html, expected) => {
    expect(rows(htmlToLines(html, { wholeDocument: true }))).toEqual(expected);
  });

  it("reads a page laid out with one table around everything without losing the report", () => {
    const page = `<html><body><table width="100%"><tr><td class="menu"><a href="/a">首页</a><a href="/b">机构</a></td>
<td><h2>某局2023年政府信息公开工作年度报告</h2><p>一、总体情况</p><p>${"本局认真贯彻落实条例。".repeat(40)}</p>
<table border=1><tr><td>行政许可</td><td>12</td><td>3</td><td>4</td><td>5</td></tr></table></td></tr></table></body></html>`;
    const lines = htmlToLines(page);
    expect(prose(lines).slice(0, 2)).toEqual(["某局2023年政府信息公开工作年度报告", "一、总体情况"]);
    expect(rows(lines)).toEqual([["行政许可", "12", "3", "4", "5"]]);
    expect(lines.map((l) => l.cells.join("")).join("")).not.toContain("机构");
  });

  it("splits prose at <br> and block elements, collapsing white space between Chinese characters", () => {
    const lines = htmlToLines("<div>第一行<br>第 二 行<p>第三行</p>尾</div>", { wholeDocument: true });
    expect(prose(lines)).toEqual(["第一行", "第二行", "第三行", "尾"]);
  });
});

describe("decodeHtml", () => {
  const page =
    '<html><head><meta charset="gb2312"></head><body><p>政府信息公开工作年度报告</p></body></html>';

  it("decodes a GBK page by its meta charset", () => {
    // GBK bytes of 政府信息公开工作年度报告, written out by hand from the GB2312 code table.
    const gbk = [0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2, 0xb9, 0xab, 0xbf, 0xaa];
    const tail = [0xb9, 0xa4, 0xd7, 0xf7, 0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6];
    const [before, after] = page.split("政府信息公开工作年度报告") as [string, string];
    const bytes = Uint8Array.from([...Buffer.from(before), ...gbk, ...tail, ...Buffer.from(after)]);
    expect(decodeHtml(bytes)).toBe(page);
  });

  it("trusts the bytes over a stale meta charset when they are valid UTF-8", () => {
    expect(decodeHtml(new TextEncoder().encode(page))).toBe(page);
  });

  it("follows a UTF-16 byte-order mark", () => {
    const body = Buffer.from(page, "utf16le");
    expect(decodeHtml(Uint8Array.from([0xff, 0xfe, ...body]))).toBe(page);
  });
});
