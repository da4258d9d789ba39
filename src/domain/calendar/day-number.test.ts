import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../app-error.ts";
import {
  dayOfWeek,
  fromDayNumber,
  isWeekend,
  parseDayNumber,
  toDayNumber,
  weekdayCount,
  weekdayWithCount,
  yearOfDay,
} from "./day-number.ts";

const MS_PER_DAY = 86_400_000;
/** An independent oracle: the platform's own UTC calendar. */
const viaDate = (date: string) => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;

describe("toDayNumber / fromDayNumber", () => {
  it.each([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["1969-12-31", -1],
    ["2000-03-01", 11_017],
    ["2026-02-10", 20_494],
    ["0001-01-01", -719_162],
    ["9999-12-31", 2_932_896],
  ])("%s is day %i", (date, day) => {
    expect(toDayNumber(date)).toBe(day);
    expect(fromDayNumber(day)).toBe(date);
  });

  it.each([
    "2026-02-29",
    "2100-02-29",
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "0000-01-01",
    "2026-2-10",
    "2026/02/10",
    "2026-02-10T00:00",
    " 2026-02-10",
    "2026-1a-10",
    "2026-+1-10",
    "２０２６-02-10",
    "",
  ])("rejects %j with a Chinese message", (date) => {
    expect(parseDayNumber(date)).toBeUndefined();
    expect(() => toDayNumber(date)).toThrow(AppError);
    expect(() => toDayNumber(date)).toThrow(/YYYY-MM-DD/);
  });

  it.each(["2024-02-29", "2000-02-29", "2026-12-31"])("accepts the real date %s", (date) => {
    expect(toDayNumber(date)).toBe(viaDate(date));
  });

  it("rejects non-strings and impossible day numbers", () => {
    expect(parseDayNumber(20260210)).toBeUndefined();
    expect(() => fromDayNumber(1.5)).toThrow(AppError);
    expect(() => fromDayNumber(3_000_000)).toThrow(AppError);
  });

  it("agrees with Date for every day of years 1900–2200 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: viaDate("1900-01-01"), max: viaDate("2200-12-31") }), (day) => {
        const date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
        expect(fromDayNumber(day)).toBe(date);
        expect(toDayNumber(date)).toBe(day);
        expect(yearOfDay(day)).toBe(Number(date.slice(0, 4)));
        expect(dayOfWeek(day)).toBe(new Date(day * MS_PER_DAY).getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });
});

describe("weekday helpers", () => {
  it.each([
    ["1970-01-01", 4, false],
    ["2026-02-14", 6, true],
    ["2026-01-04", 0, true],
    ["2026-03-16", 1, false],
  ])("%s is weekday %i", (date, w, weekend) => {
    expect(dayOfWeek(toDayNumber(date))).toBe(w);
    expect(isWeekend(toDayNumber(date))).toBe(weekend);
  });

  it("weekdayCount differences count Monday–Friday days in (a, b], negative days included", () => {
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: 0, max: 40 }), (a, len) => {
        let expected = 0;
        for (let d = a + 1; d <= a + len; d++) if (!isWeekend(d)) expected++;
        expect(weekdayCount(a + len) - weekdayCount(a)).toBe(expected);
      }),
    );
  });

  it("weekdayWithCount inverts weekdayCount on weekdays", () => {
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 3000 }), (count) => {
        const day = weekdayWithCount(count);
        expect(isWeekend(day)).toBe(false);
        expect(weekdayCount(day)).toBe(count);
      }),
    );
  });
});
