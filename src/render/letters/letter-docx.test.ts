import * as cheerio from "cheerio";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { letterText } from "../../domain/letters/index.ts";
import { detectKind } from "../../ingest/detect.ts";
import { docxToLines } from "../../ingest/docx/index.ts";
import { letterTitleLines, packLetterDocx, renderLetterDocx } from "./letter-docx.ts";
import { FEE_NOTICE, HOSTILE } from "./letter-samples.test-support.ts";

describe("renderLetterDocx", () => {
  it("reads back with the report engine's Word reader: every line of the letter, in order", async () => {
    const bytes = await renderLetterDocx(FEE_NOTICE);
    expect(detectKind(bytes)).toBe("docx");
    const lines = (await docxToLines(bytes)).map((l) => l.cells.join(""));
    expect(lines).toEqual(letterText(FEE_NOTICE).split("\n"));
  });

  it("uses the official page and typography: A4, GB/T 9704 margins, centred number, indented body, signature at the right", async () => {
    const files = unzipSync(await renderLetterDocx(FEE_NOTICE));
    const $ = cheerio.load(strFromU8(files["word/document.xml"] ?? new Uint8Array()), { xml: true });
    expect($("w\\:pgSz").attr("w:w")).toBe("11906");
    expect($("w\\:pgSz").attr("w:h")).toBe("16838");
    expect($("w\\:pgMar").attr("w:top")).toBe("2098");
    expect($("w\\:pgMar").attr("w:left")).toBe("1587");
    const paragraphs = $("w\\:body > w\\:p").toArray();
    const text = (p: (typeof paragraphs)[number]) => $(p).find("w\\:t").text();
    const byText = (t: string) => paragraphs.find((p) => text(p) === t);
    expect($(byText("政府信息公开信息处理费收费通知书")).find("w\\:pStyle").attr("w:val")).toBe("Title");
    expect($(byText("一县政信费〔2026〕7号")).find("w\\:jc").attr("w:val")).toBe("center");
    expect($(byText("张三丰：")).find("w\\:ind").length).toBe(0);
    expect($(byText("特此通知。")).find("w\\:ind").attr("w:firstLineChars")).toBe("200");
    expect($(byText("甲市一县人民政府办公室")).find("w\\:jc").attr("w:val")).toBe("right");
    // Room for the seal: blank paragraphs just above the signer.
    const signer = paragraphs.indexOf(byText("甲市一县人民政府办公室") as (typeof paragraphs)[number]);
    expect(paragraphs.slice(signer - 3, signer).map(text)).toEqual(["", "", ""]);
    // No seal page without text (GB/T 9704 7.3.5): the last paragraph goes with the signature, only it.
    const kept = paragraphs.filter((p) => $(p).find("w\\:keepNext").length > 0).map(text);
    expect(kept).toEqual(["特此通知。", "", "", "", "甲市一县人民政府办公室", "2026年3月17日"]);
    const styles = strFromU8(files["word/styles.xml"] ?? new Uint8Array());
    expect(styles).toContain("方正小标宋简体");
    expect(styles).toContain("仿宋_GB2312");
  });

  it("keeps text exactly, escaping nothing away", async () => {
    const lines = (await docxToLines(await renderLetterDocx(HOSTILE))).map((l) => l.cells.join(""));
    expect(lines).toContain('<script>alert("x")</script> & Co：');
    expect(lines).toContain("a < b & c > d 'quoted'");
  });
});

const documentXml = (bytes: Uint8Array) =>
  strFromU8(unzipSync(bytes)["word/document.xml"] ?? new Uint8Array());

describe("the fast path writes exactly what the official-document blocks write", () => {
  it.each([
    ["a fee notice", FEE_NOTICE],
    ["hostile text, no number", HOSTILE],
    [
      "a two-line title, a December date, no notes, a signer of its own",
      {
        ...FEE_NOTICE,
        title: "政府信息公开申请关于某某事项的延期答复及相关事项告知书",
        date: "2026年12月31日",
        signer: "某某县人民政府办公室（政府信息公开专用章）",
        notes: [],
      },
    ],
  ])("%s", async (_name, content) => {
    const fast = await renderLetterDocx(content);
    expect(documentXml(fast)).toBe(documentXml(await packLetterDocx(content)));
    const core = strFromU8(unzipSync(fast)["docProps/core.xml"] ?? new Uint8Array());
    expect(core).toContain(
      `<dc:title>${content.title.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</dc:title>`,
    );
    // Same letter, same bytes.
    expect(await renderLetterDocx(content)).toEqual(fast);
  });
});

describe("letterTitleLines", () => {
  it.each([
    ["政府信息公开申请答复书", ["政府信息公开申请答复书"]],
    [
      "政府信息公开申请关于某某事项的延期答复及相关事项告知书",
      ["政府信息公开申请", "关于某某事项的延期答复及相关事项告知书"],
    ],
    [
      "关于某某某某某某某某某某某某某某某某事项的告知书",
      ["关于某某某某某某某某某某某某某某某某事项", "的告知书"],
    ],
  ])("%s", (title, lines) => {
    expect(letterTitleLines(title)).toEqual(lines);
  });
});
