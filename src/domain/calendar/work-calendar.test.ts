import { describe, expect, it } from "vitest";
import { AppError } from "../app-error.ts";
import type { CalendarYear } from "./calendar-year.ts";
import sample2027 from "./test-data/2027-sample.json" with { type: "json" };
import { validateCalendarYear } from "./validate-calendar-year.ts";
import { WorkCalendar } from "./work-calendar.ts";

// Hand-worked against test-data/2027-sample.json (test data, not the real 2027 schedule):
// off 1/1–1/3, 2/5–2/13, 4/3–4/5, 5/1–5/5, 6/9, 9/15, 10/1–10/7; make-up Sun 1/31, Sat 2/20,
// Sun 4/25, Sun 9/26, Sat 10/9.
const y2027 = validateCalendarYear(sample2027);
const y2029: CalendarYear = {
  year: 2029,
  source: "测试",
  restDays: [{ date: "2029-01-01", name: "元旦" }],
  workDays: [],
};
const calendar = WorkCalendar.of([y2027]);
const gapped = WorkCalendar.of([y2027, y2029]);

function missingYear(action: () => unknown): number | undefined {
  try {
    action();
  } catch (e) {
    if (e instanceof AppError && e.code === "CALENDAR_MISSING") {
      expect(e.message).toContain(`gongkai calendar load ${e.details.year}.json`);
      return e.details.year as number;
    }
    throw e;
  }
  return undefined;
}

describe("WorkCalendar over one loaded year", () => {
  it.each([
    ["2027-01-01", 1, "2027-01-04", "New Year's Day off through Sunday"],
    ["2027-01-29", 1, "2027-01-31", "Sunday make-up day counts"],
    ["2027-01-29", 2, "2027-02-01", ""],
    ["2027-02-04", 1, "2027-02-15", "Spring Festival 2/5–2/13, then Sunday 2/14"],
    ["2027-02-19", 1, "2027-02-20", "Saturday make-up day counts"],
    ["2027-09-30", 1, "2027-10-08", "National Day 10/1–10/7"],
    ["2027-09-30", 2, "2027-10-09", "Saturday make-up day after it"],
    ["2027-09-30", 3, "2027-10-11", ""],
    ["2027-02-06", 0, "2027-02-06", "n = 0 returns the date itself"],
    ["2026-12-31", 1, "2027-01-04", "the start day is not counted, so its year need not be loaded"],
  ])("%s + %i working days = %s (%s)", (date, n, expected) => {
    expect(calendar.addWorkingDays(date, n)).toBe(expected);
  });

  it.each([
    ["2027-01-31", "2027-02-28", 15],
    ["2026-12-31", "2027-12-31", 248],
    ["2027-10-08", "2027-10-08", 0],
    ["2027-10-08", "2027-01-01", 0],
  ])("working days in (%s, %s] = %i", (from, to, expected) => {
    expect(calendar.workingDaysBetween(from, to)).toBe(expected);
  });

  it("explains each day of a holiday period", () => {
    expect(
      calendar.explain("2027-09-30", "2027-10-11").map((d) => [d.date.slice(5), d.working, d.reason, d.name]),
    ).toEqual([
      ["10-01", false, "holiday", "国庆节"],
      ["10-02", false, "holiday", "国庆节"],
      ["10-03", false, "holiday", "国庆节"],
      ["10-04", false, "holiday", "国庆节"],
      ["10-05", false, "holiday", "国庆节"],
      ["10-06", false, "holiday", "国庆节"],
      ["10-07", false, "holiday", "国庆节"],
      ["10-08", true, "weekday", undefined],
      ["10-09", true, "makeup", "国庆节"],
      ["10-10", false, "weekend", undefined],
      ["10-11", true, "weekday", undefined],
    ]);
    expect(calendar.dayInfo("2027-10-09")).toEqual({
      date: "2027-10-09",
      working: true,
      reason: "makeup",
      name: "国庆节",
      provisional: false,
    });
  });

  it("knows which years it holds", () => {
    expect(calendar.years()).toEqual([2027]);
    expect(calendar.has(2027)).toBe(true);
    expect(calendar.has(2026)).toBe(false);
    expect(calendar.calendarYear(2027)?.source).toBe(sample2027.source);
    expect(calendar.weekendFallback).toBe(false);
    expect(calendar.withWeekendFallback().weekendFallback).toBe(true);
    expect(calendar.withWeekendFallback().withWeekendFallback().weekendFallback).toBe(true);
  });
});

