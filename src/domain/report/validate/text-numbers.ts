import { applicationRowName, litigationCellName } from "../cell-name.ts";
import type { CellRef, Finding } from "../finding.ts";
import { appCell, type CheckContext, litCell, makeFinding } from "./context.ts";
import { differs, fmt, gap } from "./numbers.ts";
import { extractFigures, type FigureKey, type ProseFigure } from "./prose-figures.ts";

/** The table side of a figure: its value, how to say it, the cells, and an accepted alternative. */
interface TableSide {
  value: number;
  says: string;
  cells: CellRef[];
  /** A reading the prose may also mean: 受理 N 件 counting the carried-over too (一 + 二). */
  alternative?: { value: number; says: string };
}

function applicationsSide(ctx: CheckContext, row: number, plus?: number): TableSide | null {
  const { format, report, layout } = ctx;
  const col = layout.totalCol;
  const value = appCell(report, row, col);
  if (value === null) return null;
  const name = applicationRowName(format, row, true);
  const side: TableSide = {
    value,
    says: `表三“${name}”的总计为 ${fmt(value)}`,
    cells: [{ table: "applications", row, col }],
  };
  const extra = plus === undefined ? null : appCell(report, plus, col);
  if (plus !== undefined && extra !== null && extra !== 0) {
    const sum = value + extra;
    side.alternative = {
      value: sum,
      says: `加上“${applicationRowName(format, plus, true)}”${fmt(extra)} 件合计 ${fmt(sum)}`,
    };
  }
  return side;
}

function litigationSide(ctx: CheckContext, key: FigureKey): TableSide | null {
  const [group, result] = key.split(".") as [string, string];
  const groups = group === "suit" ? ["directSuit", "suitAfterReconsideration"] : [group];
  const indexes = groups.map((g) => ctx.layout.litigationIndex.get(`${g}.${result}`));
  if (indexes.some((i) => i === undefined)) return null;
  const cols = indexes as number[];
  const values = cols.map((i) => litCell(ctx.report, i));
  if (values.some((v) => v === null)) return null;
  const terms = cols.map((i, k) => `“${litigationCellName(ctx.format, i)}”（${fmt(values[k] as number)}）`);
  const value = (values as number[]).reduce((s, v) => s + v, 0);
  return {
    value,
    says: `表四${terms.join("+ ")}${cols.length > 1 ? `= ${fmt(value)}` : ""}`,
    cells: cols.map((col) => ({ table: "litigation", row: 0, col })),
  };
}

function tableSide(ctx: CheckContext, key: FigureKey): TableSide | null {
  const { newRow, carriedOverRow, totalRow, carriedForwardRow } = ctx.layout;
  switch (key) {
    case "new":
      return applicationsSide(ctx, newRow, carriedOverRow);
    case "total":
      return applicationsSide(ctx, totalRow, carriedForwardRow);
    case "carriedOver":
      return applicationsSide(ctx, carriedOverRow);
    case "carriedForward":
      return applicationsSide(ctx, carriedForwardRow);
    default:
      return litigationSide(ctx, key);
  }
}

/** Position of a figure's first cell, so findings follow table order. */
function position(side: TableSide): number {
  const cell = side.cells[0];
  if (!cell) return 0;
  return cell.table === "applications" ? Number(cell.row) : 1000 + Number(cell.col);
}

/**
 * `text.numbers`: the figures the prose states (收到申请 N 件, 办结 N 件, 上年结转 N 件, 结转下年度
 * N 件, 行政复议/行政诉讼 N 件 and their results) match the tables. A received figure may also count
 * the carried-over (一 + 二), a handled one the carried-forward ((七) + 四). Null cells are skipped.
 */
export function checkTextNumbers(ctx: CheckContext): Finding[] {
  const text = ctx.prose.all;
  if (text === "") return [];
  const rows: { figure: ProseFigure; side: TableSide }[] = [];
  for (const figure of extractFigures(text, ctx.report.year)) {
    const side = tableSide(ctx, figure.key);
    if (!side || !differs(side.value, figure.value)) continue;
    if (side.alternative && !differs(side.alternative.value, figure.value)) continue;
    rows.push({ figure, side });
  }
  rows.sort((a, b) => position(a.side) - position(b.side) || a.figure.at - b.figure.at);
  return rows.map(({ figure, side }) =>
    makeFinding(
      "text.numbers",
      `正文写“${figure.quote}”，但${side.says}${side.alternative ? `（${side.alternative.says}）` : ""}，` +
        `与正文相差 ${gap(figure.value, side.value)}。请核对正文或表格`,
      side.cells,
      side.value,
      figure.value,
    ),
  );
}
