import mammoth from "mammoth";
import { htmlToLines } from "../html/html-lines.ts";
import type { DocLine } from "../types.ts";

/**
 * A Word .docx → DocLines, through mammoth's HTML: mammoth turns w:gridSpan into colspan and
 * w:vMerge runs into rowspan, keeps tables in document order with the paragraphs, and the HTML
 * reader expands the spans into the same grid a web page gives. Images are dropped unread.
 */
export async function docxToLines(bytes: Uint8Array): Promise<DocLine[]> {
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    { convertImage: mammoth.images.imgElement(async () => ({ src: "" })), ignoreEmptyParagraphs: true },
  );
  return htmlToLines(value, { wholeDocument: true });
}
