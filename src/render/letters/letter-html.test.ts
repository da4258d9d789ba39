import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { renderLetterHtml } from "./letter-html.ts";
import { FEE_NOTICE, HOSTILE } from "./letter-samples.test-support.ts";

describe("renderLetterHtml", () => {
  it("prints the letter in reading order as a page", () => {
    const html = renderLetterHtml(FEE_NOTICE);
    const $ = cheerio.load(html);
    expect($("html").attr("lang")).toBe("zh-CN");
    expect($("title").text()).toBe(FEE_NOTICE.title);
    expect($("style").text()).toContain("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }");
    const article = $("article.gk-letter");
    expect(article.attr("data-kind")).toBe("feeNotice");
    expect(article.find("h1").text()).toBe(FEE_NOTICE.title);
    expect(article.find(".gk-letter-number").text()).toBe("一县政信费〔2026〕7号");
    expect(article.find(".gk-letter-addressee").text()).toBe("张三丰：");
    expect(
      article
        .children("p:not([class])")
        .toArray()
        .map((p) => $(p).text()),
    ).toEqual(FEE_NOTICE.paragraphs);
    expect(
      article
        .find(".gk-letter-signature p")
        .toArray()
        .map((p) => $(p).text()),
    ).toEqual(["甲市一县人民政府办公室", "2026年3月17日"]);
    expect(article.find(".gk-letter-note").text()).toBe(FEE_NOTICE.notes[0]);
  });

  it("a fragment for the status page; text escaped; no number line in a preview", () => {
    const html = renderLetterHtml(HOSTILE, { standalone: false });
    expect(html.startsWith('<article class="gk-letter"')).toBe(true);
    expect(html).not.toContain("<script>");
    const $ = cheerio.load(html);
    expect($(".gk-letter-addressee").text()).toBe('<script>alert("x")</script> & Co：');
    expect($(".gk-letter-number").length).toBe(0);
  });
});
