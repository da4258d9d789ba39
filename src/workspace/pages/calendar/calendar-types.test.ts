import { describe, expect, it } from "vitest";
import { issuePath } from "./calendar-types.ts";

describe("issuePath", () => {
  it.each([
    [["restDays", 3, "date"], "restDays[3].date"],
    [["workDays", 0, "name"], "workDays[0].name"],
    [["year"], "year"],
    [["source"], "source"],
    [[], "（整个文件）"],
  ] as const)("%j reads %s", (path, text) => {
    expect(issuePath([...path])).toBe(text);
  });
});
