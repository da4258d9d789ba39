import type { CellRef, TableKey } from "../../../domain/report/finding.ts";
import type { Cell } from "../../../domain/report/model.ts";

/**
 * What a cell is in the official table, which decides its markup: a column heading, a heading over
 * several columns, a row label, a label over several rows, the note in the top-left corner, the
 * heading of a table 二 block, or a number.
 */
export type GridCellRole =
  | "column"
  | "column-group"
  | "row"
  | "row-group"
  | "corner"
  | "block-heading"
  | "value";

/** One cell of an official table, placed at its top-left grid position with its spans. */
export interface GridCell {
  role: GridCellRole;
  /** The text as printed: a label from the format, or the formatted number ("" for null). */
  text: string;
  colSpan: number;
  rowSpan: number;
  /** For value cells: the model cell it shows and its value. */
  ref?: CellRef;
  value?: Cell;
}

export interface GridRow {
  cells: GridCell[];
  /** Header rows repeat on every page of a table that breaks across pages. */
  header: boolean;
  /** Rows of one table 二 block share a group, so HTML can give each block its own <tbody>. */
  group?: string;
}

/**
 * One of the three report tables laid out as the official table: every renderer (markdown, HTML,
 * Word) prints this one layout, so their merged cells cannot drift apart.
 */
export interface Grid {
  table: TableKey;
  /** Short description for <caption> and accessibility; not printed in the report body. */
  caption: string;
  columnCount: number;
  rows: GridRow[];
  /** Relative column widths (any unit) for layouts that size columns (Word). */
  columnWeights: number[];
}

/** A grid cell with spans defaulted to 1. */
export function gridCell(
  role: GridCellRole,
  text: string,
  spans: { colSpan?: number; rowSpan?: number } = {},
): GridCell {
  return { role, text, colSpan: spans.colSpan ?? 1, rowSpan: spans.rowSpan ?? 1 };
}
