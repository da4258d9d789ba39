/**
 * Letters as Word (official typography), HTML (status page, print) and PDF (where a converter is
 * installed). All three come from one LetterContent (src/domain/letters).
 */
export { letterTitleLines, renderLetterDocx } from "./letter-docx.ts";
export { LETTER_CSS, type LetterHtmlOptions, renderLetterHtml } from "./letter-html.ts";
export {
  findConverter,
  letterPdf,
  NO_PDF_CONVERTER,
  type PdfConverter,
  type PdfSource,
} from "./pdf-converter.ts";
