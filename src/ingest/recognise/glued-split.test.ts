import { describe, expect, it } from "vitest";
import { blanksPossible } from "./blank-cells.ts";
import { splitByTotals } from "./glued-split.ts";
import { valueToken } from "./line-parse.ts";

const tokens = (s: string) => s.split(" ").map(valueToken);
const ROW = [7];
const LITIGATION = [5, 5, 5];

describe("splitByTotals", () => {
  it.each([
    ["713000074", ROW, [71, 3, 0, 0, 0, 0, 74]],
    ["370000037", ROW, [37, 0, 0, 0, 0, 0, 37]],
    ["0000000", ROW, [0, 0, 0, 0, 0, 0, 0]],
    // Printed spaces are kept: only the glued token is cut.
    ["3001530061 4 3119", ROW, [3001, 53, 0, 0, 61, 4, 3119]],
    ["746 12 0 0 101 769", ROW, [746, 12, 0, 0, 10, 1, 769]],
    // Dashes are atomic zeros.
    ["— 1 — — — 12", ROW, [0, 1, 0, 0, 0, 1, 2]],
    // Two rows carried in one run.
    ["3700000373 0 0 0 0 0 3", [7, 7], [37, 0, 0, 0, 0, 0, 37, 3, 0, 0, 0, 0, 0, 3]],
    ["000000000000000", LITIGATION, Array(15).fill(0)],
    ["7264178373511348126121 1 6 20", LITIGATION, [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]],
  ])("%s splits one way only", (text, groups, values) => {
    expect(splitByTotals(tokens(text), groups)).toEqual({ kind: "unique", values });
  });

  it.each([
    // 1|10|…|11 and 11|0|…|11 both add up; so do 1|2|10|…|13 and 12|1|0|…|13.
    ["110 0 0 0 0 11", ROW],
    ["1210 0 0 0 13", ROW],
  ])("%s: more than one split adds up → ambiguous", (text, groups) => {
    expect(splitByTotals(tokens(text), groups).kind).toBe("ambiguous");
  });

  it.each([
    // Does not add up however it is cut (it was printed wrong, or a cell is missing).
    ["21 0 0 0 0 21", ROW],
    ["10100000000000", LITIGATION],
    // A token that is no number cannot be split.
    ["7 1 x 0 0 0 8", ROW],
    // More printed tokens than cells.
    ["1 1 1 1 1 1 1 1", ROW],
  ])("%s: no split adds up → none", (text, groups) => {
    expect(splitByTotals(tokens(text), groups).kind).toBe("none");
  });

  it("gives up on a run too long to search, within bounded work", () => {
    expect(splitByTotals(tokens("1".repeat(400)), LITIGATION).kind).not.toBe("unique");
    expect(splitByTotals(tokens("9".repeat(60)), [7, 7, 7, 7]).kind).not.toBe("unique");
  });
});

describe("blanksPossible", () => {
  it.each([
    ["3620 3620", ROW, true],
    ["21 0 0 0 0 21", ROW, true],
    ["5 1 6", ROW, true],
    ["713000074", ROW, false],
    // A value with a leading zero cannot stand alone: glued for sure.
    ["71 3 0000 74", ROW, false],
    ["21 0 0 0 0 20", ROW, false],
    ["1 1 2 3 3", LITIGATION, true],
    ["1 1 3", LITIGATION, false],
  ])("%s → %s", (text, groups, possible) => {
    expect(blanksPossible(tokens(text), groups)).toBe(possible);
  });
});
