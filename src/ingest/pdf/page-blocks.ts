import type { DocLine } from "../types.ts";
import { middleOf, type PdfPage, type TextPiece } from "./pdf-types.ts";
import { type RuledTable, ruledTables } from "./ruled-tables.ts";
import { blockText, groupLines, splitAtSpaces, type TextLine } from "./text-lines.ts";

/** What a page holds, top to bottom: table rows (from ruled tables) and visual lines of prose. */
export type PageBlock =
  | { kind: "table"; top: number; bottom: number; rows: DocLine[] }
  | { kind: "line"; top: number; line: TextLine };

/** Index of the band [edges[i], edges[i+1]) holding v, or -1 outside. */
function bandOf(edges: readonly number[], v: number): number {
  if (v < (edges[0] as number) || v >= (edges.at(-1) as number)) return -1;
  let i = 0;
  while (v >= (edges[i + 1] as number)) i++;
  return i;
}

/**
 * Splits a page's text between its ruled tables and its prose. A piece belongs to the grid cell
 * holding its first character; each table row lists its merged cells left to right, a cell spanning
 * several columns once and a cell spanning several rows in each of them (as `<td rowspan>` reads).
 */
export function pageBlocks(page: PdfPage): PageBlock[] {
  const tables = ruledTables(page.rules);
  const cellPieces = tables.map(() => new Map<number, TextPiece[]>());
  const prose: TextPiece[] = [];
  for (const piece of page.pieces) {
    const t = tables.findIndex((table) => locate(table, piece) !== null);
    if (t < 0) {
      prose.push(piece);
      continue;
    }
    const table = tables[t] as RuledTable;
    for (const part of splitAtSpaces(piece)) {
      const region = locate(table, part);
      if (region === null) continue;
      const map = cellPieces[t] as Map<number, TextPiece[]>;
      map.set(region, [...(map.get(region) ?? []), part]);
    }
  }
  const blocks: PageBlock[] = tables.map((table, t) => ({
    kind: "table",
    top: table.ys[0] as number,
    bottom: table.ys.at(-1) as number,
    rows: tableRows(table, cellPieces[t] as Map<number, TextPiece[]>),
  }));
  for (const line of groupLines(prose)) blocks.push({ kind: "line", top: line.middle, line });
  return blocks.sort((a, b) => a.top - b.top);
}

function locate(table: RuledTable, p: TextPiece): number | null {
  const r = bandOf(table.ys, middleOf(p));
  const c = bandOf(table.xs, p.x + Math.min(p.width, p.size) / 2);
  if (r < 0 || c < 0) return null;
  return table.region[r]?.[c] ?? null;
}

function tableRows(table: RuledTable, pieces: Map<number, TextPiece[]>): DocLine[] {
  const text = new Map<number, string>();
  for (const [region, list] of pieces) text.set(region, blockText(list));
  const rows: DocLine[] = [];
  table.region.forEach((ids, r) => {
    // A row exists where a cell with text starts. Bands covered by cells from above (plus, at most,
    // empty boxes: borders misaligned around a merged cell) would only repeat the row above.
    const starts = (id: number) => table.region[r - 1]?.includes(id) !== true;
    if (!ids.some((id) => starts(id) && (text.get(id) ?? "") !== "")) return;
    const cells: string[] = [];
    ids.forEach((id, c) => {
      if (c === 0 || ids[c - 1] !== id) cells.push(text.get(id) ?? "");
    });
    if (cells.some((cell) => cell !== "")) rows.push({ cells, fromTable: true });
  });
  return rows;
}
