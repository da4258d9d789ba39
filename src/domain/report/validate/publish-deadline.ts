import { AppError } from "../../app-error.ts";
import type { Finding } from "../finding.ts";
import { type CheckContext, makeFinding } from "./context.ts";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function dayNumber(date: string): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Reject 2025-02-30 and the like instead of rolling them over.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day)
    return null;
  return ms / DAY_MS;
}

/**
 * A county-or-higher government's own report (淮安市人民政府, 洪泽区人民政府): its disclosure office
 * publishes it by 31 March. Not a government's office (…人民政府办公室, a department) nor a township
 * (…镇/乡/街道 人民政府), which keep 31 January as in DEFAULT_REPORT_DEADLINES of the reports service.
 */
const GOVERNMENT = /人民政府$/;
const TOWNSHIP = /(?:镇|乡|街道|苏木)人民政府$/;

function publishMonthDay(agency: string | null): string {
  const name = agency?.trim() ?? "";
  return GOVERNMENT.test(name) && !TOWNSHIP.test(name) ? "03-31" : "01-31";
}

/**
 * The last allowed publish day (条例第四十九条): the one given, else — when the report year is known —
 * 31 March after it for a county-or-higher government named as the agency, 31 January for every other
 * agency (departments; townships by default); else null. A malformed given deadline is the caller's error.
 */
export function resolveDeadline(
  given: string | null | undefined,
  year: number | null,
  agency: string | null = null,
): string | null {
  if (given !== undefined && given !== null) {
    if (dayNumber(given) === null) {
      throw new AppError("VALIDATION", `发布期限“${given}”不是有效日期，应写成 YYYY-MM-DD，例如 2025-01-31`, {
        issues: [{ path: ["deadline"], message: "日期格式应为 YYYY-MM-DD" }],
      });
    }
    return given;
  }
  return year === null ? null : `${year + 1}-${publishMonthDay(agency)}`;
}

/**
 * `publish.deadline`: the report was published on or before the deadline. No finding when the
 * publish date or the deadline is unknown.
 */
export function checkPublishDeadline(ctx: CheckContext): Finding[] {
  const published = ctx.report.publishDate;
  const deadline = ctx.deadline;
  // ISO dates compare as strings: the common case needs no date arithmetic.
  if (published === null || deadline === null || published <= deadline) return [];
  const late = (dayNumber(published) ?? Number.NaN) - (dayNumber(deadline) ?? Number.NaN);
  if (!(late > 0)) return [];
  return [
    makeFinding(
      "publish.deadline",
      `报告发布日期为 ${published}，晚于发布期限 ${deadline}（晚 ${late} 天）。条例第四十九条要求按期公布上一年度的年度报告`,
      [],
      null,
      late,
    ),
  ];
}
