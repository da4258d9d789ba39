import { joinPieces } from "../join-text.ts";
import type { DocLine } from "../types.ts";
import { type PageBlock, pageBlocks } from "./page-blocks.ts";
import { dropFurniture } from "./page-furniture.ts";
import type { PdfPage } from "./pdf-types.ts";
import { lineText, type TextLine } from "./text-lines.ts";
import { type Row, unruledRows } from "./unruled-rows.ts";

/**
 * Pages → DocLines in reading order: table rows from the ruled tables (and from columns of text
 * without borders, see `unruledRows`), prose lines joined into
 * paragraphs (a line continues the paragraph above when that one ran to the right margin and this
 * one starts at the left margin, also across a page break).
 */
export function pagesToLines(pages: readonly PdfPage[]): DocLine[] {
  const blocks = dropFurniture(pages, pages.map(pageBlocks));
  const out: DocLine[] = [];
  let paragraph: { text: string[]; last: TextLine; margins: Margins } | null = null;
  let lastTable: DocLine[] | null = null;
  const endParagraph = () => {
    if (paragraph) out.push({ cells: [joinPieces(paragraph.text)], fromTable: false });
    paragraph = null;
  };
  // A page with no full line of prose (a table, a closing line) keeps the previous page's margins.
  let margins: Margins = { left: Number.POSITIVE_INFINITY, right: Number.NEGATIVE_INFINITY };
  blocks.forEach((list, i) => {
    margins = marginsOf(list) ?? margins;
    unruledRows(list).forEach((block: PageBlock | Row, k) => {
      if (block.kind === "row") {
        endParagraph();
        out.push({ cells: block.cells, fromTable: true });
        lastTable = null;
        return;
      }
      if (block.kind === "table") {
        endParagraph();
        // A table that opens the page right after a table that closed the previous one continues it.
        const continued = k === 0 && lastTable !== null ? lastTable : null;
        const rows = continued ? fillContinuation(continued, block.rows) : block.rows;
        out.push(...rows);
        lastTable = rows;
        return;
      }
      lastTable = null;
      const text = lineText(block.line);
      if (paragraph && continues(paragraph.last, paragraph.margins, block.line, margins)) {
        paragraph.text.push(text);
        paragraph.last = block.line;
        paragraph.margins = margins;
      } else {
        endParagraph();
        paragraph = { text: [text], last: block.line, margins };
      }
    });
    if (list.at(-1)?.kind !== "table" && i < blocks.length - 1) lastTable = null;
  });
  endParagraph();
  return out;
}

interface Margins {
  left: number;
  right: number;
}

/** The text block's left and right edges on a page, from its longer prose lines. */
function marginsOf(list: readonly PageBlock[]): Margins | null {
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  for (const b of list) {
    if (b.kind !== "line" || b.line.right - b.line.x < 10 * b.line.size) continue;
    left = Math.min(left, b.line.x);
    right = Math.max(right, b.line.right);
  }
  return Number.isFinite(left) ? { left, right } : null;
}

function continues(prev: TextLine, prevMargins: Margins, line: TextLine, margins: Margins): boolean {
  // Without a full line of prose seen yet there is no margin to run to: lines stay apart.
  if (!Number.isFinite(prevMargins.right) || !Number.isFinite(margins.left)) return false;
  const size = Math.max(prev.size, line.size);
  if (Math.abs(prev.size - line.size) > 1) return false;
  const prevFull = prev.right >= prevMargins.right - 1.5 * size;
  const flushLeft = line.x <= margins.left + 0.8 * size;
  // On the same page the next line of a paragraph is about one line height below.
  const gap = line.middle - prev.middle;
  const near = gap < 0 || gap <= 2.6 * size;
  return prevFull && flushLeft && near;
}

/**
 * Rows of a table continued from the previous page: cells merged down across the page break (the
 * vertical 「三、本年度办理结果」, a group label) print their text on the first page only, so the
 * continuation's leading empty cells take the text of the row above.
 */
function fillContinuation(previous: readonly DocLine[], rows: readonly DocLine[]): DocLine[] {
  const out: DocLine[] = [];
  let above = previous.at(-1);
  for (const row of rows) {
    const cells = [...row.cells];
    if (above && above.cells.length === cells.length) {
      for (let c = 0; c < cells.length && cells[c] === ""; c++) cells[c] = above.cells[c] ?? "";
    }
    const filled = { cells, fromTable: row.fromTable };
    out.push(filled);
    above = filled;
  }
  return out;
}
