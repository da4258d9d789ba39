import { readFileSync } from "node:fs";
import * as cheerio from "cheerio";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { LETTER_KINDS, letterText, requiredVariables } from "../../domain/letters/index.ts";
import { docxToLines } from "../../ingest/docx/index.ts";
import { findConverter, letterPdf } from "../../render/letters/index.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { issueSampleLetters, type LetterSample } from "./letter-samples.ts";
import { letterSamplesPage, SAMPLES_PAGE } from "./letter-samples-page.ts";

/*
 * One letter of every kind issued through the real services (scripts/letter-samples.ts writes them
 * to docs/letters-samples.md): the page is up to date, on both engines alike, and every letter holds
 * what the law requires of it — checked element by element on the issued text, and the same lines
 * in its HTML and in its Word file read back by the report engine's reader. Dates counted by hand on the 2026 schedule (4/4–4/6 off).
 */

const CONTACT = "（联系电话：0593-1234567；通讯地址：山前市青禾县府前路1号；邮政编码：352100）";
const remedies = (self: string) =>
  `可以自收到${self}之日起60日内依法向山前市人民政府申请行政复议，` +
  `或者自收到${self}之日起6个月内依法向山前市中级人民法院提起行政诉讼。`;

/** The letter's date: the ledger step it writes up (each sample's ledger is in letter-samples.ts). */
const DATES: Record<string, string> = {
  receipt: "2026年3月2日",
  correction: "2026年3月4日",
  extension: "2026年4月1日",
  consultationThirdParty: "2026年3月13日",
  consultationAgency: "2026年3月5日",
  publicInterestNotice: "2026年4月22日",
  feeNotice: "2026年3月17日",
  reasonsRequest: "2026年3月5日",
  longerDeadline: "2026年3月16日",
  "reply.disclosed": "2026年4月22日",
  "reply.otherNoCorrection": "2026年3月16日",
  "reply.otherFeeUnpaid": "2026年4月16日",
  "reply.otherOther": "2026年3月10日",
};

/** Phrases each kind must hold beyond its required variables: dates from the ledger, the articles. */
const PHRASES: Record<string, string[]> = {
  // 3/2 + 20 working days (3/3 … 3/30).
  receipt: ["申请编号：2026-0000-0001-1", "第三十三条", "即最迟于2026年3月30日答复"],
  correction: [
    "第三十条",
    "1.请写明所需招标文件的项目名称或者招标编号；",
    "自收到本告知书之日起10个工作日内",
    "视为放弃申请",
  ],
  // Corrected application 3/11 + 20 working days = 4/9, plus the consultation's 10 paused days
  // (3/16 … 3/27) = 4/23; extended 15 working days → 5/18.
  extension: [
    "第三十三条第二款",
    "原答复期限为2026年4月23日",
    "答复期限延长15个工作日",
    "最迟于2026年5月18日",
  ],
  consultationThirdParty: [
    "第三十二条",
    "自收到本征求意见书之日起15个工作日内",
    "逾期未提出意见的，由本机关依照",
  ],
  consultationAgency: ["第三十四条", "自收到本函之日起15个工作日内", "逾期未提出意见的，视为同意公开。"],
  publicInterestNotice: ["第三十二条", "你方于2026年3月27日提出不同意公开的意见。", remedies("本告知书")],
  feeNotice: [
    "第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）",
    "4.第201页及以上：50页，每页40元，计2,000.00元",
    "人民币4,700.00元（大写：肆仟柒佰元整）",
    "自收到本通知书之日的次日起20个工作日内",
    "逾期未缴纳的，视为放弃申请",
  ],
  reasonsRequest: ["第三十五条", "请您于2026年3月20日前（含当日）向本机关书面说明申请理由"],
  longerDeadline: ["第三十五条", "并于2026年3月5日请您说明申请理由", "本机关确定答复期限为2026年5月29日"],
  "reply.unableNotHeld": [
    "第三十六条第（五）项",
    "该政府信息由青禾县城关镇人民政府负责公开，联系方式：0593-7654321",
  ],
  // Fee notice 3/17, received the same day: 20 working days from 3/18 → 4/15 (4/4–4/6 off).
  "reply.otherFeeUnpaid": ["缴费期限为2026年4月15日"],
};

