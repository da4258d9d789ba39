import { describe, expect, it } from "vitest";
import { builtinCalendarYears } from "../../calendar-data/chinese-days.ts";
import { AppError } from "../app-error.ts";
import { type CalendarYear, WorkCalendar } from "../calendar/index.ts";
import { deriveClock } from "./derive-clock.ts";
import type { LedgerEvent } from "./ledger-events.ts";

// Received Mon 2026-12-07: 12/8–12/11 (4), 12/14–18 (9), 12/21–25 (14), 12/28–31 (18), then 2027.
const ledger: LedgerEvent[] = [{ type: "received", date: "2026-12-07", channel: "inPerson" }];
const strict = WorkCalendar.of(builtinCalendarYears());
// Test data, not the real 2027 schedule: New Year's Day off, nothing else.
const test2027: CalendarYear = {
  year: 2027,
  source: "测试数据（并非真实的 2027 年安排）",
  restDays: [{ date: "2027-01-01", name: "元旦" }],
  workDays: [],
};

describe("a reply due in a year without a loaded schedule", () => {
  it("strict calendar: CALENDAR_MISSING naming 2027", () => {
    try {
      deriveClock(ledger, strict);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe("CALENDAR_MISSING");
      expect((e as AppError).details.year).toBe(2027);
    }
  });

  it("weekend fallback: Fri 1/1 counted as day 19, Mon 1/4 day 20, provisional", () => {
    const view = deriveClock(ledger, strict.withWeekendFallback());
    expect(view.replyDeadline).toEqual({ date: "2027-01-04", provisional: true });
    expect(view.correctionNoticeLimit).toEqual({ date: "2026-12-16", provisional: false });
    expect(view.provisional).toBe(true);
  });

  it("exact once 2027 is loaded: 1/1 off, so 1/4 is day 19 and 1/5 day 20", () => {
    const loaded = WorkCalendar.of([...builtinCalendarYears(), test2027]);
    const view = deriveClock(ledger, loaded);
    expect(view.replyDeadline).toEqual({ date: "2027-01-05", provisional: false });
    expect(view.provisional).toBe(false);
    // And through the fallback view nothing is provisional any more.
    expect(deriveClock(ledger, loaded.withWeekendFallback()).replyDeadline).toEqual({
      date: "2027-01-05",
      provisional: false,
    });
  });

  it("a date in 2026 stays exact on the fallback calendar", () => {
    const view = deriveClock(
      [{ type: "received", date: "2026-03-02", channel: "online" }],
      strict.withWeekendFallback(),
    );
    expect(view.replyDeadline).toEqual({ date: "2026-03-30", provisional: false });
    expect(view.provisional).toBe(false);
  });
});
