import * as cheerio from "cheerio";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  bodyParagraph,
  headingParagraph,
  officialDocument,
  packDocx,
  signatureBlock,
  TYPE_AREA_WIDTH,
  titleParagraphs,
} from "./official-document.ts";
import { mm, textWidthEm } from "./units.ts";

/** Pack a document of the given blocks and return its body paragraphs as cheerio elements. */
async function body(children: Parameters<typeof officialDocument>[0]["children"]) {
  const bytes = await packDocx(officialDocument({ title: "测试", children }));
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"] ?? new Uint8Array());
  const $ = cheerio.load(xml, { xml: true });
  return { $, paragraphs: $("w\\:body > w\\:p").toArray() };
}

describe("units", () => {
  it.each([
    [0, 0],
    [25.4, 1440],
    [37, 2098],
    [35, 1984],
    [28, 1587],
    [26, 1474],
    [210, 11906],
    [297, 16838],
  ])("%d mm is %d twips", (millimetres, twips) => {
    expect(mm(millimetres)).toBe(twips);
  });

  it.each([
    ["某某县人民政府办公室", 10],
    ["2024年1月20日", 6.5],
    ["A1 ", 1.5],
    ["（一）", 3],
  ])("%s is %d em wide", (text, em) => {
    expect(textWidthEm(text)).toBe(em);
  });

  it("gives a 156 mm type area as Word stores it", () => {
    expect(TYPE_AREA_WIDTH).toBe(8845);
  });
});

describe("official-document blocks", () => {
  it("centres the date's signer over it and puts the date four characters from the right edge", async () => {
    // 16 pt characters are 320 twips. Signer 6 em, date 6.5 em: signer indent 4 + 0.25 em.
    const { $, paragraphs } = await body(signatureBlock({ signer: "某某县政府办", date: "2024年1月20日" }));
    expect(paragraphs).toHaveLength(5);
    const lines = paragraphs.slice(3).map((p) => ({
      text: $(p).find("w\\:t").text(),
      align: $(p).find("w\\:jc").attr("w:val"),
      right: $(p).find("w\\:ind").attr("w:right"),
    }));
    expect(lines).toEqual([
      { text: "某某县政府办", align: "right", right: "1360" },
      { text: "2024年1月20日", align: "right", right: "1280" },
    ]);
  });

  it("never indents a signer longer than its date past the edge; a lone signer takes the date's place", async () => {
    const rightIndents = async (block: ReturnType<typeof signatureBlock>) => {
      const { $, paragraphs } = await body(block);
      return paragraphs.map((p) => $(p).find("w\\:ind").attr("w:right") ?? "");
    };
    const long = signatureBlock({
      signer: "某某省某某市某某区人民政府办公室",
      date: "2024年1月20日",
      sealSpaceLines: 0,
    });
    expect(await rightIndents(long)).toEqual(["0", "1280"]);
    const alone = signatureBlock({ signer: "某某县政府办", date: null, sealSpaceLines: 1 });
    expect(await rightIndents(alone)).toEqual(["", "1280"]);
  });

  it("indents body text two characters unless told not to, and keeps headings with what follows", async () => {
    const { $, paragraphs } = await body([
      bodyParagraph("张三：", { indent: false }),
      bodyParagraph("正文。"),
      headingParagraph("一、事项"),
      headingParagraph("（一）细目", 2),
    ]);
    const ind = (i: number) => $(paragraphs[i]).find("w\\:ind");
    expect(ind(0)).toHaveLength(0);
    expect([ind(1).attr("w:firstLineChars"), ind(1).attr("w:firstLine")]).toEqual(["200", "640"]);
    const style = (i: number) => $(paragraphs[i]).find("w\\:pStyle").attr("w:val");
    expect([style(2), style(3)]).toEqual(["Heading1", "Heading2"]);
  });

  it("prints a long title on the lines given, the blank line only after the last", async () => {
    const { $, paragraphs } = await body(titleParagraphs(["关于某某事项的", "告知书"]));
    const after = paragraphs.map((p) => $(p).find("w\\:spacing").attr("w:after"));
    expect(after).toEqual(["0", undefined]);
    expect(paragraphs.map((p) => $(p).find("w\\:pStyle").attr("w:val"))).toEqual(["Title", "Title"]);
  });
});