/** Each page's size in points and its text (NFKC, no spaces). */
async function pdfPages(bytes: Uint8Array): Promise<{ size: number[]; text: string }[]> {
  const pdf = await getDocument({ data: bytes }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const items = (await page.getTextContent()).items;
    const text = items.map((i) => ("str" in i ? i.str : "")).join("");
    pages.push({
      size: page.view.slice(2).map((v) => Math.round(v)),
      text: text.normalize("NFKC").replace(/\s/g, ""),
    });
  }
  await pdf.destroy();
  return pages;
}

forEachDialect((getDb, dialect) => {
  describe("one letter of each kind, as docs/letters-samples.md shows them", () => {
    let samples: LetterSample[] = [];
    beforeAll(async () => {
      samples = await issueSampleLetters(getDb().db);
    }, 120_000);

    it("the page is up to date (regenerate: npx tsx scripts/letter-samples.ts)", () => {
      expect(samples.map((s) => s.kind)).toEqual(LETTER_KINDS);
      expect(letterSamplesPage(samples)).toBe(readFileSync(SAMPLES_PAGE, "utf8"));
    });

    it("every letter holds each required element, its ledger date, the agency's contact; replies the remedies", () => {
      for (const { kind, letter } of samples) {
        const text = letterText(letter.content);
        const has = (phrase: string) => expect(text, `${kind} lacks ${phrase}`).toContain(phrase);
        for (const name of requiredVariables(kind)) {
          const value = letter.values[name];
          const parts = typeof value === "string" ? [value] : (value ?? [""]);
          for (const part of parts) {
            expect(part.trim(), `${kind}: {{${name}}} is empty`).not.toBe("");
            has(part);
          }
        }
        expect(letter.content.date, kind).toBe(DATES[kind] ?? "2026年3月25日");
        expect(letter.content.signer, kind).toBe("青禾县人民政府");
        expect(letter.content.notes, kind).toEqual([CONTACT]);
        if (kind.startsWith("reply.")) {
          // The basis by article; the two rows the regulation has no article of its own for cite
          // the State Council office's letter (确认或重新出具) or the regulation as a whole (撤回).
          if (kind === "reply.notProcessedConfirm") has("根据国办公开办函〔2021〕30号所列情形");
          else if (kind === "reply.otherOther") has("根据《中华人民共和国政府信息公开条例》的有关规定");
          else
            expect(text, kind).toMatch(/根据《中华人民共和国政府信息公开条例》第[一二三四五六七八九十]+条/);
          has(remedies(letter.content.title.endsWith("告知书") ? "本告知书" : "本答复"));
        }
        for (const phrase of PHRASES[kind] ?? []) has(phrase);
      }
    });

    it("the HTML of the status page holds the same lines, in order", () => {
      for (const { kind, letter } of samples) {
        const $ = cheerio.load(letter.html);
        const lines = $("article.gk-letter")
          .find("h1, p")
          .toArray()
          .map((el) => $(el).text());
        expect(lines, kind).toEqual(letterText(letter.content).split("\n"));
      }
    });

    // The Word file is the same on both engines: converted once.
    it.skipIf(findConverter("soffice") === null || dialect === "postgres")(
      "LibreOffice converts the Word reply to A4 PDF pages, the seal's page never without text",
      async () => {
        const reply = samples.find((s) => s.kind === "reply.disclosed");
        if (!reply) throw new Error("no reply.disclosed sample");
        const { pdf } = await letterPdf({ docx: reply.docx, html: reply.letter.html }, ["soffice"]);
        const pages = await pdfPages(pdf);
        expect(pages.map((p) => p.size)).toEqual(pages.map(() => [595, 842]));
        expect(pages.map((p) => p.text).join("")).toContain("青政信复〔2026〕1号");
        const last = pages.at(-1)?.text ?? "";
        expect(last).toContain("特此告知。");
        expect(last).toContain("青禾县人民政府2026年4月22日");
      },
      180_000,
    );

    it("each Word file reads back with the report engine's reader, line for line", async () => {
      for (const { kind, letter, docx } of samples) {
        const lines = (await docxToLines(docx)).map((l) => l.cells.join(""));
        expect(lines, kind).toEqual(letterText(letter.content).split("\n"));
      }
    });
  });
});
