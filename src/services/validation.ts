import { z } from "zod";
import { AppError, type FieldIssue } from "../domain/app-error.ts";
import { parseDayNumber } from "../domain/calendar/day-number.ts";

/**
 * Input checking for services: zod schemas whose messages name the field in Chinese, and one
 * parse that reports every problem at once as AppError VALIDATION with `details.issues`.
 * Field builders carry their own messages; anything else falls back to zod's Chinese locale.
 */

const zhCN = z.locales.zhCN();

/**
 * Parses `input` or throws AppError VALIDATION listing every issue with its path.
 * @param what the thing being checked, for the summary message, e.g. "规范性文件".
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input, { error: zhCN.localeError });
  if (result.success) return result.data;
  throw validationFailure(
    what,
    result.error.issues.map((i) => ({
      path: i.path.filter((p): p is string | number => typeof p !== "symbol"),
      message: i.message,
    })),
  );
}

/** The VALIDATION error for a list of issues, its message summarising all of them. */
export function validationFailure(what: string, issues: FieldIssue[]): AppError {
  const lines = issues.map((i, n) => `${n + 1}. ${i.message}`);
  return new AppError("VALIDATION", `${what}有 ${issues.length} 处问题，请修改后重试：${lines.join("；")}`, {
    issues,
  });
}

/** Required text, trimmed, at most `max` characters. */
export function requiredText(label: string, max = 200) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过 ${max} 个字` });
}

/** Optional text: missing, null or blank becomes null. */
export function optionalText(label: string, max = 200) {
  return z
    .string({ error: `${label}应为文字` })
    .trim()
    .max(max, { error: `${label}不能超过 ${max} 个字` })
    .nullish()
    .transform((v) => (v ? v : null));
}

/** A real calendar date written YYYY-MM-DD. */
export function isoDate(label: string) {
  return z
    .string({ error: `请填写${label}，格式为 YYYY-MM-DD` })
    .refine((v) => parseDayNumber(v) !== undefined, {
      error: (issue) =>
        `${label}“${String(issue.input)}”无效：请写成真实存在的日期，格式为 YYYY-MM-DD，例如 2026-02-10`,
    });
}

/** An optional date: missing, null or "" becomes null. */
export function optionalIsoDate(label: string) {
  return z
    .preprocess((v) => (v === "" ? null : v), isoDate(label).nullable())
    .optional()
    .transform((v) => v ?? null);
}

/** A report year. */
export function reportYear(label = "年度") {
  return z
    .number({ error: `请填写${label}（四位数字的年份，例如 2025）` })
    .int({ error: `${label}应为整数年份，例如 2025` })
    .min(2008, { error: `${label}不能早于 2008 年（《政府信息公开条例》施行之年）` })
    .max(2100, { error: `${label}不能晚于 2100 年` });
}

/** A non-negative whole number. */
export function nonNegativeInteger(label: string) {
  return z
    .number({ error: `请填写${label}（不小于 0 的整数）` })
    .int({ error: `${label}应为整数` })
    .min(0, { error: `${label}不能为负数` })
    .max(Number.MAX_SAFE_INTEGER, { error: `${label}过大` });
}

/** One of a fixed set of values, each with the Chinese name the message lists. */
export function oneOf<const T extends string>(label: string, names: Record<T, string>) {
  const values = Object.keys(names) as [T, ...T[]];
  const choices = values.map((v) => `${names[v]}（${v}）`).join("、");
  return z.enum(values, { error: `${label}只能是以下之一：${choices}` });
}
