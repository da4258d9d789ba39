import { describe, expect, it } from "vitest";
import { safeBackPath, textSizeHref } from "./text-size.ts";

describe("the text-size switch", () => {
  it.each([
    ["/agencies/k1?x=1", "/agencies/k1?x=1"],
    ["/", "/"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    ["/a\r\nSet-Cookie: x=1", "/"],
    [undefined, "/"],
    ["", "/"],
  ])("goes back to %j as %j", (back, expected) => {
    expect(safeBackPath(back)).toBe(expected);
  });

  it("links with the page to come back to, encoded", () => {
    expect(textSizeHref("large", "/?q=教育")).toBe(
      `/text-size?to=large&back=${encodeURIComponent("/?q=教育")}`,
    );
  });
});
