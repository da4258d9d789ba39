import type { CellRef } from "../../../domain/report/finding.ts";

/** One key per model cell, the same for a finding's cell and the grid cell that shows it. */
export const cellKey = (ref: CellRef): string => `${ref.table}:${ref.row}:${ref.col}`;

/** The element id of a shown cell, for scrolling to it. */
export const cellElementId = (ref: CellRef): string => `gk-cell-${cellKey(ref).replace(/[^\w-]/g, "_")}`;
