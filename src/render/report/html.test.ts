import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { applicationRowIndex, FORMATS } from "../../domain/report/format/index.ts";
import { emptyReport } from "../../domain/report/model.ts";
import { renderHtml } from "./html.ts";
import { sampleReport } from "./testing/sample-report.ts";

type Doc = ReturnType<typeof cheerio.load>;

/** Each row of a table as "text[colspan x rowspan]" for the cells that span, plain text otherwise. */
function rowsOf($: Doc, selector: string): string[][] {
  return $(selector)
    .find("tr")
    .toArray()
    .map((tr) =>
      $(tr)
        .children("th,td")
        .toArray()
        .map((c) => {
          const cs = Number($(c).attr("colspan") ?? 1);
          const rs = Number($(c).attr("rowspan") ?? 1);
          return cs > 1 || rs > 1 ? `${$(c).text()}[${cs}x${rs}]` : $(c).text();
        }),
    );
}

const corner = FORMATS["2021"].applications.corner;

describe("renderHtml table 三", () => {
  const $ = cheerio.load(renderHtml(emptyReport("2021", 0)));
  const rows = rowsOf($, "table.gk-table-applications");

  it("has the official merged header: corner over 3×3, 申请人情况 over 7, 法人或其他组织 over 5", () => {
    expect(rows.slice(0, 3)).toEqual([
      [`${corner}[3x3]`, "申请人情况[7x1]"],
      ["自然人[1x2]", "法人或其他组织[5x1]", "总计[1x2]"],
      ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
    ]);
    expect($("table.gk-table-applications thead tr")).toHaveLength(3);
  });

  it("spans 三、本年度办理结果 over the 22 result rows and each group over its items", () => {
    const labels = rows.slice(3).map((r) => r.filter((c) => !/^\d+$/.test(c)));
    expect(labels[0]).toEqual(["一、本年新收政府信息公开申请数量[3x1]"]);
    expect(labels[1]).toEqual(["二、上年结转政府信息公开申请数量[3x1]"]);
    expect(labels[2]).toEqual(["三、本年度办理结果[1x22]", "（一）予以公开[2x1]"]);
    expect(labels[3]).toEqual(["（二）部分公开（区分处理的，只计这一情形，不计其他情形）[2x1]"]);
    expect(labels[4]).toEqual(["（三）不予公开[1x8]", "1.属于国家秘密"]);
    expect(labels[5]).toEqual(["2.其他法律行政法规禁止公开"]);
    expect(labels[12]).toEqual(["（四）无法提供[1x3]", "1.本机关不掌握相关政府信息"]);
    expect(labels[15]).toEqual(["（五）不予处理[1x5]", "1.信访举报投诉类申请"]);
    expect(labels[20]).toEqual([
      "（六）其他处理[1x3]",
      "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    ]);
    expect(labels[22]).toEqual(["3.其他"]);
    expect(labels[23]).toEqual(["（七）总计[2x1]"]);
    expect(labels[24]).toEqual(["四、结转下年度继续办理[3x1]"]);
    expect(rows.slice(3).every((r) => r.filter((c) => /^\d+$/.test(c)).length === 7)).toBe(true);
  });

  it("spans 三、本年度办理结果 over 20 rows in the 2019 format, where （六） is one row", () => {
    const $2019 = cheerio.load(renderHtml(emptyReport("2019", 0)));
    const labels = rowsOf($2019, "table.gk-table-applications").flat();
    expect(labels).toContain("三、本年度办理结果[1x20]");
    expect(labels).toContain("（六）其他处理[2x1]");
  });

  it("marks headers with scope: columns col, row labels row", () => {
    const t = $("table.gk-table-applications");
    expect(
      t
        .find("thead th")
        .toArray()
        .every((th) => $(th).attr("scope") === "col"),
    ).toBe(true);
    expect(
      t
        .find("tbody th")
        .toArray()
        .every((th) => $(th).attr("scope") === "row"),
    ).toBe(true);
    expect(t.find("tbody td")).toHaveLength(25 * 7);
    expect(t.find("caption").text()).toBe("政府信息公开申请办理情况统计表");
  });
});

describe("renderHtml tables 二 and 四", () => {
  const $ = cheerio.load(renderHtml(emptyReport("2021", 0)));

  it("gives table 四 行政复议 over 5, 行政诉讼 over 10, each suit kind over 5", () => {
    const rows = rowsOf($, "table.gk-table-litigation");
    expect(rows[0]).toEqual(["行政复议[5x1]", "行政诉讼[10x1]"]);
    expect(rows[1]).toEqual([
      "结果维持[1x2]",
      "结果纠正[1x2]",
      "其他结果[1x2]",
      "尚未审结[1x2]",
      "总计[1x2]",
      "未经复议直接起诉[5x1]",
      "复议后起诉[5x1]",
    ]);
    expect(rows[2]).toHaveLength(10);
    expect(rows[3]).toEqual(Array(15).fill("0"));
  });

  it("gives each table 二 block its own tbody opened by its 第二十条 heading across the table", () => {
    const bodies = $("table.gk-table-proactive tbody").toArray();
    expect(bodies).toHaveLength(4);
    expect(rowsOf($, "table.gk-table-proactive")).toEqual([
      ["第二十条第（一）项[4x1]"],
      ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      ["规章", "0", "0", "0"],
      ["行政规范性文件", "0", "0", "0"],
      ["第二十条第（五）项[4x1]"],
      ["信息内容", "本年处理决定数量[3x1]"],
      ["行政许可", "0[3x1]"],
      ["第二十条第（六）项[4x1]"],
      ["信息内容", "本年处理决定数量[3x1]"],
      ["行政处罚", "0[3x1]"],
      ["行政强制", "0[3x1]"],
      ["第二十条第（八）项[4x1]"],
      ["信息内容", "本年收费金额（单位：万元）[3x1]"],
      ["行政事业性收费", "0[3x1]"],
    ]);
    expect($(bodies[0]).find("th").first().attr("scope")).toBe("rowgroup");
  });
});

describe("renderHtml page and fragment", () => {
  it("is a complete zh-CN UTF-8 page with screen, phone and A4 print styles", () => {
    const html = renderHtml(sampleReport());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    const $ = cheerio.load(html);
    expect($("meta[charset]").attr("charset")).toBe("utf-8");
    expect($("meta[name=viewport]")).toHaveLength(1);
    expect($("title").text()).toBe("示例县人民政府办公室2023年政府信息公开工作年度报告");
    expect($("h1").text()).toBe($("title").text());
    expect(
      $("h2")
        .toArray()
        .map((h) => $(h).text()),
    ).toEqual(FORMATS["2021"].sections.map((s) => `${s.number}、${s.label}`));
    const css = $("style").text();
    expect(css).toMatch(/@page\s*{\s*size: A4;\s*margin: 37mm 26mm 35mm 28mm;/);
    expect(css).toContain("@media print");
    expect(css).toContain("@media (max-width");
    expect(css).toMatch(/"仿宋_GB2312", "仿宋", "FangSong"/);
    expect($("footer.gk-signature time").attr("datetime")).toBe("2024-01-22");
  });

  it("renders a fragment: one <article>, no page, no style", () => {
    const html = renderHtml(sampleReport(), { standalone: false });
    expect(html.startsWith('<article class="gk-report" lang="zh-CN" data-format="2021">')).toBe(true);
    expect(html).not.toMatch(/<html[\s>]|<head>|<style|<body/);
  });

  it("escapes text from the report", () => {
    const report = emptyReport("2021", 0);
    report.agency = '<script>alert("x")</script>';
    report.year = 2023;
    report.sections[0] = { key: "overview", heading: "一、总体情况", text: "A & B <b>粗</b> 'q'" };
    const html = renderHtml(report);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("<p>A &amp; B &lt;b&gt;粗&lt;/b&gt; &#39;q&#39;</p>");
    expect(cheerio.load(html)("h1").text()).toBe('<script>alert("x")</script>2023年政府信息公开工作年度报告');
  });

  it("marks null cells with gk-null and highlighted cells with gk-highlight", () => {
    const report = emptyReport("2021", 0);
    const format = FORMATS["2021"];
    const row = applicationRowIndex(format, "unableNotHeld");
    report.tables.applications[row] = [3, null, 0, 0, 0, 0, 3];
    report.tables.litigation[4] = null;
    const $ = cheerio.load(
      renderHtml(report, {
        highlight: [
          { table: "applications", row, col: 6 },
          { table: "proactive", row: "fees", col: "amount" },
        ],
      }),
    );
    const nulls = $("td.gk-null").toArray();
    expect(
      nulls.map((td) => [$(td).attr("data-table"), $(td).attr("data-row"), $(td).attr("data-col")]),
    ).toEqual([
      ["applications", String(row), "1"],
      ["litigation", "0", "4"],
    ]);
    expect(nulls.every((td) => $(td).text() === "")).toBe(true);
    const marked = $("td.gk-highlight").toArray();
    expect(marked.map((td) => $(td).text())).toEqual(["0", "3"]);
    expect($(marked[1]).attr("data-row")).toBe(String(row));
  });
});
