import { describe, expect, it } from "vitest";
import { issuePath, jsonPlace } from "./calendar-types.ts";

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

describe("jsonPlace", () => {
  it("says where a file stopped being JSON without the engine's English words", () => {
    let error: unknown;
    try {
      JSON.parse('{\n  "year": 2027\n  "source": "x"\n}');
    } catch (err) {
      error = err;
    }
    const place = jsonPlace(error);
    expect(place).toMatch(/^（第 \d+ .*附近）$/);
    expect(place).not.toMatch(/[A-Za-z]/);
    expect(jsonPlace(new Error("odd"))).toBe("");
  });
});
