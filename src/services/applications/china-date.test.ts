import { describe, expect, it } from "vitest";
import { chinaDate } from "./china-date.ts";

describe("chinaDate", () => {
  it.each([
    ["2026-03-01T15:59:59.999Z", "2026-03-01"],
    ["2026-03-01T16:00:00.000Z", "2026-03-02"],
    ["2026-12-31T16:00:00.000Z", "2027-01-01"],
    ["2028-02-28T20:00:00.000Z", "2028-02-29"],
  ])("%s is %s in Beijing", (instant, day) => {
    expect(chinaDate(new Date(instant))).toBe(day);
  });
});
