import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber, validateCalendarYear, WorkCalendar } from "../domain/calendar/index.ts";
import sample2027 from "../domain/calendar/test-data/2027-sample.json" with { type: "json" };
import { builtinCalendarYears } from "./chinese-days.ts";

// Properties over the real schedule (2004–2026) plus the 2027 sample: the strict calendar inside the
// loaded range, the weekend fallback well beyond it on both sides.
const strict = WorkCalendar.of([...builtinCalendarYears(), validateCalendarYear(sample2027)]);
const fallback = strict.withWeekendFallback();

const FIRST = toDayNumber("2004-01-01");
const LAST = toDayNumber("2027-12-31");
/** Start days far enough from the end that n ≤ 400 working days stays inside 2027. */
const strictDay = fc.integer({ min: FIRST - 1, max: toDayNumber("2026-03-01") });
const anyDay = fc.integer({ min: toDayNumber("1995-01-01"), max: toDayNumber("2035-12-31") });
const count = fc.integer({ min: 0, max: 400 });

describe.each([
  ["strict", strict, strictDay],
  ["fallback", fallback, anyDay],
])("%s calendar properties", (_, calendar, day) => {
  it("workingDaysBetween(d, addWorkingDays(d, n)) === n, and the result is a working day", () => {
    fc.assert(
      fc.property(day, count, (d, n) => {
        const end = calendar.addWorkingDaysN(d, n);
        expect(calendar.workingDaysBetweenN(d, end)).toBe(n);
        if (n > 0) {
          expect(calendar.isWorkingDayN(end)).toBe(true);
          expect(calendar.workingDaysBetweenN(d, end - 1)).toBe(n - 1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("addWorkingDays is strictly increasing in n and non-decreasing in d", () => {
    fc.assert(
      fc.property(day, count, fc.integer({ min: 0, max: 30 }), (d, n, step) => {
        expect(calendar.addWorkingDaysN(d, n + 1)).toBeGreaterThan(calendar.addWorkingDaysN(d, n));
        expect(calendar.addWorkingDaysN(d + step, n)).toBeGreaterThanOrEqual(calendar.addWorkingDaysN(d, n));
      }),
      { numRuns: 1000 },
    );
  });

  it("the string and numeric APIs agree", () => {
    fc.assert(
      fc.property(day, count, (d, n) => {
        const date = fromDayNumber(d);
        const end = calendar.addWorkingDays(date, n);
        expect(end).toBe(fromDayNumber(calendar.addWorkingDaysN(d, n)));
        expect(calendar.workingDaysBetween(date, end)).toBe(
          calendar.workingDaysBetweenN(d, toDayNumber(end)),
        );
        // n = 0 leaves `end` on the start day, which may lie just before the loaded years.
        if (n > 0) expect(calendar.isWorkingDay(end)).toBe(calendar.isWorkingDayN(toDayNumber(end)));
      }),
      { numRuns: 500, examples: [[FIRST - 1, 0]] },
    );
  });

  it("explain() covers (from, to] day by day and its working days agree with workingDaysBetween", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -5, max: 120 }), (d, length) => {
        const from = fromDayNumber(d);
        const to = fromDayNumber(d + length);
        const days = calendar.explain(from, to);
        expect(days.length).toBe(Math.max(0, length));
        expect(days[0]?.date ?? to).toBe(length > 0 ? fromDayNumber(d + 1) : to);
        expect(days.filter((x) => x.working).length).toBe(calendar.workingDaysBetween(from, to));
        for (const x of days) expect(x.working).toBe(calendar.isWorkingDay(x.date));
      }),
      { numRuns: 300 },
    );
  });
});

describe("strict and fallback views", () => {
  it("agree wherever every year is loaded", () => {
    fc.assert(
      fc.property(strictDay, count, (d, n) => {
        expect(fallback.addWorkingDaysN(d, n)).toBe(strict.addWorkingDaysN(d, n));
        expect(fallback.isProvisionalN(d + 1, strict.addWorkingDaysN(d, n))).toBe(false);
      }),
    );
  });

  it("outside the loaded years the fallback is exactly Monday–Friday counting", () => {
    const outside = fc.oneof(
      fc.integer({ min: toDayNumber("1990-01-01"), max: FIRST - 400 }),
      fc.integer({ min: LAST + 1, max: toDayNumber("2040-01-01") }),
    );
    fc.assert(
      fc.property(outside, fc.integer({ min: 0, max: 150 }), (d, n) => {
        let expected = d;
        for (let left = n; left > 0; ) {
          expected++;
          const w = new Date(expected * 86_400_000).getUTCDay();
          if (w !== 0 && w !== 6) left--;
        }
        expect(fallback.addWorkingDaysN(d, n)).toBe(expected);
      }),
    );
  });
});
