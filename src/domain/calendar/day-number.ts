import { AppError } from "../app-error.ts";

/**
 * Dates as day numbers (days since 1970-01-01). All calendar arithmetic runs on these integers;
 * strings are parsed once at the edge. The conversions are Howard Hinnant's civil-date algorithms,
 * so no `Date` object (and no time zone) is involved.
 */

const DASH = 45;
const ZERO = 48;
const MIN_DAY = -719_162; // 0001-01-01
const MAX_DAY = 2_932_896; // 9999-12-31
/** 1970-01-05, a Monday: the anchor of weekday counting. */
const MONDAY = 4;

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number of a real `YYYY-MM-DD` date (years 0001–9999), or undefined for anything else. */
export function parseDayNumber(date: unknown): number | undefined {
  // Hand-rolled rather than a regular expression: ledgers parse millions of dates.
  if (typeof date !== "string" || date.length !== 10) return undefined;
  if (date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH) return undefined;
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

/** The decimal number in date[from, to), or -1 if any character there is not a digit. */
function digits(date: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const d = date.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * Days since 1970-01-01 of a real calendar date written `YYYY-MM-DD`.
 * @example toDayNumber("2026-02-10") // 20494
 * @throws AppError VALIDATION for a malformed or impossible date (2026-02-30).
 */
export function toDayNumber(date: string): number {
  const day = parseDayNumber(date);
  if (day === undefined) {
    const message = `日期“${String(date)}”无效：请写成真实存在的日期，格式为 YYYY-MM-DD，例如 2026-02-10`;
    throw new AppError("VALIDATION", message, { issues: [{ path: [], message }], date });
  }
  return day;
}

/** The `YYYY-MM-DD` date of a day number; the inverse of {@link toDayNumber}. */
export function fromDayNumber(day: number): string {
  const { year, month, dayOfMonth } = civilFromDays(day);
  const yyyy = String(year).padStart(4, "0");
  return `${yyyy}-${month < 10 ? "0" : ""}${month}-${dayOfMonth < 10 ? "0" : ""}${dayOfMonth}`;
}

function civilFromDays(day: number): { year: number; month: number; dayOfMonth: number } {
  if (!Number.isInteger(day) || day < MIN_DAY || day > MAX_DAY) {
    throw new AppError("VALIDATION", `日序号 ${day} 超出可表示的日期范围（0001-01-01 至 9999-12-31）`, {
      day,
    });
  }
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dayOfMonth = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth };
}

/** The calendar year a day number falls in. */
export function yearOfDay(day: number): number {
  return civilFromDays(day).year;
}

/** Day number of 1 January of `year`. */
export function firstDayOfYear(year: number): number {
  return daysFromCivil(year, 1, 1);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const w = dayOfWeek(day);
  return w === 0 || w === 6;
}

/**
 * A running count of Monday–Friday days: differences give the weekdays in a half-open range,
 * `weekdayCount(b) - weekdayCount(a)` = weekdays d with a < d ≤ b. Works for negative days.
 */
export function weekdayCount(day: number): number {
  const t = day - MONDAY + 1;
  const weeks = Math.floor(t / 7);
  return 5 * weeks + Math.min(t - 7 * weeks, 5);
}

/** The day with `weekdayCount(day) === count` that is itself a weekday: the inverse of weekdayCount. */
export function weekdayWithCount(count: number): number {
  const ordinal = count - 1;
  const weeks = Math.floor(ordinal / 5);
  return MONDAY + 7 * weeks + (ordinal - 5 * weeks);
}
