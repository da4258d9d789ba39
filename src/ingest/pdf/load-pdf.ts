import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { ruleSegments } from "./page-graphics.ts";
import type { PdfPage, TextPiece } from "./pdf-types.ts";

/**
 * Opening a PDF with pdf.js (v5, legacy build for Node): text with positions and the ruling lines of
 * every page. Nothing is fetched: no worker script from the network (pdf.js runs its bundled worker
 * in-process), no fonts (text extraction needs none), CMaps for Chinese fonts from the package.
 */

/** Why a PDF could not be opened, in words for the person who supplied it. */
export class PdfOpenError extends Error {
  override readonly name = "PdfOpenError";
}

const pdfjsDir = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjsPromise: Promise<PdfJs> | undefined;
const pdfjs = (): Promise<PdfJs> => {
  pdfjsPromise ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return pdfjsPromise;
};

/** Reads every page's text pieces and ruling segments. Throws PdfOpenError for a locked or broken file. */
export async function loadPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const lib = await pdfjs();
  // In Node pdf.js runs its worker in-process, importing this module: the bundled file, never a URL
  // on the network.
  lib.GlobalWorkerOptions.workerSrc ||= pathToFileURL(join(pdfjsDir, "legacy/build/pdf.worker.mjs")).href;
  const task = lib.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    cMapUrl: `${join(pdfjsDir, "cmaps")}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(pdfjsDir, "standard_fonts")}/`,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = error instanceof Error ? error.name : "";
    if (name === "PasswordException") {
      throw new PdfOpenError("PDF 文件受密码保护，无法读取；请取消打开密码后再导入");
    }
    if (name === "InvalidPDFException") {
      throw new PdfOpenError("PDF 文件已损坏或不完整，无法读取；请重新下载或重新导出 PDF 后再导入");
    }
    throw error;
  }
  try {
    const pages: PdfPage[] = [];
    const ops = lib.OPS;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const view = viewport.transform as [number, number, number, number, number, number];
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        const x = view[0] * (e ?? 0) + view[2] * (f ?? 0) + view[4];
        const y = view[1] * (e ?? 0) + view[3] * (f ?? 0) + view[5];
        const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || item.height;
        pieces.push({ text: item.str, x, y, width: item.width, size });
      }
      const list = await page.getOperatorList();
      const rules = ruleSegments(list.fnArray, list.argsArray, ops, view);
      pages.push({ number: n, width: viewport.width, height: viewport.height, pieces, rules });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
