import { describe, expect, it } from "vitest";
import { ShingleSet, shingleHashes, shingleSet } from "./shingles.ts";

/** Whether two texts have the same distinct shingles. */
const same = (x: string, y: string) => {
  const [a, b] = [shingleSet(x), shingleSet(y)];
  return a.size === b.size && shingleHashes(x).every((h) => b.has(h));
};

describe("shingles", () => {
  it("counts distinct 4-character shingles of Chinese text, ignoring punctuation and layout", () => {
    expect(shingleHashes("政府信息公开")).toHaveLength(3); // 政府信息 府信息公 信息公开
    expect(same("政府，信息\n公开", "政府信息公开")).toBe(true);
    expect(shingleHashes("公开公开公开")).toHaveLength(3);
    expect(shingleSet("公开公开公开").size).toBe(2); // 公开公开 开公开公
    expect(shingleSet("政府").size).toBe(0);
  });

  it("treats every run of digits as one symbol, so new figures do not hide a copy", () => {
    expect(same("受理申请21件", "受理申请3119件")).toBe(true);
    expect(same("受理申请21件", "受理申请二十一件")).toBe(false);
  });

  it("holds a long text and grows past its expected size", () => {
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return (seed >>> 12) % 20_000;
    };
    const text = Array.from({ length: 5000 }, () => String.fromCharCode(0x4e00 + next())).join("");
    expect(shingleSet(text).size).toBe(4997);
    const small = new ShingleSet(1);
    for (const h of shingleHashes(text)) small.add(h);
    expect(small.size).toBe(4997);
    expect(shingleHashes(text).every((h) => small.has(h))).toBe(true);
    expect(small.add(shingleHashes(text)[0] as number)).toBe(false);
    expect(small.has(shingleHashes("政府信息公开")[0] as number)).toBe(false);
  });
});
