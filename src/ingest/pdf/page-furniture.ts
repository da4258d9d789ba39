import type { PageBlock } from "./page-blocks.ts";
import type { PdfPage } from "./pdf-types.ts";
import { lineText } from "./text-lines.ts";

/**
 * Running page furniture: page numbers (`- 4 -`, `第 4 页`, `4/6`) and headers or footers repeated on
 * most pages, found in the top and bottom margins. They would otherwise land inside paragraphs or
 * between the rows of a table that crosses a page break.
 */
const PAGE_NUMBER =
  /^[-—–－_~\s]*(第\s*)?[\d０-９]{1,4}(\s*页)?(\s*[/／]\s*[\d０-９]{1,4})?(\s*共\s*[\d０-９]+\s*页)?[-—–－_~\s]*$/;
const MARGIN = 0.1;

const inMargin = (top: number, page: PdfPage): boolean =>
  top < page.height * MARGIN || top > page.height * (1 - MARGIN);

/** Removes furniture lines from every page's blocks. */
export function dropFurniture(pages: readonly PdfPage[], blocks: readonly PageBlock[][]): PageBlock[][] {
  // Text seen in the margins of many pages (digits masked, so 第1页/第2页 count as one) is furniture.
  const seen = new Map<string, number>();
  const key = (text: string) => text.replace(/[\d０-９]+/g, "#");
  blocks.forEach((list, i) => {
    const page = pages[i] as PdfPage;
    const keys = new Set<string>();
    for (const b of list) if (b.kind === "line" && inMargin(b.top, page)) keys.add(key(lineText(b.line)));
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  });
  const repeated = (text: string) => pages.length >= 3 && (seen.get(key(text)) ?? 0) >= pages.length / 2;
  return blocks.map((list, i) =>
    list.filter((b) => {
      if (b.kind !== "line" || !inMargin(b.top, pages[i] as PdfPage)) return true;
      const text = lineText(b.line);
      return !PAGE_NUMBER.test(text) && !repeated(text);
    }),
  );
}
