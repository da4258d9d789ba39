import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORMATS } from "../format/index.ts";
import type { FormatVersion } from "../format/types.ts";
import { validateReport } from "./index.ts";
import { layoutOf } from "./layout.ts";
import { consistentReport, type ReportNumbers } from "./sample-report.ts";

const ARITHMETIC = new Set(["t3.balance", "t3.results-sum", "t3.row-total", "t4.group-total"]);
const applicants = (max: number) => fc.array(fc.nat(max), { minLength: 6, maxLength: 6 });

/** Random leaf results, carried over and forward; carried-over kept ≤ 总计 + 四 so 一 stays ≥ 0. */
function numbers(version: FormatVersion): fc.Arbitrary<ReportNumbers> {
  const results = layoutOf(FORMATS[version]).resultRows.length;
  return fc
    .record({
      results: fc.array(applicants(40), { minLength: results, maxLength: results }),
      carriedOver: applicants(10),
      carriedForward: applicants(10),
      litigation: fc.array(fc.array(fc.nat(30), { minLength: 4, maxLength: 4 }), {
        minLength: 3,
        maxLength: 3,
      }),
    })
    .map((n) => ({
      ...n,
      carriedOver: n.carriedOver.map((v, c) =>
        Math.min(v, n.results.reduce((s, r) => s + (r[c] ?? 0), 0) + (n.carriedForward[c] ?? 0)),
      ),
    }));
}

describe.each(["2021", "2019"] as const)("arithmetic rules on the %s format", (version) => {
  const rows = FORMATS[version].applications.rows.length;

  it("a table built consistently from random leaf results passes every rule that is an error", () => {
    fc.assert(
      fc.property(numbers(version), (n) => {
        expect(validateReport(consistentReport(version, n)).filter((f) => f.severity === "error")).toEqual(
          [],
        );
      }),
    );
  });

  it("changing any single number of table 三 or 四 by a non-zero amount yields an arithmetic error", () => {
    const cell = fc.oneof(
      fc.record({ table: fc.constant("applications" as const), row: fc.nat(rows - 1), col: fc.nat(6) }),
      fc.record({ table: fc.constant("litigation" as const), row: fc.constant(0), col: fc.nat(14) }),
    );
    const delta = fc.integer({ min: -50, max: 50 }).filter((d) => d !== 0);
    fc.assert(
      fc.property(numbers(version), cell, delta, (n, at, d) => {
        const report = consistentReport(version, n);
        if (at.table === "applications") {
          const row = report.tables.applications[at.row] as number[];
          row[at.col] = (row[at.col] as number) + d;
        } else {
          report.tables.litigation[at.col] = (report.tables.litigation[at.col] as number) + d;
        }
        const errors = validateReport(report).filter((f) => ARITHMETIC.has(f.rule));
        expect(errors.length).toBeGreaterThan(0);
        expect(
          errors.some((f) =>
            f.cells.some((c) => c.table === at.table && c.row === at.row && c.col === at.col),
          ),
        ).toBe(true);
      }),
    );
  });
});
