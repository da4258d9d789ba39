import { expect, it } from "vitest";
import { chinaTime } from "./china-time.ts";

it("shows an instant in Beijing time whatever the zone the browser runs in", () => {
  // 16:30 UTC on 1 March is half past midnight on 2 March in Beijing.
  expect(chinaTime("2026-03-01T16:30:00.000Z")).toBe("2026/3/2 00:30:00");
});
