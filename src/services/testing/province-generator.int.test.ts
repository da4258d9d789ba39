import { describe, expect, it } from "vitest";
import { type ApplicationRecord, aggregateApplications } from "../../domain/applications/index.ts";
import { FORMATS } from "../../domain/report/format/index.ts";
import { validateReport } from "../../domain/report/validate/index.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { applicationsTable } from "../reports/applications-table.ts";
import { loadBasis, reportOf } from "../reports/report-basis.ts";
import { generateProvince } from "./province-generator.ts";

describe("the province generator", () => {
  forEachDialect((getDb) => {
    it("builds a tree, registers and applications whose reports hold together", async () => {
      const { db } = getDb();
      const province = await generateProvince(db, {
        agencies: 60,
        applications: 3_000,
        prefix: "pg",
        seed: 7,
      });
      expect(province.agencies).toHaveLength(60);
      expect(province.agencies.map((a) => a.weight).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      const levels = new Set(province.agencies.map((a) => a.level));
      expect(levels).toEqual(new Set(["province", "city", "county", "department", "township"]));

      const rows = await db.selectFrom("applications").selectAll().where("id", "like", "pg-%").execute();
      expect(rows).toHaveLength(3_000);
      const types = new Set(rows.map((r) => r.applicant_type));
      expect(types.size).toBe(6);
      expect(rows.some((r) => r.closed_on === null && r.received_on !== null)).toBe(true);
      expect(
        rows.every((r) => r.closed_on === null || (r.closed_on <= province.asOf && r.outcome !== null)),
      ).toBe(true);
      const received = rows.map((r) => r.received_on).filter((d): d is string => d !== null);
      expect(received.some((d) => d.startsWith("2024-"))).toBe(true);
      expect(received.some((d) => d.startsWith("2025-"))).toBe(true);

      // The busiest agency: its SQL table equals the domain aggregation of its rows, and its full
      // report passes every error-level rule.
      const busiest = [...province.agencies].sort((a, b) => b.weight - a.weight)[0]?.id as string;
      const records: ApplicationRecord[] = rows
        .filter((r) => r.agency_id === busiest && r.received_on !== null)
        .map((r) => ({
          applicantType: r.applicant_type as ApplicationRecord["applicantType"],
          receivedOn: r.received_on as string,
          closedOn: r.closed_on,
          outcome: r.outcome as ApplicationRecord["outcome"],
        }));
      expect(records.length).toBeGreaterThan(50);
      for (const year of [2024, 2025]) {
        expect(await applicationsTable(db, busiest, year, FORMATS["2021"])).toEqual(
          aggregateApplications(records, year),
        );
        const basis = await loadBasis(db, busiest, year);
        const errors = validateReport(reportOf(basis, basis.suggestions)).filter(
          (f) => f.severity === "error",
        );
        expect(errors).toEqual([]);
      }
    });
  });
});
