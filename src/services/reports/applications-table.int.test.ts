import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  APPLICANT_TYPES,
  type ApplicationRecord,
  aggregateApplications,
  OUTCOMES,
} from "../../domain/applications/index.ts";
import { fromDayNumber, toDayNumber } from "../../domain/calendar/index.ts";
import { FORMATS } from "../../domain/report/format/index.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { systemActor } from "../actor.ts";
import { createAgency } from "../agencies/agencies.ts";
import type { ServiceContext } from "../context.ts";
import { applicationRow, insertApplicationRows } from "../testing/application-rows.ts";
import { applicationsTable, placeApplicationGroups } from "./applications-table.ts";

const clock = () => new Date("2026-01-20T02:00:00.000Z");
const FIRST_DAY = toDayNumber("2023-06-01");
const LAST_DAY = toDayNumber("2026-06-30");
/** Days around each New Year, where the counting rules decide: half the receipt dates fall here. */
const NEAR_YEAR_ENDS = [2023, 2024, 2025].flatMap((y) =>
  [-2, -1, 0, 1].map((d) => toDayNumber(`${y + 1}-01-01`) + d),
);

/** Applications received between mid-2023 and mid-2026, some open, some closed within a year and a half. */
const recordArb: fc.Arbitrary<ApplicationRecord> = fc
  .record({
    applicantType: fc.constantFrom(...APPLICANT_TYPES),
    received: fc.oneof(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), fc.constantFrom(...NEAR_YEAR_ENDS)),
    handling: fc.option(fc.oneof(fc.integer({ min: 0, max: 540 }), fc.integer({ min: 0, max: 3 })), {
      freq: 4,
    }),
    outcome: fc.constantFrom(...OUTCOMES),
    decidedWhileOpen: fc.boolean(),
  })
  .map((r) => ({
    applicantType: r.applicantType,
    receivedOn: fromDayNumber(r.received),
    closedOn: r.handling === null ? null : fromDayNumber(r.received + r.handling),
    outcome: r.handling !== null || r.decidedWhileOpen ? r.outcome : null,
  }));

describe("table 三 in SQL", () => {
  forEachDialect((getDb) => {
    const ctx = (): ServiceContext => ({ db: getDb().db, clock });
    let agencies = 0;
    let serial = 0;

    /** A fresh agency holding exactly `records`. */
    const agencyWith = async (records: ApplicationRecord[]) => {
      const id = `t3-${++agencies}`;
      await createAgency(ctx(), systemActor("test"), {
        id,
        parentId: null,
        level: "county",
        name: `县${agencies}`,
      });
      const rows = records.map((r, i) =>
        applicationRow(
          {
            id: `${id}-${i}`,
            agencyId: id,
            applicantType: r.applicantType,
            receivedOn: r.receivedOn,
            closedOn: r.closedOn,
            outcome: r.outcome,
          },
          ++serial,
        ),
      );
      await insertApplicationRows(ctx().db, rows);
      return id;
    };

    it("equals aggregateApplications over the same records, in both formats and every year", async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(recordArb, { maxLength: 80 }), async (records) => {
          const agencyId = await agencyWith(records);
          for (const year of [2023, 2024, 2025, 2026]) {
            for (const format of [FORMATS["2021"], FORMATS["2019"]]) {
              const sql = await applicationsTable(ctx().db, agencyId, year, format);
              expect(sql).toEqual(aggregateApplications(records, year, format));
            }
          }
        }),
        { numRuns: 25 },
      );
    });

    it("carries forward into next year's carried-over, column by column", async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(recordArb, { minLength: 1, maxLength: 80 }), async (records) => {
          const agencyId = await agencyWith(records);
          const format = FORMATS["2021"];
          const forward = format.applications.rows.findIndex((r) => r.key === "carriedForward");
          const over = format.applications.rows.findIndex((r) => r.key === "carriedOver");
          for (const year of [2023, 2024, 2025]) {
            const [thisYear, nextYear] = await Promise.all([
              applicationsTable(ctx().db, agencyId, year, format),
              applicationsTable(ctx().db, agencyId, year + 1, format),
            ]);
            expect(nextYear[over]).toEqual(thisYear[forward]);
          }
        }),
        { numRuns: 15 },
      );
    });

    it("leaves out applications without a legal receipt date", async () => {
      const agencyId = await agencyWith([]);
      await insertApplicationRows(ctx().db, [
        applicationRow(
          {
            id: `${agencyId}-unconfirmed`,
            agencyId,
            applicantType: "naturalPerson",
            receivedOn: null,
            closedOn: null,
            outcome: null,
          },
          ++serial,
        ),
      ]);
      const table = await applicationsTable(ctx().db, agencyId, 2025, FORMATS["2021"]);
      expect(table.flat().every((n) => n === 0)).toBe(true);
    });
  });

  it("refuses groups it cannot place instead of guessing", () => {
    const format = FORMATS["2021"];
    const group = { applicantType: "naturalPerson", result: "", received: 1, count: 1 };
    expect(() => placeApplicationGroups([group], format)).toThrow(/已办结但没有记录办理结果/);
    expect(() => placeApplicationGroups([{ ...group, result: "approved" }], format)).toThrow(/approved/);
    expect(() =>
      placeApplicationGroups([{ ...group, applicantType: "alien", result: null }], format),
    ).toThrow(/alien/);
  });
});
