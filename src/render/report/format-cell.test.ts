import { describe, expect, it } from "vitest";
import { formatCell, formatChineseDate } from "./format-cell.ts";

describe("formatCell", () => {
  it.each([
    [null, ""],
    [0, "0"],
    [7, "7"],
    [12345678, "12345678"],
    [-4, "-4"],
    [7730.28, "7730.28"],
    [0.5, "0.5"],
    [0.1 + 0.2, "0.3"],
    [1234.5678, "1234.5678"],
    [2.5, "2.5"],
  ])("%s → %j", (value, text) => {
    expect(formatCell(value)).toBe(text);
  });
});

describe("formatChineseDate", () => {
  it.each([
    ["2024-01-20", "2024年1月20日"],
    ["2023-12-05", "2023年12月5日"],
  ])("%s → %s", (iso, text) => {
    expect(formatChineseDate(iso)).toBe(text);
  });
});
