import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { FORMATS } from "../../domain/report/format/index.ts";
import { emptyReport } from "../../domain/report/model.ts";
import { renderDocx } from "./docx.ts";
import { renderHtml } from "./html.ts";
import { docxParts, docxTables, spanNotation } from "./testing/docx-package.ts";
import { sampleReport } from "./testing/sample-report.ts";

/** The HTML tables in the same notation, as the reference the Word tables must match. */
function htmlTables(html: string): string[][][] {
  const $ = cheerio.load(html);
  return $("table")
    .toArray()
    .map((t) =>
      $(t)
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
        ),
    );
}

describe.each(["2021", "2019"] as const)("renderDocx, %s format", (version) => {
  it("writes the three tables with the same merges as the HTML (gridSpan, vMerge)", async () => {
    const report = version === "2021" ? sampleReport() : emptyReport("2019", 0);
    const parts = docxParts(await renderDocx(report));
    const tables = docxTables(parts["word/document.xml"] ?? "");
    expect(tables).toHaveLength(3);
    expect(tables.map(spanNotation)).toEqual(htmlTables(renderHtml(report)));
  });
});

describe("renderDocx", () => {
  it("merges the table 三 header with gridSpan and vMerge exactly as the official table", async () => {
    const parts = docxParts(await renderDocx(emptyReport("2021", 0)));
    const t3 = docxTables(parts["word/document.xml"] ?? "")[1] ?? [];
    const corner = FORMATS["2021"].applications.corner;
    const head = t3.slice(0, 3).map((row) => row.map((c) => `${c.text}|${c.gridSpan}|${c.vMerge ?? "-"}`));
    expect(head).toEqual([
      [`${corner}|3|restart`, "申请人情况|7|-"],
      ["|3|continue", "自然人|1|restart", "法人或其他组织|5|-", "总计|1|restart"],
      [
        "|3|continue",
        "|1|continue",
        "商业企业|1|-",
        "科研机构|1|-",
        "社会公益组织|1|-",
        "法律服务机构|1|-",
        "其他|1|-",
        "|1|continue",
      ],
    ]);
    // Every row covers the 10 grid columns.
    for (const row of t3) expect(row.reduce((s, c) => s + c.gridSpan, 0)).toBe(10);
    // 三、本年度办理结果 opens a merge that 21 rows continue.
    const results = t3.map((row) => row[0]);
    expect(results[5]).toMatchObject({ text: "三、本年度办理结果", vMerge: "restart" });
    expect(results.slice(6, 27).every((c) => c?.vMerge === "continue")).toBe(true);
    expect(results[27]).toMatchObject({ text: "四、结转下年度继续办理", gridSpan: 3, vMerge: null });
  });

  it("repeats header rows, keeps rows whole and fixes column widths to the type area", async () => {
    const xml = docxParts(await renderDocx(emptyReport("2021", 0)))["word/document.xml"] ?? "";
    const $ = cheerio.load(xml, { xml: true });
    const t3 = $("w\\:body > w\\:tbl").eq(1);
    expect(t3.find("w\\:tr").slice(0, 3).find("w\\:tblHeader")).toHaveLength(3);
    expect(t3.find("w\\:tblHeader")).toHaveLength(3);
    expect(t3.find("w\\:cantSplit")).toHaveLength(28);
    const grid = t3
      .find("w\\:gridCol")
      .toArray()
      .map((c) => Number($(c).attr("w:w")));
    expect(grid).toHaveLength(10);
    // The type area: page width minus the left and right margins as written in w:pgMar.
    expect(grid.reduce((a, b) => a + b, 0)).toBe(11906 - 1587 - 1474);
    expect(t3.find("w\\:tblLayout").attr("w:type")).toBe("fixed");
  });

  it("is an A4 portrait page with the GB/T 9704 margins and a — N — page number", async () => {
    const parts = docxParts(await renderDocx(sampleReport()));
    const $ = cheerio.load(parts["word/document.xml"] ?? "", { xml: true });
    const size = $("w\\:sectPr > w\\:pgSz");
    expect([size.attr("w:w"), size.attr("w:h"), size.attr("w:orient")]).toEqual([
      "11906",
      "16838",
      "portrait",
    ]);
    const margin = $("w\\:sectPr > w\\:pgMar");
    // 37, 35, 28, 26 mm in twips.
    expect(["top", "bottom", "left", "right"].map((s) => margin.attr(`w:${s}`))).toEqual([
      "2098",
      "1984",
      "1587",
      "1474",
    ]);
    const footer = Object.entries(parts).find(([p]) => /^word\/footer\d*\.xml$/.test(p))?.[1] ?? "";
    const $f = cheerio.load(footer, { xml: true });
    expect($f("w\\:t").text()).toBe("—  —");
    expect($f("w\\:instrText").text()).toMatch(/PAGE/);
  });

  it("sets the official fonts in styles and names their fallbacks in the font table", async () => {
    const parts = docxParts(await renderDocx(sampleReport()));
    const $ = cheerio.load(parts["word/styles.xml"] ?? "", { xml: true });
    const style = (id: string) => $(`w\\:style[w\\:styleId="${id}"]`);
    const font = (el: ReturnType<typeof style>) => el.find("w\\:rFonts").attr("w:eastAsia");
    const size = (el: ReturnType<typeof style>) => el.find("w\\:sz").attr("w:val");
    expect([font(style("Title")), size(style("Title"))]).toEqual(["方正小标宋简体", "44"]);
    expect([font(style("Heading1")), size(style("Heading1"))]).toEqual(["黑体", "32"]);
    expect([font(style("GkTableText")), size(style("GkTableText"))]).toEqual(["宋体", "21"]);
    const defaults = $("w\\:docDefaults");
    expect([defaults.find("w\\:rFonts").attr("w:eastAsia"), defaults.find("w\\:sz").attr("w:val")]).toEqual([
      "仿宋_GB2312",
      "32",
    ]);
    expect(defaults.find("w\\:spacing").attr("w:lineRule")).toBe("exact");
    const fonts = cheerio.load(parts["word/fontTable.xml"] ?? "", { xml: true });
    const alt = (name: string) => fonts(`w\\:font[w\\:name="${name}"] > w\\:altName`).attr("w:val");
    expect([alt("仿宋_GB2312"), alt("方正小标宋简体"), alt("楷体_GB2312")]).toEqual(["仿宋", "宋体", "楷体"]);
  });

  it("keeps a title that fits one line whole", async () => {
    const report = emptyReport("2021", 0);
    report.agency = "某某镇";
    report.year = 2023;
    const xml = docxParts(await renderDocx(report))["word/document.xml"] ?? "";
    const $ = cheerio.load(xml, { xml: true });
    const titles = $('w\\:pStyle[w\\:val="Title"]')
      .closest("w\\:p")
      .toArray()
      .map((p) => $(p).text());
    expect(titles).toEqual(["某某镇2023年政府信息公开工作年度报告"]);
  });

  it("prints title, headings, prose and the signature in order", async () => {
    const xml = docxParts(await renderDocx(sampleReport()))["word/document.xml"] ?? "";
    const $ = cheerio.load(xml, { xml: true });
    const paragraphs = $("w\\:body > w\\:p")
      .toArray()
      .map((p) => ({ style: $(p).find("w\\:pStyle").attr("w:val") ?? "", text: $(p).find("w\\:t").text() }))
      .filter((p) => p.text !== "");
    // 28 characters do not fit one 20-character line of 二号 type: cut before the year, not mid-phrase.
    expect(paragraphs.slice(0, 2)).toEqual([
      { style: "Title", text: "示例县人民政府办公室" },
      { style: "Title", text: "2023年政府信息公开工作年度报告" },
    ]);
    expect(paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text)).toEqual(
      FORMATS["2021"].sections.map((s) => `${s.number}、${s.label}`),
    );
    expect(paragraphs.slice(-2).map((p) => p.text)).toEqual(["示例县人民政府办公室", "2024年1月22日"]);
  });
});
