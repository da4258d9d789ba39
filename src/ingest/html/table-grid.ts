import { cleanText, joinPieces } from "../join-text.ts";
import { BLOCK_TAGS, type Element, elementChildren, isElement, NOISE_TAGS } from "./dom.ts";

/** Rows of a table itself (direct, or under thead/tbody/tfoot), never those of a nested table. */
export function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of elementChildren(table)) {
    if (child.name === "tr") rows.push(child);
    else if (child.name === "thead" || child.name === "tbody" || child.name === "tfoot") {
      for (const row of elementChildren(child)) if (row.name === "tr") rows.push(row);
    }
  }
  return rows;
}

function rowCells(row: Element): Element[] {
  const cells: Element[] = [];
  for (const c of row.children) if (isElement(c) && (c.name === "td" || c.name === "th")) cells.push(c);
  return cells;
}

/**
 * The text of one cell. Word and WPS put cell text in `<p>`s and break labels with `<br>`; the pieces
 * are joined into one string (see `joinPieces`), so `（三）<br>不予公开` reads `（三）不予公开`.
 */
export function cellText(cell: Element): string {
  const pieces: string[] = [""];
  collectPieces(cell, pieces);
  return pieces.length === 1 ? cleanText(pieces[0] as string) : joinPieces(pieces);
}

/** Appends the cell's text to the last piece; a block element or `<br>` starts a new piece. */
function collectPieces(node: Element, pieces: string[]): void {
  for (const child of node.children) {
    if (child.type === "text") {
      pieces[pieces.length - 1] += child.data;
      continue;
    }
    if (!isElement(child) || NOISE_TAGS.has(child.name)) continue;
    const block = child.name === "br" || BLOCK_TAGS.has(child.name);
    if (block) pieces.push("");
    collectPieces(child, pieces);
    if (block) pieces.push("");
  }
}

/** A table cell longer than any label of the format: the table frames a page, it holds no data. */
const LAYOUT_CELL_CHARS = 400;

/**
 * Whether a table is used for page layout (a site laid out with a table around everything, or a
 * frame around the report) rather than holding data: it contains another table, or a cell holds
 * more text than any report cell would.
 */
export function isLayoutTable(table: Element): boolean {
  let layout = layoutCache.get(table);
  if (layout === undefined) {
    layout = computeIsLayout(table);
    layoutCache.set(table, layout);
  }
  return layout;
}

// Finding the content and walking it both ask about the same tables: compute each answer once.
const layoutCache = new WeakMap<Element, boolean>();
const gridCache = new WeakMap<Element, string[][]>();

function computeIsLayout(table: Element): boolean {
  if (hasTableBelow(table)) return true;
  for (const row of tableRows(table)) {
    for (const cell of rowCells(row)) if (textLength(cell) > LAYOUT_CELL_CHARS) return true;
  }
  return false;
}

function hasTableBelow(el: Element): boolean {
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (child.name === "table" || hasTableBelow(child)) return true;
  }
  return false;
}

/** Non-white-space characters below a node (stops counting past the layout threshold). */
function textLength(node: Element): number {
  let n = 0;
  for (const child of node.children) {
    if (child.type === "text") n += child.data.trim().length;
    else if (isElement(child) && !NOISE_TAGS.has(child.name)) n += textLength(child);
    if (n > LAYOUT_CELL_CHARS) break;
  }
  return n;
}

/** Bounds on spans: a hostile or broken page must not make the grid explode. */
const MAX_COLSPAN = 100;

/**
 * The table as a rectangular grid with rowspan and colspan expanded: a spanned cell's text is
 * repeated in every position it covers, so each row lists its cells in column order whatever the
 * merges above it. Rows shorter than the widest are padded with "".
 */
export function tableGrid(table: Element): string[][] {
  let grid = gridCache.get(table);
  if (!grid) {
    grid = computeGrid(table);
    gridCache.set(table, grid);
  }
  return grid;
}

function computeGrid(table: Element): string[][] {
  const rows = tableRows(table);
  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    const line = grid[r] as (string | undefined)[];
    let c = 0;
    for (const cell of rowCells(row)) {
      while (line[c] !== undefined) c++;
      const text = cellText(cell);
      const colspan = spanOf(cell, "colspan", MAX_COLSPAN);
      const rowspan = spanOf(cell, "rowspan", rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) {
        const target = grid[r + dr] as (string | undefined)[];
        for (let dc = 0; dc < colspan; dc++) target[c + dc] = text;
      }
      c += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line) => Array.from({ length: width }, (_, i) => line[i] ?? ""));
}

function spanOf(cell: Element, name: string, max: number): number {
  const raw = cell.attribs[name];
  if (raw === undefined) return 1;
  const value = Number.parseInt(raw, 10);
  if (!Number.isFinite(value) || value < 0) return 1;
  // rowspan="0" means "to the end of the table section".
  if (value === 0) return name === "rowspan" ? Math.max(1, max) : 1;
  return Math.max(1, Math.min(value, max));
}
