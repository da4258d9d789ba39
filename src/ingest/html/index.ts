import { failureMessage, readFailed } from "../read-failed.ts";
import { recognise } from "../recognise/index.ts";
import type { ReadResult } from "../types.ts";
import { htmlToLines } from "./html-lines.ts";

export { decodeHtml } from "./decode-html.ts";
export { type HtmlLinesOptions, htmlToLines } from "./html-lines.ts";

/**
 * Reads an annual report published as a web page: finds the report inside the page's chrome
 * (navigation, sidebars, 相关链接, footer, scripts), expands its tables' rowspan/colspan into rows
 * and hands the lines to the recogniser. Never throws: the parser forgives bad markup, and what it
 * cannot forgive (nesting thousands of levels deep) becomes a `read.failed` finding.
 *
 * @example readHtml(decodeHtml(bytes)).report?.tables.applications[0]
 */
export function readHtml(html: string): ReadResult {
  let lines: ReturnType<typeof htmlToLines>;
  try {
    lines = htmlToLines(html);
  } catch (error) {
    return readFailed(failureMessage("读取网页", error));
  }
  return recognise(lines);
}
