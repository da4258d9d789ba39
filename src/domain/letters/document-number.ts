import type { FieldIssue } from "../app-error.ts";
import { NUMBER_SERIES, type NumberSeries, SERIES_KEYS } from "./letter-kinds.ts";

/**
 * Document numbers (发文字号): a pattern per series, with `{year}` and `{n}` where the year of the
 * letter and its number in the agency's series for that year go — e.g. `甲政信复〔{year}〕{n}号`
 * gives 甲政信复〔2026〕3号. Numbers start at 1 each year and never skip (the counter is in the
 * database, taken inside the transaction that stores the letter).
 */

export const MAX_PATTERN_LENGTH = 60;

/** The default patterns: the agency's short name (or name), 政信, the series character. */
export function defaultNumberPatterns(agencyPrefix: string): Record<NumberSeries, string> {
  return Object.fromEntries(
    SERIES_KEYS.map((s) => [s, `${agencyPrefix}政信${NUMBER_SERIES[s].char}〔{year}〕{n}号`]),
  ) as Record<NumberSeries, string>;
}

/** The problems of a pattern, with Chinese messages naming the series; empty when it is usable. */
export function numberPatternIssues(series: NumberSeries, pattern: string): FieldIssue[] {
  const label = `“${NUMBER_SERIES[series].label}”的文号格式`;
  const path = ["numberPatterns", series];
  const issues: FieldIssue[] = [];
  const count = (token: string) => pattern.split(token).length - 1;
  if (pattern.trim() === "") return [{ path, message: `请填写${label}，例如 甲政信复〔{year}〕{n}号` }];
  if (count("{n}") !== 1) issues.push({ path, message: `${label}应包含且只包含一个 {n}（文书序号）` });
  if (count("{year}") !== 1) issues.push({ path, message: `${label}应包含且只包含一个 {year}（年份）` });
  const stray = pattern.replace(/\{year\}|\{n\}/g, "");
  if (/[{}]/.test(stray)) issues.push({ path, message: `${label}只能使用 {year} 和 {n} 两个占位符` });
  if ([...pattern].length > MAX_PATTERN_LENGTH) {
    issues.push({ path, message: `${label}不能超过 ${MAX_PATTERN_LENGTH} 个字` });
  }
  return issues;
}

/**
 * A document number from a checked pattern.
 * @example formatDocumentNumber("甲政信复〔{year}〕{n}号", 2026, 3) // "甲政信复〔2026〕3号"
 */
export function formatDocumentNumber(pattern: string, year: number, n: number): string {
  return pattern.replace("{year}", String(year)).replace("{n}", String(n));
}
