import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { AppError } from "../domain/app-error.ts";
import { dayOfWeek, toDayNumber } from "../domain/calendar/index.ts";
import { builtinCalendarYears, builtinWorkCalendar, parseChineseDays } from "./chinese-days.ts";

const raw = createRequire(import.meta.url)("chinese-days/dist/chinese-days.json") as Record<
  string,
  Record<string, string>
>;
const dates = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = toDayNumber(from); d <= toDayNumber(to); d++)
    out.push(new Date(d * 86_400_000).toISOString().slice(0, 10));
  return out;
};
const year = (y: number) => builtinCalendarYears().find((c) => c.year === y);

describe("builtinCalendarYears", () => {
  it("holds every year from 2004 to 2026 and nothing else", () => {
    expect(builtinCalendarYears().map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(builtinWorkCalendar().years()).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it("has make-up days only on Saturdays and Sundays", () => {
    for (const y of builtinCalendarYears()) {
      for (const d of y.workDays)
        expect([0, 6], `${d.date} ${d.name}`).toContain(dayOfWeek(toDayNumber(d.date)));
    }
  });

  it("loses nothing: inLieuDays (swapped weekdays) are all among the holidays", () => {
    for (const date of Object.keys(raw.inLieuDays ?? {})) expect(raw.holidays, date).toHaveProperty(date);
  });

  it("matches the 2026 schedule of rules.md §3 day for day", () => {
    expect(year(2026)?.restDays.map((d) => d.date)).toEqual([
      ...dates("2026-01-01", "2026-01-03"),
      ...dates("2026-02-15", "2026-02-23"),
      ...dates("2026-04-04", "2026-04-06"),
      ...dates("2026-05-01", "2026-05-05"),
      ...dates("2026-06-19", "2026-06-21"),
      ...dates("2026-09-25", "2026-09-27"),
      ...dates("2026-10-01", "2026-10-07"),
    ]);
    expect(year(2026)?.workDays).toEqual([
      { date: "2026-01-04", name: "元旦" },
      { date: "2026-02-14", name: "春节" },
      { date: "2026-02-28", name: "春节" },
      { date: "2026-05-09", name: "劳动节" },
      { date: "2026-09-20", name: "国庆节" },
      { date: "2026-10-10", name: "国庆节" },
    ]);
  });

  it("matches the 2025 notice (元旦 1/1; 春节 1/28–2/4; 清明 4/4–4/6; 劳动节 5/1–5/5; 端午 5/31–6/2; 国庆·中秋 10/1–10/8)", () => {
    expect(year(2025)?.restDays.map((d) => d.date)).toEqual([
      "2025-01-01",
      ...dates("2025-01-28", "2025-02-04"),
      ...dates("2025-04-04", "2025-04-06"),
      ...dates("2025-05-01", "2025-05-05"),
      ...dates("2025-05-31", "2025-06-02"),
      ...dates("2025-10-01", "2025-10-08"),
    ]);
    expect(year(2025)?.workDays.map((d) => d.date)).toEqual([
      "2025-01-26",
      "2025-02-08",
      "2025-04-27",
      "2025-09-28",
      "2025-10-11",
    ]);
  });

  it("names next year's notice too when a New Year's holiday reaches into December", () => {
    expect(year(2011)?.source).toBe(
      "国务院办公厅关于2011年部分节假日安排的通知；国务院办公厅关于2012年部分节假日安排的通知（12月的元旦假期调整）",
    );
    expect(year(2011)?.workDays.at(-1)).toEqual({ date: "2011-12-31", name: "元旦" });
    expect(year(2026)?.source).toBe("国务院办公厅关于2026年部分节假日安排的通知");
  });

  it("hands out copies: a caller's edit does not reach the next caller", () => {
    year(2026)?.restDays.pop();
    expect(year(2026)?.restDays).toHaveLength(33);
  });
});

describe("parseChineseDays", () => {
  it("groups the package's maps by the year of each date", () => {
    const years = parseChineseDays({
      holidays: { "2030-01-01": "New Year's Day,元旦,1", "2029-12-31": "New Year's Day,元旦,1" },
      workdays: { "2029-12-29": "New Year's Day,元旦,1" },
      inLieuDays: {},
    });
    expect(years.map((y) => [y.year, y.restDays.length, y.workDays.length])).toEqual([
      [2029, 1, 1],
      [2030, 1, 0],
    ]);
  });

  it.each([
    [null],
    [{ holidays: {} }],
    [{ holidays: { "2030-1-1": "x,元旦,1" }, workdays: {} }],
    [{ holidays: { "2030-01-01": "元旦" }, workdays: {} }],
  ])("refuses a package file not as expected: %j", (json) => {
    expect(() => parseChineseDays(json)).toThrow(AppError);
  });
});
