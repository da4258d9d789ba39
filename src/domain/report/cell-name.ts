import type { CellRef } from "./finding.ts";
import type { ReportFormat } from "./format/types.ts";

/** Table names as a clerk says them: the format numbers the tables after their sections. */
export const TABLE_NAMES = { proactive: "表二", applications: "表三", litigation: "表四" } as const;

/**
 * Name of a table 三 row as printed, with its group prefix for items of （三）–（六）:
 * `（四）1.本机关不掌握相关政府信息`. `short` drops the long tails (`政府信息公开申请数量`, `继续办理`,
 * a parenthesised note) for use inside equations: `一、本年新收`, `（二）部分公开`.
 */
export function applicationRowName(format: ReportFormat, index: number, short = false): string {
  const row = format.applications.rows[index];
  if (!row) return `第 ${index + 1} 行`;
  const group = row.group ? format.applications.groups.find((g) => g.key === row.group) : undefined;
  const label = short ? row.label.replace(/政府信息公开申请数量$|继续办理$|（[^）]*）$/, "") : row.label;
  return `${group?.number ?? ""}${row.number}${label}`;
}

/** Name of a table 三 column: 自然人 … 其他, 总计. */
export function applicationColumnName(format: ReportFormat, index: number): string {
  return format.applications.columns[index]?.label ?? `第 ${index + 1} 列`;
}

/** Name of a table 四 group: `行政复议`, `行政诉讼 · 未经复议直接起诉`, `行政诉讼 · 复议后起诉`. */
export function litigationGroupName(
  format: ReportFormat,
  group: "reconsideration" | "directSuit" | "suitAfterReconsideration",
): string {
  const label = format.litigation.groupLabels[group];
  return group === "reconsideration" ? label : `${format.litigation.suitHeader} · ${label}`;
}

/** Name of a table 四 cell by index 0–14: `行政诉讼 · 复议后起诉 · 总计`. */
export function litigationCellName(format: ReportFormat, index: number): string {
  const column = format.litigation.columns[index];
  if (!column) return `第 ${index + 1} 项`;
  return `${litigationGroupName(format, column.group)} · ${column.label}`;
}

/** Name of a table 二 row with its article item: `第二十条第（一）项 · 规章`; unknown keys verbatim. */
export function proactiveRowName(format: ReportFormat, rowKey: string): string {
  for (const block of format.proactive) {
    const row = block.rows.find((r) => r.key === rowKey);
    if (row) return `${block.item} · ${row.label}`;
  }
  return rowKey;
}

/** Label of a table 二 column of the block holding `rowKey`: `本年制发件数`; unknown keys verbatim. */
export function proactiveColumnName(format: ReportFormat, rowKey: string, colKey: string): string {
  const block = format.proactive.find((b) => b.rows.some((r) => r.key === rowKey));
  return block?.columns.find((c) => c.key === colKey)?.label ?? colKey;
}

/**
 * A cell described for people, in Chinese, as the printed table names it.
 *
 * @example
 * describeCell(v2021, { table: "applications", row: 12, col: 0 })
 * // "表三 （四）1.本机关不掌握相关政府信息 · 自然人"
 * describeCell(v2021, { table: "litigation", row: 0, col: 9 }) // "表四 行政诉讼 · 未经复议直接起诉 · 总计"
 * describeCell(v2021, { table: "proactive", row: "regulations", col: "issued" })
 * // "表二 第二十条第（一）项 · 规章 · 本年制发件数"
 */
export function describeCell(format: ReportFormat, ref: CellRef): string {
  const table = TABLE_NAMES[ref.table];
  switch (ref.table) {
    case "applications":
      return `${table} ${applicationRowName(format, Number(ref.row))} · ${applicationColumnName(format, Number(ref.col))}`;
    case "litigation":
      return `${table} ${litigationCellName(format, Number(ref.col))}`;
    case "proactive": {
      const row = String(ref.row);
      return `${table} ${proactiveRowName(format, row)} · ${proactiveColumnName(format, row, String(ref.col))}`;
    }
  }
}
