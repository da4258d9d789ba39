import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORMATS } from "../report/format/index.ts";
import { type ApplicationRecord, aggregateApplications } from "./aggregate-applications.ts";
import { APPLICANT_TYPES } from "./applicant-types.ts";
import { OUTCOMES } from "./outcomes.ts";

const rows = FORMATS["2021"].applications.rows;
const row = (key: string) => rows.findIndex((r) => r.key === key);
const NEW = row("new");
const OVER = row("carriedOver");
const TOTAL = row("total");
const FORWARD = row("carriedForward");
const RESULTS = rows.flatMap((r, i) => (r.kind === "result" ? [i] : []));

describe("table 三 from application records", () => {
  const records: ApplicationRecord[] = [
    // Received 2025, closed 2025: new and a result.
    {
      applicantType: "naturalPerson",
      receivedOn: "2025-03-02",
      closedOn: "2025-03-20",
      outcome: "disclosed",
    },
    // Received 2025, still open at the end: new and carried forward.
    {
      applicantType: "commercial",
      receivedOn: "2025-12-20",
      closedOn: "2026-01-10",
      outcome: "refusedThirdParty",
    },
    // Received 2024, closed 2025: carried over and a result.
    {
      applicantType: "legalService",
      receivedOn: "2024-12-30",
      closedOn: "2025-01-15",
      outcome: "otherFeeUnpaid",
    },
    // Closed before 2025: not in the 2025 table at all.
    { applicantType: "research", receivedOn: "2024-05-01", closedOn: "2024-05-20", outcome: "unableNotHeld" },
    // Received 2026: not in the 2025 table.
    { applicantType: "publicInterest", receivedOn: "2026-01-05", closedOn: null, outcome: null },
    // Closed on 31 December: a result of 2025.
    {
      applicantType: "naturalPerson",
      receivedOn: "2025-12-01",
      closedOn: "2025-12-31",
      outcome: "disclosed",
    },
  ];

  it("counts 2025 by hand", () => {
    const t = aggregateApplications(records, 2025);
    expect(t).toHaveLength(25);
    expect(t[NEW]).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(t[OVER]).toEqual([0, 0, 0, 0, 1, 0, 1]);
    expect(t[row("disclosed")]).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(t[row("otherFeeUnpaid")]).toEqual([0, 0, 0, 0, 1, 0, 1]);
    expect(t[TOTAL]).toEqual([2, 0, 0, 0, 1, 0, 3]);
    expect(t[FORWARD]).toEqual([0, 1, 0, 0, 0, 0, 1]);
  });

  it("2026: last year's carried-forward is this year's carried-over", () => {
    const t = aggregateApplications(records, 2026);
    expect(t[OVER]).toEqual(aggregateApplications(records, 2025)[FORWARD]);
    expect(t[row("refusedThirdParty")]).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(t[FORWARD]).toEqual([0, 0, 0, 1, 0, 0, 1]);
  });

  it("the 2019 format puts the three （六） outcomes in its one 其他处理 row", () => {
    const t = aggregateApplications(records, 2025, FORMATS["2019"]);
    expect(t).toHaveLength(23);
    const other = FORMATS["2019"].applications.rows.findIndex((r) => r.key === "otherHandling");
    expect(t[other]).toEqual([0, 0, 0, 0, 1, 0, 1]);
  });

  it.each<[string, ApplicationRecord, RegExp]>([
    [
      "closed before received",
      {
        applicantType: "naturalPerson",
        receivedOn: "2025-03-02",
        closedOn: "2025-03-01",
        outcome: "disclosed",
      },
      /早于收到申请日期/,
    ],
    [
      "closed without outcome",
      { applicantType: "naturalPerson", receivedOn: "2025-03-02", closedOn: "2025-03-05", outcome: null },
      /没有办理结果/,
    ],
    [
      "a bad date",
      { applicantType: "naturalPerson", receivedOn: "2025/03/02", closedOn: null, outcome: null },
      /YYYY-MM-DD/,
    ],
  ])("refuses a record %s", (_, record, message) => {
    expect(() => aggregateApplications([record], 2025)).toThrow(message);
  });
});

const day = fc
  .integer({ min: 0, max: 365 * 6 })
  .map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const record: fc.Arbitrary<ApplicationRecord> = fc
  .record({
    applicantType: fc.constantFrom(...APPLICANT_TYPES),
    receivedOn: day,
    lag: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    outcome: fc.constantFrom(...OUTCOMES),
  })
  .map(({ applicantType, receivedOn, lag, outcome }) => ({
    applicantType,
    receivedOn,
    closedOn:
      lag === null ? null : new Date(Date.parse(receivedOn) + lag * 86_400_000).toISOString().slice(0, 10),
    outcome: lag === null ? null : outcome,
  }));

describe("table 三 identities hold for any set of applications", () => {
  it("row totals, results sum, 一 + 二 = （七） + 四, carried-forward(Y) = carried-over(Y+1)", () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 60 }),
        fc.integer({ min: 2020, max: 2025 }),
        (records, year) => {
          const t = aggregateApplications(records, year);
          const next = aggregateApplications(records, year + 1);
          for (const cells of t) expect(cells[6]).toBe(cells.slice(0, 6).reduce((a, b) => a + b, 0));
          for (let c = 0; c < 7; c++) {
            const at = (r: number) => t[r]?.[c] ?? Number.NaN;
            expect(RESULTS.reduce((sum, r) => sum + at(r), 0)).toBe(at(TOTAL));
            expect(at(NEW) + at(OVER)).toBe(at(TOTAL) + at(FORWARD));
            expect(next[OVER]?.[c]).toBe(at(FORWARD));
          }
          const received = records.filter((r) => r.receivedOn.startsWith(String(year))).length;
          expect(t[NEW]?.[6]).toBe(received);
        },
      ),
      { numRuns: 300 },
    );
  });
});
