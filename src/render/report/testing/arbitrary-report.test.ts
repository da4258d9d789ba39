import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reportModelSchema } from "../../../domain/report/model.ts";
import { validateReport } from "../../../domain/report/validate/index.ts";
import { arbitraryReport } from "./arbitrary-report.ts";
import { sampleReport } from "./sample-report.ts";

describe("arbitraryReport", () => {
  it("makes valid models whose tables pass every arithmetic and cell rule", () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        expect(reportModelSchema.safeParse(report).success).toBe(true);
        const errors = validateReport(report, { deadline: null }).filter((f) => f.severity === "error");
        expect(errors).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("keeps the sample report free of findings, warnings included", () => {
    expect(validateReport(sampleReport())).toEqual([]);
  });

  it("covers both formats", () => {
    const formats = new Set(fc.sample(arbitraryReport(), 60).map((r) => r.format));
    expect(formats).toEqual(new Set(["2019", "2021"]));
  });
});
