import type { CellRef, Finding } from "../finding.ts";
import { FORMATS, RULES } from "../format/index.ts";
import type { ReportFormat } from "../format/types.ts";
import type { ReportModel } from "../model.ts";
import { type FormatLayout, layoutOf } from "./layout.ts";
import { ProseView } from "./prose.ts";

/** Everything a rule needs, computed once per validation. */
export interface CheckContext {
  report: ReportModel;
  format: ReportFormat;
  layout: FormatLayout;
  previous: ReportModel | null;
  /** Last allowed publish day (YYYY-MM-DD), or null when unknown. */
  deadline: string | null;
  /** Table 三 has the format's row count with 7 cells each; otherwise its arithmetic is meaningless. */
  applicationsShapeOk: boolean;
  /** Table 四 has its 15 cells. */
  litigationShapeOk: boolean;
  /** Rows of table 三 whose null cells count as 0: the items of groups printed as one row. */
  zeroIfNull: ReadonlySet<number>;
  prose: ProseView;
}

/** One validation rule: findings in table order, all under the rule's own id. */
export type Check = (ctx: CheckContext) => Finding[];

const SEVERITY = new Map(RULES.map((r) => [r.id, r.severity]));

/** A finding of a format rule, its severity taken from RULES. */
export function makeFinding(
  rule: string,
  message: string,
  cells: CellRef[] = [],
  expected?: number | null,
  actual?: number | null,
): Finding {
  const severity = SEVERITY.get(rule);
  if (!severity) throw new Error(`unknown rule ${rule}`);
  const finding: Finding = { rule, severity, message, cells };
  if (expected !== undefined) finding.expected = expected;
  if (actual !== undefined) finding.actual = actual;
  return finding;
}

const NONE: ReadonlySet<number> = new Set();

export function buildContext(
  report: ReportModel,
  previous: ReportModel | null,
  deadline: string | null,
): CheckContext {
  const format = FORMATS[report.format];
  const layout = layoutOf(format);
  const apps = report.tables.applications;
  let zeroIfNull = NONE;
  if (report.collapsedGroups.length > 0) {
    const rows = new Set<number>();
    for (const group of report.collapsedGroups) {
      for (const row of layout.groupItems.get(group) ?? []) rows.add(row);
    }
    zeroIfNull = rows;
  }
  return {
    report,
    format,
    layout,
    previous,
    deadline,
    applicationsShapeOk: apps.length === format.applications.rows.length && apps.every((r) => r.length === 7),
    litigationShapeOk: report.tables.litigation.length === format.litigation.columns.length,
    zeroIfNull,
    prose: new ProseView(report),
  };
}

/** A table 三 cell as read: null when blank, unreadable or missing. */
export function appCell(report: ReportModel, row: number, col: number): number | null {
  return report.tables.applications[row]?.[col] ?? null;
}

/** A table 三 cell as it enters a sum: like appCell, but 0 for a null item of a collapsed group. */
export function appTerm(ctx: CheckContext, row: number, col: number): number | null {
  const value = appCell(ctx.report, row, col);
  return value === null && ctx.zeroIfNull.has(row) ? 0 : value;
}

/** A table 四 cell as read. */
export function litCell(report: ReportModel, index: number): number | null {
  return report.tables.litigation[index] ?? null;
}
