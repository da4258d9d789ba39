import type { AgencyLevel } from "../../../db/schema.ts";
import type { ReportFormat, SectionKey } from "../../../domain/report/format/types.ts";
import type { ReportModel, ReportTables } from "../../../domain/report/model.ts";

/** What the prose suggestions are written from: the tables and a few facts the tables do not hold. */
export interface SuggestionInput {
  agency: {
    name: string;
    level: AgencyLevel;
    address: string | null;
    postalCode: string | null;
    phone: string | null;
  };
  year: number;
  format: ReportFormat;
  tables: ReportTables;
  /** The latest published report of the year before, if there is one (year-on-year comparison, last year's problems). */
  previous: ReportModel | null;
  /** Applications closed in the year with a reply sent, and how many of those replies were on time. */
  replies: { replied: number; onTime: number };
  /** Information processing fees paid in the year (国办函〔2020〕109号), in fen, and how many applications paid. */
  fees: { totalFen: number; applications: number };
}

/** The prose of a report: the preamble and the text of each section (for 二–四, the text before the table). */
export interface Prose {
  preamble: string;
  sections: Record<SectionKey, string>;
}

/** Marks what only staff can write. Publication refuses a report that still contains one. */
export const PLACEHOLDER_MARK = "【请填写";

/** A prompt for staff inside a suggestion: `【请填写：…】`. */
export function placeholder(what: string): string {
  return `${PLACEHOLDER_MARK}：${what}】`;
}

/** The total column of a table 三 row, by row key (0 when the format lacks it). */
export function applicationsTotal(format: ReportFormat, tables: ReportTables, rowKey: string): number {
  const i = format.applications.rows.findIndex((r) => r.key === rowKey);
  return i < 0 ? 0 : (tables.applications[i]?.[6] ?? 0);
}

/** The total column summed over the rows of a result group (（三）–（六）) or the single row of that key. */
export function groupTotal(format: ReportFormat, tables: ReportTables, groupKey: string): number {
  let sum = 0;
  format.applications.rows.forEach((row, i) => {
    if (row.group === groupKey || row.key === groupKey) sum += tables.applications[i]?.[6] ?? 0;
  });
  return sum;
}

/** A table 二 cell (0 when absent). */
export function proactiveCell(tables: ReportTables, row: string, col: string): number {
  return tables.proactive[row]?.[col] ?? 0;
}

/** A percentage with at most one decimal, without a trailing `.0`: 12.5, 100, 3. */
export function percent(part: number, whole: number): string {
  const value = Math.round((part / whole) * 1000) / 10;
  return String(value);
}

/** An amount in fen as yuan: 12000 → "120", 1050 → "10.5". */
export function yuan(fen: number): string {
  return String(Math.round(fen) / 100);
}
