import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { AppError } from "../../domain/app-error.ts";
import { renderLetterDocx } from "./letter-docx.ts";
import { renderLetterHtml } from "./letter-html.ts";
import { FEE_NOTICE } from "./letter-samples.test-support.ts";
import { findConverter, letterPdf, NO_PDF_CONVERTER, type PdfConverter } from "./pdf-converter.ts";

async function pdfText(bytes: Uint8Array): Promise<{ pages: number; size: number[]; text: string }> {
  const pdf = await getDocument({ data: bytes }).promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  const text = content.items.map((i) => ("str" in i ? i.str : "")).join("");
  const size = page.view.slice(2).map((v) => Math.round(v));
  const pages = pdf.numPages;
  await pdf.destroy();
  // Chromium's CJK fonts map some characters to Kangxi radicals (⼀ for 一): compare as NFKC.
  return { pages, size, text: text.normalize("NFKC").replace(/\s/g, "") };
}

const source = async () => ({ docx: await renderLetterDocx(FEE_NOTICE), html: renderLetterHtml(FEE_NOTICE) });

describe("letterPdf", () => {
  for (const converter of ["soffice", "chromium"] as PdfConverter[]) {
    it.skipIf(findConverter(converter) === null)(
      `through ${converter}: an A4 page with the letter`,
      async () => {
        const { pdf, converter: used } = await letterPdf(await source(), [converter]);
        expect(used).toBe(converter);
        const read = await pdfText(pdf);
        expect(read.size).toEqual([595, 842]);
        expect(read.text).toContain("政府信息公开信息处理费收费通知书");
        expect(read.text).toContain("一县政信费〔2026〕7号");
        expect(read.text).toContain("肆仟柒佰元整");
      },
      180_000,
    );
  }

  it("says in Chinese what to do when no converter is installed", async () => {
    const error = await letterPdf(await source(), []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("CONFLICT");
    expect((error as AppError).message).toBe(NO_PDF_CONVERTER);
  });

  it("finds converters on PATH only", () => {
    expect(findConverter("soffice", "")).toBeNull();
    expect(findConverter("chromium", "/nonexistent")).toBeNull();
  });
});
