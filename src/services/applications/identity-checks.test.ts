import { describe, expect, it } from "vitest";
import { isCreditCode, isResidentIdNumber } from "./identity-checks.ts";

describe("identity check digits", () => {
  it.each([
    ["11010519491231002X", true],
    ["11010519491231002x", true],
    ["110101199003078515", true],
    ["110101199003078514", false], // wrong check digit
    ["110101199002308510", false], // 30 February
    ["11010119900307851", false], // 17 characters
  ])("resident id %s → %s", (id, valid) => {
    expect(isResidentIdNumber(id)).toBe(valid);
  });

  it.each([
    ["91350100M000100Y43", true],
    ["91350100m000100y43", true],
    ["91350100M000100Y44", false],
    ["91350100M000100I43", false], // I is not in the alphabet
    ["91350100M000100Y4", false],
  ])("credit code %s → %s", (code, valid) => {
    expect(isCreditCode(code)).toBe(valid);
  });
});
