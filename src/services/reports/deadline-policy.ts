import type { AgencyLevel } from "../../db/schema.ts";

/**
 * When an agency must publish its annual report for year Y: a month and day of year Y + 1, per
 * level of the agency tree (条例 第四十九条).
 */
export type ReportDeadlinePolicy = Readonly<Record<AgencyLevel, { month: number; day: number }>>;

/**
 * The defaults: departments of county level and above publish by 31 January; the disclosure office
 * of a county-or-higher government publishes the government's report by 31 March. Townships are set
 * by their supervising office; the default is 31 January, the deadline most supervising offices set
 * (override it per deployment).
 */
export const DEFAULT_REPORT_DEADLINES: ReportDeadlinePolicy = {
  province: { month: 3, day: 31 },
  city: { month: 3, day: 31 },
  county: { month: 3, day: 31 },
  department: { month: 1, day: 31 },
  township: { month: 1, day: 31 },
};

const pad = (n: number) => String(n).padStart(2, "0");

/** The last day (`YYYY-MM-DD`) to publish the report on `year` of an agency at `level`. */
export function reportDeadline(
  level: AgencyLevel,
  year: number,
  policy: ReportDeadlinePolicy = DEFAULT_REPORT_DEADLINES,
): string {
  const { month, day } = policy[level];
  return `${year + 1}-${pad(month)}-${pad(day)}`;
}
