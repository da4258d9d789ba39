import { describe, expect, it } from "vitest";
import { AppError } from "../domain/app-error.ts";
import { validateCalendarYear, WorkCalendar } from "../domain/calendar/index.ts";
import sample2027 from "../domain/calendar/test-data/2027-sample.json" with { type: "json" };
import { builtinCalendarYears, builtinWorkCalendar } from "./chinese-days.ts";

// Every expectation below was counted by hand on a paper calendar from the State Council notices:
// 2025 — off 1/1; 1/28–2/4; 4/4–4/6; 5/1–5/5; 5/31–6/2; 10/1–10/8. Make-up: Sun 1/26, Sat 2/8,
//        Sun 4/27, Sun 9/28, Sat 10/11.
// 2026 — off 1/1–1/3; 2/15–2/23; 4/4–4/6; 5/1–5/5; 6/19–6/21; 9/25–9/27; 10/1–10/7. Make-up:
//        Sun 1/4, Sat 2/14, Sat 2/28, Sat 5/9, Sun 9/20, Sat 10/10.
const calendar = builtinWorkCalendar();

describe("addWorkingDays on the official schedule", () => {
  it.each([
    // The brief's example: 2/11–2/13 (3), Sat 2/14 make-up (4), 2/15–2/23 off, 2/24–2/27 (8),
    // Sat 2/28 make-up (9), 3/2–3/6 (14), 3/9–3/13 (19), Mon 3/16 (20).
    ["2026-02-10", 20, "2026-03-16", "20-day reply across Spring Festival 2026"],
    ["2026-02-13", 1, "2026-02-14", "Saturday make-up day counts"],
    ["2026-02-14", 1, "2026-02-24", "received on a make-up Saturday: the holiday follows"],
    ["2026-02-17", 1, "2026-02-24", "received during the holiday"],
    ["2026-02-17", 5, "2026-02-28", "…and the fifth day is the make-up Saturday"],
    ["2026-03-07", 1, "2026-03-09", "received on an ordinary Saturday"],
    ["2026-03-08", 7, "2026-03-17", "received on a Sunday"],
    ["2025-12-26", 3, "2025-12-31", "year end"],
    ["2025-12-26", 4, "2026-01-04", "across the year: 1/1–1/3 off, Sunday 1/4 works"],
    ["2025-12-31", 1, "2026-01-04", ""],
    ["2025-12-31", 5, "2026-01-08", "the year end + 5"],
    ["2026-01-01", 1, "2026-01-04", "received on New Year's Day"],
    ["2022-12-30", 1, "2023-01-03", "2023's New Year holiday began on Sat 2022-12-31"],
    ["2025-01-24", 1, "2025-01-26", "Spring Festival 2025: Sunday make-up day"],
    ["2025-01-24", 2, "2025-01-27", ""],
    ["2025-01-24", 3, "2025-02-05", "1/28–2/4 off"],
    ["2025-01-27", 20, "2025-03-03", "20-day reply across Spring Festival 2025 (Sat 2/8 counts)"],
    ["2025-02-07", 1, "2025-02-08", "Saturday make-up day"],
    ["2025-04-25", 1, "2025-04-27", "Labour Day 2025: Sunday make-up day"],
    ["2025-04-30", 1, "2025-05-06", "5/1–5/5 off"],
    ["2025-09-26", 1, "2025-09-28", "National Day 2025: Sunday make-up day"],
    ["2025-09-26", 4, "2025-10-09", "9/29, 9/30, then 10/1–10/8 off"],
    ["2025-09-26", 6, "2025-10-11", "Saturday make-up day after the holiday"],
    ["2025-09-30", 20, "2025-11-04", "20-day reply across National Day 2025"],
    ["2026-04-03", 1, "2026-04-07", "Qingming 2026: 4/4–4/6"],
    ["2026-04-30", 1, "2026-05-06", "Labour Day 2026: 5/1–5/5"],
    ["2026-04-30", 4, "2026-05-09", "Saturday make-up day 5/9"],
    ["2026-06-18", 1, "2026-06-22", "Dragon Boat 2026: 6/19–6/21"],
    ["2026-09-18", 1, "2026-09-20", "National Day 2026: Sunday make-up day 9/20"],
    ["2026-09-24", 1, "2026-09-28", "Mid-Autumn 2026: 9/25–9/27"],
    ["2026-09-30", 1, "2026-10-08", "10/1–10/7 off"],
    ["2026-09-30", 3, "2026-10-10", "Saturday make-up day 10/10"],
    ["2026-09-30", 4, "2026-10-12", ""],
  ])("%s + %i = %s (%s)", (date, n, expected) => {
    expect(calendar.addWorkingDays(date, n)).toBe(expected);
    expect(calendar.workingDaysBetween(date, expected)).toBe(n);
  });
});

