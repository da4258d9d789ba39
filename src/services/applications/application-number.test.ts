import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { newApplicationNumber, normalizeApplicationNumber } from "./application-number.ts";

describe("application numbers", () => {
  it("are the year, eight random digits and a Luhn check digit, grouped by four", () => {
    const n = newApplicationNumber(2026);
    expect(n).toMatch(/^2026-\d{4}-\d{4}-\d$/);
    expect(normalizeApplicationNumber(n)).toBe(n);
    expect(normalizeApplicationNumber(` ${n.replace(/-/g, " ")} `)).toBe(n);
    expect(normalizeApplicationNumber(n.replace(/-/g, ""))).toBe(n);
  });

  it("has the check digit worked by hand", () => {
    // 2026 0000 0000, from the right: every other digit doubled, starting with the last. The 6 is
    // doubled (12 → 1 + 2 = 3), the 2s are not: 2 + 0 + 2 + 3 = 7, and 7 + 3 is a multiple of 10.
    expect(normalizeApplicationNumber("2026-0000-0000-3")).toBe("2026-0000-0000-3");
    expect(() => normalizeApplicationNumber("2026-0000-0000-8")).toThrow("校验位不符");
  });

  it("catches every single mistyped digit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 9 }), (position, shift) => {
        const digits = newApplicationNumber(2026).replace(/-/g, "");
        const typo =
          digits.slice(0, position) + ((Number(digits[position]) + shift) % 10) + digits.slice(position + 1);
        expect(() => normalizeApplicationNumber(typo)).toThrow("校验位不符");
      }),
    );
  });

  it("refuses what is not 13 digits, with the field path", () => {
    for (const bad of ["", "2026-1234", "2026-1234-5678-90", "2026-ABCD-5678-9"]) {
      try {
        normalizeApplicationNumber(bad, ["number"]);
        expect.unreachable();
      } catch (err) {
        expect(err).toMatchObject({ code: "VALIDATION", details: { issues: [{ path: ["number"] }] } });
      }
    }
  });
});
