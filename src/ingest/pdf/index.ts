import { failureMessage, readFailed } from "../read-failed.ts";
import { recognise } from "../recognise/index.ts";
import type { DocLine, ReadResult } from "../types.ts";
import { loadPdf, PdfOpenError } from "./load-pdf.ts";
import { pagesToLines } from "./pdf-lines.ts";

export const SCANNED_MESSAGE = "PDF 中没有可提取的文字（可能是扫描件）；请提供报告的文字版 PDF、Word 或网页";

/** A PDF's DocLines, or the Chinese reason it has none (locked, broken, scanned). */
export async function pdfToLines(bytes: Uint8Array): Promise<{ lines: DocLine[] } | { failure: string }> {
  try {
    const pages = await loadPdf(bytes);
    if (pages.every((p) => p.pieces.length === 0)) return { failure: SCANNED_MESSAGE };
    return { lines: pagesToLines(pages) };
  } catch (error) {
    if (error instanceof PdfOpenError) return { failure: error.message };
    return { failure: failureMessage("读取 PDF 文件", error) };
  }
}

/**
 * Reads an annual report from a PDF with a text layer: lines rebuilt from text positions, tables
 * from the ruling lines (rowspan/colspan recovered, tables continued across page breaks), page
 * numbers dropped. A locked, broken or scanned PDF gives a `read.failed` finding, never an exception.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  const result = await pdfToLines(bytes);
  if ("failure" in result) return readFailed(result.failure);
  return recognise(result.lines);
}
