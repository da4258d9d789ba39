import { describe, expect, it } from "vitest";
import { isAppError } from "../app-error.ts";
import { perItemFee, perItemUnitFen, perPageFee, quoteFee } from "./fees.ts";

describe("按件 — the applicant's nth application in a calendar month (109号)", () => {
  it.each([
    [1, 0, 1, 10],
    [10, 0, 1, 10],
    [11, 100_00, 11, 30],
    [30, 100_00, 11, 30],
    [31, 200_00, 31, 40],
    [35, 200_00, 31, 40],
    [40, 200_00, 31, 40],
    [41, 300_00, 41, 50],
    [50, 300_00, 41, 50],
    [51, 400_00, 51, 60],
    [101, 900_00, 101, 110],
  ])("the %i-th costs %i fen (band %i–%i)", (nth, fen, from, to) => {
    const quote = perItemFee(nth);
    expect(quote.totalFen).toBe(fen);
    expect(perItemUnitFen(nth)).toBe(fen);
    expect(quote.lines).toEqual([
      { band: `第${from}—${to}件`, from, to, quantity: 1, unitFen: fen, amountFen: fen },
    ]);
  });
});

describe("按量 — pages of one application, progressive by band", () => {
  it.each([
    [1, 0],
    [30, 0],
    [31, 10_00],
    [100, 700_00],
    [101, 720_00],
    [200, 2700_00],
    [201, 2740_00],
    [250, 4700_00],
  ])("%i pages cost %i fen", (pages, fen) => {
    expect(perPageFee(pages).totalFen).toBe(fen);
  });

  it("itemises 250 pages band by band: 30 free, 70 × 10 元, 100 × 20 元, 50 × 40 元", () => {
    expect(perPageFee(250).lines.map((l) => [l.band, l.quantity, l.unitFen, l.amountFen])).toEqual([
      ["第1—30页", 30, 0, 0],
      ["第31—100页", 70, 10_00, 700_00],
      ["第101—200页", 100, 20_00, 2000_00],
      ["第201页及以上", 50, 40_00, 2000_00],
    ]);
  });

  it("stops at the band the pages reach", () => {
    expect(perPageFee(31).lines.map((l) => [l.from, l.to, l.quantity])).toEqual([
      [1, 30, 30],
      [31, 100, 1],
    ]);
  });
});

describe("one method per application", () => {
  it("quotes by the method of the basis", () => {
    expect(quoteFee({ method: "perItem", nth: 11 }).method).toBe("perItem");
    expect(quoteFee({ method: "perPage", pages: 31 })).toEqual(perPageFee(31));
  });

  it.each([0, -1, 2.5, Number.NaN])("refuses %s as a count", (n) => {
    expect(() => perPageFee(n)).toThrow(/页数应为正整数/);
    expect(codeOf(() => perItemFee(n))).toBe("VALIDATION");
  });
});

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (e) {
    return isAppError(e) ? e.code : "not an AppError";
  }
  return undefined;
}
