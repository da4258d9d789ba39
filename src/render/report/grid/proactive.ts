import type { ReportFormat } from "../../../domain/report/format/index.ts";
import type { ReportTables } from "../../../domain/report/model.ts";
import { formatCell } from "../format-cell.ts";
import { type Grid, type GridCell, type GridRow, gridCell } from "./types.ts";

/**
 * Table 二 as the official table: one table as wide as its widest block (信息内容 + 3 columns); each
 * block opens with its 第二十条第（N）项 row across the whole width, then 信息内容 and the column
 * labels, then one row per item. A block with fewer columns stretches its last column to the edge.
 */
export function proactiveGrid(format: ReportFormat, tables: ReportTables): Grid {
  const valueColumns = Math.max(...format.proactive.map((b) => b.columns.length));
  const columnCount = valueColumns + 1;
  const rows: GridRow[] = [];
  for (const block of format.proactive) {
    const stretch = (i: number) => (i === block.columns.length - 1 ? valueColumns - i : 1);
    rows.push({
      header: false,
      group: block.key,
      cells: [gridCell("block-heading", block.item, { colSpan: columnCount })],
    });
    rows.push({
      header: false,
      group: block.key,
      cells: [
        gridCell("column", block.contentLabel),
        ...block.columns.map((c, i) => gridCell("column", c.label, { colSpan: stretch(i) })),
      ],
    });
    for (const row of block.rows) {
      const values = block.columns.map((c, i): GridCell => {
        const value = tables.proactive[row.key]?.[c.key] ?? null;
        return {
          ...gridCell("value", formatCell(value), { colSpan: stretch(i) }),
          value,
          ref: { table: "proactive", row: row.key, col: c.key },
        };
      });
      rows.push({ header: false, group: block.key, cells: [gridCell("row", row.label), ...values] });
    }
  }
  return {
    table: "proactive",
    caption: "主动公开政府信息情况统计表",
    columnCount,
    rows,
    columnWeights: [2, ...Array<number>(valueColumns).fill(1.6)],
  };
}
