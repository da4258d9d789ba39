import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultNumberPatterns, formatDocumentNumber, numberPatternIssues } from "./document-number.ts";
import { amountInWords, chineseDate, citeBasis, yuan } from "./letter-format.ts";

describe("amounts in capital numerals (大写金额)", () => {
  it.each([
    [0, "零元整"],
    [5, "伍分"],
    [50, "伍角"],
    [10_000, "壹佰元整"],
    [20_000, "贰佰元整"],
    [1_000, "壹拾元整"],
    [101_000, "壹仟零壹拾元整"],
    [101_050, "壹仟零壹拾元伍角"],
    [100_005, "壹仟元零伍分"],
    [470_000, "肆仟柒佰元整"],
    [1_000_500, "壹万零伍元整"],
    [10_000_000, "壹拾万元整"],
    [100_001_000, "壹佰万零壹拾元整"],
    [10_000_000_100, "壹亿零壹元整"],
    [10_001_000_000, "壹亿零壹万元整"],
    [11_000_000_000, "壹亿壹仟万元整"],
    [12_345_678_912, "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"],
  ])("%i fen → %s", (fen, words) => {
    expect(amountInWords(fen)).toBe(words);
  });

  it("never has two 零 in a row, nor one before 元 or at the start", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999_999 }), (fen) => {
        const w = amountInWords(fen);
        expect(w).not.toMatch(/零零|零元|^零|零万|零亿/);
      }),
    );
  });
});

describe("dates, money and citations", () => {
  it("formats", () => {
    expect(chineseDate("2026-03-05")).toBe("2026年3月5日");
    expect(chineseDate("2026-12-31")).toBe("2026年12月31日");
    expect(yuan(470_000)).toBe("4,700.00元");
    expect(yuan(10_050)).toBe("100.50元");
    expect(yuan(0)).toBe("0.00元");
  });

  it("cites articles of the regulation, then other instruments", () => {
    expect(citeBasis(["第十五条", "第三十二条"])).toBe(
      "《中华人民共和国政府信息公开条例》第十五条、第三十二条的规定",
    );
    expect(citeBasis(["第四十二条", "《办法》"])).toBe(
      "《中华人民共和国政府信息公开条例》第四十二条和《办法》的规定",
    );
    expect(citeBasis([])).toBe("《中华人民共和国政府信息公开条例》的有关规定");
  });
});

describe("document number patterns", () => {
  it("fills year and number", () => {
    expect(formatDocumentNumber("甲政信复〔{year}〕{n}号", 2026, 17)).toBe("甲政信复〔2026〕17号");
    expect(defaultNumberPatterns("一县").correction).toBe("一县政信补〔{year}〕{n}号");
  });

  it.each([
    ["甲政信复〔2026〕{n}号", "应包含且只包含一个 {year}"],
    ["甲政信复〔{year}〕号", "应包含且只包含一个 {n}"],
    ["{n}甲〔{year}〕{n}号", "应包含且只包含一个 {n}"],
    ["甲〔{year}〕{n}号{agency}", "只能使用 {year} 和 {n} 两个占位符"],
    ["", "请填写“答复”的文号格式"],
  ])("refuses %s", (pattern, message) => {
    const issues = numberPatternIssues("reply", pattern);
    expect(issues.map((i) => i.message).join("；")).toContain(message);
    expect(issues[0]?.path).toEqual(["numberPatterns", "reply"]);
  });

  it("accepts the defaults", () => {
    for (const [series, pattern] of Object.entries(defaultNumberPatterns("甲市一县"))) {
      expect(numberPatternIssues(series as "reply", pattern)).toEqual([]);
    }
  });
});
