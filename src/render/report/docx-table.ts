import {
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { TYPE_AREA_WIDTH } from "../docx/official-document.ts";
import { STYLE } from "../docx/official-styles.ts";
import { type Grid, type GridCell, placeCells } from "./grid/index.ts";

/** Narrow cell padding so fifteen columns of table 四 fit the 156 mm type area. */
const CELL_MARGINS = { top: 30, bottom: 30, left: 45, right: 45 };

function columnWidths(grid: Grid): number[] {
  const total = grid.columnWeights.reduce((a, b) => a + b, 0);
  const widths = grid.columnWeights.map((w) => Math.floor((w / total) * TYPE_AREA_WIDTH));
  // Give rounding leftovers to the widest column so the grid sums to the type area exactly.
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + TYPE_AREA_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cell(gridCell: GridCell, width: number): TableCell {
  const left = gridCell.role === "row" || gridCell.role === "corner";
  return new TableCell({
    columnSpan: gridCell.colSpan,
    rowSpan: gridCell.rowSpan,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        style: STYLE.tableText,
        ...(left ? { alignment: "left" as const } : {}),
        children: gridCell.text === "" ? [] : [new TextRun(gridCell.text)],
      }),
    ],
  });
}

/**
 * A report table as a Word table on the official grid: merged cells through columnSpan/rowSpan
 * (w:gridSpan, w:vMerge), fixed column widths across the type area, header rows repeated on every
 * page and rows that never split across pages.
 */
export function docxTable(grid: Grid): Table {
  const widths = columnWidths(grid);
  // A cell's width is the sum of the grid columns it spans.
  const width = new Map<GridCell, number>(
    placeCells(grid).map(({ cell: c, col }) => [
      c,
      widths.slice(col, col + c.colSpan).reduce((a, b) => a + b, 0),
    ]),
  );
  return new Table({
    width: { size: TYPE_AREA_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    rows: grid.rows.map(
      (row) =>
        new TableRow({
          ...(row.header ? { tableHeader: true } : {}),
          cantSplit: true,
          children: row.cells.map((c) => cell(c, width.get(c) ?? 0)),
        }),
    ),
  });
}
