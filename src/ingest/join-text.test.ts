import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, joinPieces } from "./join-text.ts";

describe("cleanText", () => {
  it.each([
    ["  商 业 企\u00a0业 ", "商业企业"],
    ["\u3000\u3000全年受理申请 3119 件。", "全年受理申请 3119 件。"],
    ["“三安全 一稳定”", "“三安全一稳定”"],
    ["hazwgkc@163.com  ）", "hazwgkc@163.com ）"],
    ["a\n\t b", "a b"],
  ])("%j → %j", (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it("is idempotent and never leaves white space at the ends", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = cleanText(s);
        expect(cleanText(once)).toBe(once);
        expect(once).toBe(once.trim());
      }),
    );
  });
});

describe("joinPieces", () => {
  it.each([
    [
      ["（二）部分公开（区分处理的，只计这一情", "形，不计其他情形）"],
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    ],
    [["商业", "企业"], "商业企业"],
    [["2024", "12"], "2024 12"],
    [["Part of a", "label"], "Part of a label"],
    [["", "  ", "x"], "x"],
  ])("%j → %j", (pieces, expected) => {
    expect(joinPieces(pieces)).toBe(expected);
  });
});
