import { describe, expect, it } from "vitest";
import { containment, shingleSet } from "./shingles.ts";

describe("shingleSet", () => {
  it("counts distinct 4-character shingles of Chinese text, ignoring punctuation and layout", () => {
    expect(shingleSet("政府信息公开").length).toBe(3); // 政府信息 府信息公 信息公开
    expect(shingleSet("政府，信息\n公开")).toEqual(shingleSet("政府信息公开"));
    expect(shingleSet("公开公开公开").length).toBe(2); // 公开公开 开公开公
    expect(shingleSet("政府").length).toBe(0);
  });

  it("treats every run of digits as one symbol, so new figures do not hide a copy", () => {
    expect(shingleSet("受理申请21件")).toEqual(shingleSet("受理申请3119件"));
    expect(shingleSet("受理申请21件")).not.toEqual(shingleSet("受理申请二十一件"));
  });
});

describe("containment", () => {
  it("is the share of the first set found in the second", () => {
    const a = shingleSet("政府信息公开工作"); // 5 shingles
    const b = shingleSet("政府信息公开"); // 3 of them
    expect(containment(a, b)).toBeCloseTo(3 / 5);
    expect(containment(b, a)).toBe(1);
    expect(containment(shingleSet(""), a)).toBe(0);
  });
});
