import { describe, expect, it } from "vitest";
import { hashQueryCode, newQueryCode, normalizeQueryCode, queryCodeMatches } from "./query-code.ts";

describe("query codes", () => {
  it("are ten characters of Crockford's base 32, grouped by five, and different every time", () => {
    const codes = new Set(Array.from({ length: 200 }, newQueryCode));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  });

  it("are read forgivingly: case, separators, O for 0, I and L for 1", () => {
    expect(normalizeQueryCode("7kq2m-x9d4r")).toBe("7KQ2MX9D4R");
    expect(normalizeQueryCode(" 7KQ2M X9D4R ")).toBe("7KQ2MX9D4R");
    expect(normalizeQueryCode("O1ILo-ABCDE")).toBe("01110ABCDE");
    expect(() => normalizeQueryCode("7KQ2M-X9D4")).toThrow("查询码应为 10 位字母或数字");
    expect(() => normalizeQueryCode("UUUUU-UUUUU")).toThrow("查询码应为 10 位字母或数字");
  });

  it("are stored as a hash salted with the application id, and checked against it", () => {
    const code = normalizeQueryCode(newQueryCode());
    const stored = hashQueryCode("app-1", code);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(code.toLowerCase());
    expect(queryCodeMatches("app-1", code, stored)).toBe(true);
    expect(queryCodeMatches("app-2", code, stored)).toBe(false);
    const other = code.endsWith("0") ? `${code.slice(0, -1)}1` : `${code.slice(0, -1)}0`;
    expect(queryCodeMatches("app-1", other, stored)).toBe(false);
    expect(queryCodeMatches("app-1", code, "")).toBe(false);
  });
});
