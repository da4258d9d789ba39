import { recognise } from "../recognise/index.ts";
import type { ReadResult } from "../types.ts";
import { htmlToLines } from "./html-lines.ts";

export { decodeHtml } from "./decode-html.ts";
export { type HtmlLinesOptions, htmlToLines } from "./html-lines.ts";

/**
 * Reads an annual report published as a web page: finds the report inside the page's chrome
 * (navigation, sidebars, 相关链接, footer, scripts), expands its tables' rowspan/colspan into rows
 * and hands the lines to the recogniser. Never throws on bad markup (the parser is forgiving).
 *
 * @example readHtml(decodeHtml(bytes)).report?.tables.applications[0]
 */
export function readHtml(html: string): ReadResult {
  return recognise(htmlToLines(html));
}
