import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameDayLastYear } from "./application-figures.ts";
import { lastDayOf, lastMonths, monthEnds } from "./months.ts";

describe("chart months", () => {
  it("are the months up to this one, across year ends", () => {
    expect(lastMonths("2026-07-15", 3)).toEqual(["2026-05", "2026-06", "2026-07"]);
    expect(lastMonths("2026-02-01", 4)).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(lastMonths("2026-01-31", 1)).toEqual(["2026-01"]);
  });

  it("end on their last day, leap years included, and today for a month not over", () => {
    expect(["2024-02", "2025-02", "2100-02", "2000-02", "2026-04", "2026-12"].map(lastDayOf)).toEqual([
      "2024-02-29",
      "2025-02-28",
      "2100-02-28",
      "2000-02-29",
      "2026-04-30",
      "2026-12-31",
    ]);
    expect(monthEnds(["2026-05", "2026-06", "2026-07"], "2026-07-15")).toEqual([
      "2026-05-31",
      "2026-06-30",
      "2026-07-15",
    ]);
    expect(monthEnds(["2026-06"], "2026-06-30")).toEqual(["2026-06-30"]);
  });

  it("are always `count` consecutive months ending with today's", () => {
    const day = fc
      .date({
        min: new Date("2001-01-01T00:00:00Z"),
        max: new Date("2099-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (today, count) => {
        const months = lastMonths(today, count);
        expect(months).toHaveLength(count);
        expect(months[count - 1]).toBe(today.slice(0, 7));
        for (let i = 1; i < count; i++) {
          const prev = months[i - 1] ?? "";
          const next = new Date(`${lastDayOf(prev)}T00:00:00Z`);
          next.setUTCDate(next.getUTCDate() + 1);
          expect(months[i]).toBe(next.toISOString().slice(0, 7));
        }
      }),
    );
  });

  it("compare with the same day last year", () => {
    expect(sameDayLastYear("2026-07-15")).toBe("2025-07-15");
    expect(sameDayLastYear("2024-02-29")).toBe("2023-02-28");
    expect(sameDayLastYear("2026-01-01")).toBe("2025-01-01");
  });
});
