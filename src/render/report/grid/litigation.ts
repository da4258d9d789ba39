import type { LitigationColumnDef, ReportFormat } from "../../../domain/report/format/index.ts";
import type { ReportTables } from "../../../domain/report/model.ts";
import { formatCell } from "../format-cell.ts";
import { type Grid, type GridCell, gridCell } from "./types.ts";

/**
 * Table 四 as the official table: 行政复议 over its five columns, 行政诉讼 over the ten suit columns with
 * 未经复议直接起诉 and 复议后起诉 over five each; the reconsideration result labels span the two lower
 * header rows. One row of 15 numbers.
 */
export function litigationGrid(format: ReportFormat, tables: ReportTables): Grid {
  const { columns, groupLabels, suitHeader } = format.litigation;
  const span = (group: LitigationColumnDef["group"]) => columns.filter((c) => c.group === group).length;
  const suitColumns = columns.filter((c) => c.group !== "reconsideration");
  const top = [
    gridCell("column-group", groupLabels.reconsideration, { colSpan: span("reconsideration") }),
    gridCell("column-group", suitHeader, { colSpan: suitColumns.length }),
  ];
  const middle = [
    ...columns
      .filter((c) => c.group === "reconsideration")
      .map((c) => gridCell("column", c.label, { rowSpan: 2 })),
    gridCell("column-group", groupLabels.directSuit, { colSpan: span("directSuit") }),
    gridCell("column-group", groupLabels.suitAfterReconsideration, {
      colSpan: span("suitAfterReconsideration"),
    }),
  ];
  const bottom = suitColumns.map((c) => gridCell("column", c.label));
  const values = tables.litigation.map(
    (value, col): GridCell => ({
      ...gridCell("value", formatCell(value)),
      value,
      ref: { table: "litigation", row: 0, col },
    }),
  );
  return {
    table: "litigation",
    caption: "政府信息公开行政复议、行政诉讼情况统计表",
    columnCount: columns.length,
    rows: [
      { header: true, cells: top },
      { header: true, cells: middle },
      { header: true, cells: bottom },
      { header: false, cells: values },
    ],
    columnWeights: columns.map(() => 1),
  };
}
