import type { Grid, GridCell } from "./types.ts";

export interface PlacedCell {
  cell: GridCell;
  row: number;
  col: number;
}

/**
 * Where each cell of a grid sits, the way HTML lays out rowspan/colspan: a cell takes the first
 * column of its row not covered by a cell above that spans down. Throws when a row does not fill
 * the grid exactly — that is a bug in a grid builder, never a property of the report.
 */
export function placeCells(grid: Grid): PlacedCell[] {
  const covered = grid.rows.map(() => Array<boolean>(grid.columnCount).fill(false));
  const placed: PlacedCell[] = [];
  grid.rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row.cells) {
      while (covered[r]?.[col]) col++;
      placed.push({ cell, row: r, col });
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const line = covered[r + dr];
          if (!line || col + dc >= grid.columnCount || line[col + dc]) {
            throw new Error(`grid ${grid.table}: cell "${cell.text}" at row ${r} overflows or overlaps`);
          }
          line[col + dc] = true;
        }
      }
      col += cell.colSpan;
    }
  });
  covered.forEach((line, r) => {
    if (line.some((c) => !c)) throw new Error(`grid ${grid.table}: row ${r} leaves a gap`);
  });
  return placed;
}

/** The grid as a full matrix of texts: each cell at its top-left position, positions it spans empty. */
export function gridToMatrix(grid: Grid): string[][] {
  const matrix = grid.rows.map(() => Array<string>(grid.columnCount).fill(""));
  for (const { cell, row, col } of placeCells(grid)) {
    const line = matrix[row];
    if (line) line[col] = cell.text;
  }
  return matrix;
}
