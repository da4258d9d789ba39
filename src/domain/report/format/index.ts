import type { FormatVersion, ReportFormat } from "./types.ts";
import { v2019 } from "./v2019.ts";
import { v2021 } from "./v2021.ts";

export * from "./rules.ts";
export type * from "./types.ts";

export const FORMATS: Record<FormatVersion, ReportFormat> = { "2021": v2021, "2019": v2019 };

/** The format a report on `year` must use: the 2019 trial format for 2019–2020, 2021 from then on. */
export function formatForYear(year: number): ReportFormat {
  return year >= v2021.firstYear ? v2021 : v2019;
}

/** Index of a table 三 row by key; throws on a key the format does not have (a programming error). */
export function applicationRowIndex(format: ReportFormat, key: string): number {
  const i = format.applications.rows.findIndex((r) => r.key === key);
  if (i < 0) throw new Error(`format ${format.version} has no table 三 row ${key}`);
  return i;
}
