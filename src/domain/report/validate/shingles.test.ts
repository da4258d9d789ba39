import { describe, expect, it } from "vitest";
import { containment, shingleSet } from "./shingles.ts";

/** Whether two texts have the same shingles. */
const same = (x: string, y: string) => {
  const [a, b] = [shingleSet(x), shingleSet(y)];
  return a.size === b.size && containment(a, b) === 1;
};

describe("shingleSet", () => {
  it("counts distinct 4-character shingles of Chinese text, ignoring punctuation and layout", () => {
    expect(shingleSet("政府信息公开").size).toBe(3); // 政府信息 府信息公 信息公开
    expect(same("政府，信息\n公开", "政府信息公开")).toBe(true);
    expect(shingleSet("公开公开公开").size).toBe(2); // 公开公开 开公开公
    expect(shingleSet("政府").size).toBe(0);
  });

  it("treats every run of digits as one symbol, so new figures do not hide a copy", () => {
    expect(same("受理申请21件", "受理申请3119件")).toBe(true);
    expect(same("受理申请21件", "受理申请二十一件")).toBe(false);
  });

  it("holds a long text: every shingle of a 5,000-character text is found again", () => {
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return (seed >>> 12) % 20_000;
    };
    const text = Array.from({ length: 5000 }, () => String.fromCharCode(0x4e00 + next())).join("");
    const set = shingleSet(text);
    expect(set.size).toBe(4997);
    expect(containment(set, shingleSet(text))).toBe(1);
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