describe("years without data", () => {
  it.each<[string, (c: WorkCalendar) => unknown, number]>([
    ["addWorkingDays into next year", (c) => c.addWorkingDays("2027-12-30", 2), 2028],
    [
      "addWorkingDays from the previous year's last day but one",
      (c) => c.addWorkingDays("2026-12-30", 1),
      2026,
    ],
    ["workingDaysBetween", (c) => c.workingDaysBetween("2027-06-01", "2028-06-01"), 2028],
    ["isWorkingDay", (c) => c.isWorkingDay("2026-05-06"), 2026],
    ["dayInfo", (c) => c.dayInfo("2030-01-01"), 2030],
    ["explain", (c) => c.explain("2027-12-25", "2028-01-05"), 2028],
    ["addWorkingDays across a gap between loaded years", (c) => c.addWorkingDays("2028-12-29", 1), 2028],
  ])("strict %s throws CALENDAR_MISSING naming the year", (_, action, year) => {
    expect(missingYear(() => action(gapped))).toBe(year);
  });

  it("the weekend fallback answers provisionally instead", () => {
    const fallback = gapped.withWeekendFallback();
    expect(fallback.addWorkingDays("2027-12-30", 2)).toBe("2028-01-03");
    expect(fallback.addWorkingDays("2028-12-29", 1)).toBe("2029-01-02");
    expect(fallback.workingDaysBetween("2027-12-31", "2028-01-31")).toBe(21);
    expect(fallback.dayInfo("2028-01-03")).toEqual({
      date: "2028-01-03",
      working: true,
      reason: "unknown-weekday",
      provisional: true,
    });
    expect(fallback.dayInfo("2030-01-05")).toEqual({
      date: "2030-01-05",
      working: false,
      reason: "unknown-weekend",
      provisional: true,
    });
    expect(fallback.isProvisional("2027-12-01", "2029-01-05")).toBe(true);
    expect(fallback.isProvisional("2029-01-05", "2027-12-01")).toBe(true);
    expect(fallback.isProvisional("2029-01-01", "2029-12-31")).toBe(false);
    expect(fallback.isProvisional("2027-01-01", "2027-01-01")).toBe(false);
  });

  it("the fallback continues weekends before the first loaded year", () => {
    const fallback = calendar.withWeekendFallback();
    expect(fallback.addWorkingDays("2026-12-24", 3)).toBe("2026-12-29");
    expect(fallback.addWorkingDays("2026-12-30", 2)).toBe("2027-01-04");
    expect(fallback.workingDaysBetween("2026-11-30", "2027-01-04")).toBe(24);
  });

  it("an empty calendar throws strictly and counts weekends through the fallback", () => {
    const empty = WorkCalendar.of([]);
    expect(empty.years()).toEqual([]);
    expect(missingYear(() => empty.isWorkingDay("2027-01-01"))).toBe(2027);
    expect(empty.withWeekendFallback().addWorkingDays("2027-01-01", 1)).toBe("2027-01-04");
    expect(empty.withWeekendFallback().workingDaysBetween("2027-01-01", "2027-01-31")).toBe(20);
  });

  it("empty ranges and n = 0 touch no year", () => {
    expect(gapped.addWorkingDays("2040-01-01", 0)).toBe("2040-01-01");
    expect(gapped.workingDaysBetween("2040-01-01", "2030-01-01")).toBe(0);
    expect(gapped.explain("2040-01-01", "2040-01-01")).toEqual([]);
  });
});

describe("WorkCalendar.of", () => {
  it("lets a later entry for the same year win (an administrator's correction)", () => {
    const corrected = { ...y2027, restDays: y2027.restDays.filter((d) => d.date !== "2027-01-01") };
    const c = WorkCalendar.of([y2027, corrected]);
    expect(c.isWorkingDay("2027-01-01")).toBe(true);
    expect(c.years()).toEqual([2027]);
  });

  it("validates every year it is given", () => {
    const bad = { ...y2029, workDays: [{ date: "2029-01-02", name: "元旦" }] };
    expect(() => WorkCalendar.of([y2027, bad])).toThrow(/星期二/);
  });

  it.each([-1, 1.5, Number.NaN])("rejects n = %d", (n) => {
    expect(() => calendar.addWorkingDays("2027-03-01", n)).toThrow(AppError);
  });

  it("rejects impossible dates", () => {
    expect(() => calendar.addWorkingDays("2027-02-29", 1)).toThrow(/YYYY-MM-DD/);
  });
});