describe("workingDaysBetween on the official schedule", () => {
  it.each([
    ["2026-09-28", "2026-10-12", 6],
    ["2026-02-10", "2026-03-16", 20],
    ["2026-02-13", "2026-02-24", 2],
    ["2025-12-31", "2026-01-31", 21],
    ["2026-01-31", "2026-02-28", 16],
    // 261 weekdays − 18 weekday holidays + 5 make-up days (2025); 261 − 19 + 6 (2026).
    ["2024-12-31", "2025-12-31", 248],
    ["2025-12-31", "2026-12-31", 248],
  ])("(%s, %s] holds %i working days", (from, to, expected) => {
    expect(calendar.workingDaysBetween(from, to)).toBe(expected);
    expect(calendar.explain(from, to).filter((d) => d.working)).toHaveLength(expected);
  });
});

describe("dayInfo on the official schedule", () => {
  it.each([
    ["2026-02-14", true, "makeup", "春节"],
    ["2026-01-04", true, "makeup", "元旦"],
    ["2026-09-20", true, "makeup", "国庆节"],
    ["2026-02-16", false, "holiday", "春节"],
    ["2026-02-21", false, "holiday", "春节"],
    ["2025-10-06", false, "holiday", "中秋"],
    ["2026-03-07", false, "weekend", undefined],
    ["2026-03-09", true, "weekday", undefined],
  ])("%s: working %s, %s %s", (date, working, reason, name) => {
    expect(calendar.dayInfo(date)).toEqual({
      date,
      working,
      reason,
      provisional: false,
      ...(name ? { name } : {}),
    });
    expect(calendar.isWorkingDay(date)).toBe(working);
  });
});

describe("crossing into 2027", () => {
  it("the strict calendar refuses and says how to fix it", () => {
    const attempt = () => calendar.addWorkingDays("2026-12-20", 10);
    expect(attempt).toThrow(AppError);
    expect(attempt).toThrow("尚未载入 2027 年的法定节假日安排");
    expect(attempt).toThrow("gongkai calendar load 2027.json");
    try {
      attempt();
    } catch (e) {
      expect((e as AppError).code).toBe("CALENDAR_MISSING");
      expect((e as AppError).details).toEqual({ year: 2027 });
    }
    expect(() => calendar.workingDaysBetween("2026-12-01", "2027-01-05")).toThrow(/2027/);
    expect(() => calendar.isWorkingDay("2027-01-01")).toThrow(/2027/);
  });

  it("the fallback view counts weekends only and marks the answer provisional", () => {
    const fallback = calendar.withWeekendFallback();
    // 12/21–12/25 (5), 12/28–12/31 (9), Fri 2027-01-01 (10): no holiday known yet.
    expect(fallback.addWorkingDays("2026-12-20", 10)).toBe("2027-01-01");
    expect(fallback.isProvisional("2026-12-20", "2027-01-01")).toBe(true);
    expect(fallback.dayInfo("2027-01-01")).toMatchObject({
      working: true,
      reason: "unknown-weekday",
      provisional: true,
    });
    expect(calendar.isProvisional("2026-12-20", "2026-12-31")).toBe(false);
  });

  it("is exact once a 2027 schedule is loaded through validateCalendarYear", () => {
    const loaded = WorkCalendar.of([...builtinCalendarYears(), validateCalendarYear(sample2027)]);
    // The sample has 1/1–1/3 off, so the tenth day moves to Monday 1/4.
    expect(loaded.addWorkingDays("2026-12-20", 10)).toBe("2027-01-04");
    expect(loaded.isProvisional("2026-12-20", "2027-01-04")).toBe(false);
    expect(loaded.workingDaysBetween("2026-12-01", "2027-01-05")).toBe(24);
    expect(loaded.dayInfo("2027-01-01")).toMatchObject({
      working: false,
      reason: "holiday",
      name: "元旦",
      provisional: false,
    });
  });
});

describe("before the first built-in year", () => {
  it("2003 is not guessed either", () => {
    expect(() => calendar.addWorkingDays("2003-12-30", 1)).toThrow(/2003/);
    expect(calendar.withWeekendFallback().addWorkingDays("2003-12-30", 1)).toBe("2003-12-31");
  });
});
