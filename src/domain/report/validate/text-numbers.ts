import { applicationRowName, litigationCellName } from "../cell-name.ts";
import type { CellRef, Finding } from "../finding.ts";
import { appCell, type CheckContext, litCell, makeFinding } from "./context.ts";
import type { FormatLayout } from "./layout.ts";
import { differs, fmt, gap } from "./numbers.ts";
import { extractFigures, type FigureKey, type ProseFigure } from "./prose-figures.ts";

/** The cells a figure speaks of (their sum), and the row an accepted alternative reading adds. */
interface Target {
  table: "applications" | "litigation";
  /** Table 三: rows of the 总计 column. Table 四: indexes. */
  cells: number[];
  /** Table 三 row that a received (handled) figure may also include: 二 (四). */
  plus?: number;
}

const targets = new WeakMap<FormatLayout, Map<FigureKey, Target | null>>();

function derive(layout: FormatLayout, key: FigureKey): Target | null {
  switch (key) {
    case "new":
      return { table: "applications", cells: [layout.newRow], plus: layout.carriedOverRow };
    case "total":
      return { table: "applications", cells: [layout.totalRow], plus: layout.carriedForwardRow };
    case "carriedOver":
      return { table: "applications", cells: [layout.carriedOverRow] };
    case "carriedForward":
      return { table: "applications", cells: [layout.carriedForwardRow] };
  }
  const [group, result] = key.split(".");
  const groups = group === "suit" ? ["directSuit", "suitAfterReconsideration"] : [group];
  const cells = groups.map((g) => layout.litigationIndex.get(`${g}.${result}`));
  return cells.every((i) => i !== undefined) ? { table: "litigation", cells: cells as number[] } : null;
}

/** The target of a figure key in a format, derived once. */
function targetOf(layout: FormatLayout, key: FigureKey): Target | null {
  let byKey = targets.get(layout);
  if (!byKey) {
    byKey = new Map();
    targets.set(layout, byKey);
  }
  let target = byKey.get(key);
  if (target === undefined) {
    target = derive(layout, key);
    byKey.set(key, target);
  }
  return target;
}

function read(ctx: CheckContext, table: Target["table"], cell: number): number | null {
  return table === "applications"
    ? appCell(ctx.report, cell, ctx.layout.totalCol)
    : litCell(ctx.report, cell);
}

/** Sum of the target's cells, or null when one is null. */
function tableValue(ctx: CheckContext, target: Target): number | null {
  let sum = 0;
  for (const cell of target.cells) {
    const value = read(ctx, target.table, cell);
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

/** How the table side reads in the message, built only for a mismatch. */
function describe(ctx: CheckContext, target: Target, value: number): string {
  const { format } = ctx;
  if (target.table === "applications") {
    const row = target.cells[0] as number;
    let says = `表三“${applicationRowName(format, row, true)}”的总计为 ${fmt(value)}`;
    const extra = target.plus === undefined ? null : appCell(ctx.report, target.plus, ctx.layout.totalCol);
    if (target.plus !== undefined && extra !== null && extra !== 0) {
      says += `（加上“${applicationRowName(format, target.plus, true)}”${fmt(extra)} 件合计 ${fmt(value + extra)}）`;
    }
    return says;
  }
  const terms = target.cells.map(
    (i) => `“${litigationCellName(format, i)}”（${fmt(read(ctx, "litigation", i) ?? 0)}）`,
  );
  return `表四${terms.join("+ ")}${target.cells.length > 1 ? `= ${fmt(value)}` : ""}`;
}

/** Position of a target's first cell, so findings follow table order. */
function position(target: Target): number {
  return (target.table === "applications" ? 0 : 1000) + (target.cells[0] ?? 0);
}

/**
 * `text.numbers`: the figures the prose states (收到申请 N 件, 办结 N 件, 上年结转 N 件, 结转下年度
 * N 件, 行政复议/行政诉讼 N 件 and their results) match the tables. A received figure may also count
 * the carried-over (一 + 二), a handled one the carried-forward ((七) + 四). Null cells are skipped.
 */
export function checkTextNumbers(ctx: CheckContext): Finding[] {
  const text = ctx.prose.all;
  if (text === "") return [];
  const wrong: { figure: ProseFigure; target: Target; value: number }[] = [];
  for (const figure of extractFigures(text, ctx.report.year)) {
    const target = targetOf(ctx.layout, figure.key);
    const value = target && tableValue(ctx, target);
    if (!target || value === null || value === undefined || !differs(value, figure.value)) continue;
    const extra = target.plus === undefined ? null : appCell(ctx.report, target.plus, ctx.layout.totalCol);
    if (extra !== null && !differs(value + extra, figure.value)) continue;
    wrong.push({ figure, target, value });
  }
  wrong.sort((a, b) => position(a.target) - position(b.target) || a.figure.at - b.figure.at);
  return wrong.map(({ figure, target, value }) => {
    const cells: CellRef[] = target.cells.map((cell) =>
      target.table === "applications"
        ? { table: "applications", row: cell, col: ctx.layout.totalCol }
        : { table: "litigation", row: 0, col: cell },
    );
    return makeFinding(
      "text.numbers",
      `正文写“${figure.quote}”，但${describe(ctx, target, value)}，与正文相差 ${gap(figure.value, value)}。请核对正文或表格`,
      cells,
      value,
      figure.value,
    );
  });
}
