import { AppError } from "../app-error.ts";
import { calendarMissing } from "./calendar-missing.ts";
import type { CalendarYear } from "./calendar-year.ts";
import {
  fromDayNumber,
  isWeekend,
  toDayNumber,
  weekdayCount,
  weekdayWithCount,
  yearOfDay,
} from "./day-number.ts";
import {
  buildDayTable,
  type DayReason,
  type DayTable,
  FIRST_UNKNOWN_REASON,
  REASONS,
  unknownReasonCode,
} from "./day-table.ts";
import { validateCalendarYear } from "./validate-calendar-year.ts";

/** One day, whether it is a working day and why. */
export interface DayInfo {
  date: string;
  working: boolean;
  reason: DayReason;
  /** The holiday of a rest or make-up day, e.g. 春节 */
  name?: string;
  /** True when the year has no loaded schedule and the weekend rule stood in for it. */
  provisional: boolean;
}

/**
 * Working-day arithmetic over the loaded years of the official schedule (条例 counts in 工作日:
 * Monday–Friday, minus holidays and swapped rest days, plus make-up days).
 *
 * The strict calendar throws `CALENDAR_MISSING` as soon as a computation touches a year without
 * data; {@link withWeekendFallback} gives a view that uses weekends alone there, and whose results
 * are provisional. Every operation exists on date strings and, for hot paths, on day numbers
 * (`…N`, see toDayNumber); all of them are O(1) table reads.
 */
export class WorkCalendar {
  private constructor(
    private readonly table: DayTable,
    /** True on the view that computes missing years from weekends instead of throwing. */
    readonly weekendFallback: boolean,
  ) {}

  /**
   * A calendar of the given years, each checked with validateCalendarYear. When a year appears
   * twice the later entry wins, so `[...builtin, ...administratorLoaded]` lets corrections override.
   */
  static of(years: CalendarYear[]): WorkCalendar {
    const byYear = new Map<number, CalendarYear>();
    for (const y of years) byYear.set(y.year, validateCalendarYear(y));
    return new WorkCalendar(buildDayTable([...byYear.values()]), false);
  }

  /** Loaded years, ascending. */
  years(): number[] {
    return [...this.table.loaded.keys()].sort((a, b) => a - b);
  }

  has(year: number): boolean {
    return this.table.loaded.has(year);
  }

  /** The loaded schedule of a year (validated, days sorted), e.g. to export and correct it. */
  calendarYear(year: number): CalendarYear | undefined {
    return this.table.loaded.get(year);
  }

  /** A view that computes missing years from weekends alone instead of throwing; results through it are provisional. */
  withWeekendFallback(): WorkCalendar {
    return this.weekendFallback ? this : new WorkCalendar(this.table, true);
  }

  /** True if any year in [from, to] (inclusive, either order) is not loaded. */
  isProvisional(from: string, to: string): boolean {
    return this.isProvisionalN(toDayNumber(from), toDayNumber(to));
  }

  isProvisionalN(from: number, to: number): boolean {
    const lo = Math.min(from, to) - this.table.start;
    const hi = Math.max(from, to) - this.table.start;
    if (lo < 0 || hi >= this.table.length) return true;
    return this.table.unknownCum[hi + 1] !== this.table.unknownCum[lo];
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayN(toDayNumber(date));
  }

  isWorkingDayN(day: number): boolean {
    const t = this.table;
    const i = day - t.start;
    if (i >= 0 && i < t.length) {
      if (!this.weekendFallback && (t.reason[i] ?? 0) >= FIRST_UNKNOWN_REASON)
        throw calendarMissing(yearOfDay(day));
      return t.cum[i + 1] !== t.cum[i];
    }
    if (!this.weekendFallback) throw calendarMissing(yearOfDay(day));
    return !isWeekend(day);
  }

  dayInfo(date: string): DayInfo {
    return this.dayInfoN(toDayNumber(date));
  }

  dayInfoN(day: number): DayInfo {
    const t = this.table;
    const i = day - t.start;
    const inTable = i >= 0 && i < t.length;
    const code = inTable ? (t.reason[i] ?? 0) : unknownReasonCode(day);
    if (code >= FIRST_UNKNOWN_REASON && !this.weekendFallback) throw calendarMissing(yearOfDay(day));
    const reason = REASONS[code] ?? "unknown-weekday";
    const info: DayInfo = {
      date: fromDayNumber(day),
      working: reason === "weekday" || reason === "makeup" || reason === "unknown-weekday",
      reason,
      provisional: code >= FIRST_UNKNOWN_REASON,
    };
    const name = inTable ? t.names[t.nameIndex[i] ?? 0] : undefined;
    if (name) info.name = name;
    return info;
  }

  /** The n-th working day after `date` (date itself not counted; n ≥ 1). n = 0 returns date. */
  addWorkingDays(date: string, n: number): string {
    return fromDayNumber(this.addWorkingDaysN(toDayNumber(date), n));
  }

  addWorkingDaysN(day: number, n: number): number {
    if (n === 0) return day;
    if (!Number.isInteger(n) || n < 0) {
      throw new AppError("VALIDATION", `工作日天数应为不小于 0 的整数，收到的是 ${n}`, { n });
    }
    const t = this.table;
    const target = this.count(day) + n;
    const total = t.ordinal.length;
    let result: number;
    if (target > total) result = weekdayWithCount(weekdayCount(t.start + t.length - 1) + target - total);
    else if (target >= 1) result = t.start + (t.ordinal[target - 1] ?? 0);
    else result = weekdayWithCount(weekdayCount(day) + n);
    if (!this.weekendFallback) this.requireLoaded(day + 1, result);
    return result;
  }

  /** Working days d with from < d ≤ to (0 when to ≤ from). */
  workingDaysBetween(from: string, to: string): number {
    return this.workingDaysBetweenN(toDayNumber(from), toDayNumber(to));
  }

  workingDaysBetweenN(from: number, to: number): number {
    if (to <= from) return 0;
    if (!this.weekendFallback) this.requireLoaded(from + 1, to);
    return this.count(to) - this.count(from);
  }

  /** Every day in (from, to] with why it counts or not. */
  explain(from: string, to: string): DayInfo[] {
    const a = toDayNumber(from);
    const b = toDayNumber(to);
    if (b <= a) return [];
    if (!this.weekendFallback) this.requireLoaded(a + 1, b);
    const days: DayInfo[] = [];
    for (let d = a + 1; d <= b; d++) days.push(this.dayInfoN(d));
    return days;
  }

  /**
   * A running count of working days: `count(b) - count(a)` = working days in (a, b]. Inside the
   * table it is the prefix sum; outside, the weekday count continues it, so the fallback needs no
   * special case.
   */
  private count(day: number): number {
    const t = this.table;
    const i = day - t.start;
    if (i < 0) return weekdayCount(day) - weekdayCount(t.start - 1);
    if (i < t.length) return t.cum[i + 1] ?? 0;
    return (t.cum[t.length] ?? 0) + weekdayCount(day) - weekdayCount(t.start + t.length - 1);
  }

  /** Throws CALENDAR_MISSING naming the first year in [from, to] without data. */
  private requireLoaded(from: number, to: number): void {
    const t = this.table;
    const i = from - t.start;
    const j = to - t.start;
    if (i >= 0 && j < t.length && t.unknownCum[j + 1] === t.unknownCum[i]) return;
    const last = yearOfDay(to);
    for (let y = yearOfDay(from); y <= last; y++) if (!t.loaded.has(y)) throw calendarMissing(y);
  }
}
