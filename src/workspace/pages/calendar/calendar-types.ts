import type { z } from "zod";
import type {
  calendarYearLoadedSchema,
  calendarYearSchema,
  calendarYearSummarySchema,
} from "../../../http/routes/calendar-schemas.ts";

/** The calendar routes' answers as the workspace sees them (types only). */
export type CalendarYearSummary = z.infer<typeof calendarYearSummarySchema>;
export type CalendarYear = z.infer<typeof calendarYearSchema>;
export type CalendarYearLoaded = z.infer<typeof calendarYearLoadedSchema>;

/** An issue's path as the file's author reads it: `["restDays", 3, "date"]` → `restDays[3].date`. */
export function issuePath(path: (string | number)[]): string {
  if (path.length === 0) return "（整个文件）";
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

/**
 * Where JSON.parse stopped, in Chinese: the browser's own message is English
 * (`… in JSON at position 52 (line 3 column 5)`), so only its numbers are kept.
 */
export function jsonPlace(err: unknown): string {
  const text = err instanceof Error ? err.message : "";
  const line = /line (\d+) column (\d+)/.exec(text);
  if (line) return `（第 ${line[1]} 行第 ${line[2]} 列附近）`;
  const position = /position (\d+)/.exec(text);
  return position ? `（第 ${Number(position[1]) + 1} 个字符附近）` : "";
}
