import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { APPLICANT_TYPES, aggregateApplications, OUTCOMES } from "../../../domain/applications/index.ts";
import { fromDayNumber, toDayNumber } from "../../../domain/calendar/index.ts";
import { FORMATS } from "../../../domain/report/format/index.ts";
import { emptyReport, type ReportModel, type ReportTables } from "../../../domain/report/model.ts";
import { validateReport } from "../../../domain/report/validate/index.ts";
import type { SuggestionInput } from "./facts.ts";
import { type Prose, suggestProse } from "./index.ts";

const format = FORMATS["2021"];
const AGENCY = {
  name: "某县教育局",
  level: "department" as const,
  address: null,
  postalCode: null,
  phone: null,
};

function model(input: SuggestionInput, prose: Prose): ReportModel {
  const report = emptyReport("2021", 0);
  return {
    ...report,
    agency: input.agency.name,
    year: input.year,
    preamble: prose.preamble,
    sections: report.sections.map((s) => ({ ...s, text: s.key ? prose.sections[s.key] : "" })),
    tables: input.tables,
  };
}

const recordArb = fc
  .record({
    type: fc.constantFrom(...APPLICANT_TYPES),
    received: fc.integer({ min: toDayNumber("2024-06-01"), max: toDayNumber("2025-12-31") }),
    handling: fc.option(fc.integer({ min: 0, max: 120 }), { freq: 5 }),
    outcome: fc.constantFrom(...OUTCOMES),
  })
  .map((r) => ({
    applicantType: r.type,
    receivedOn: fromDayNumber(r.received),
    closedOn: r.handling === null ? null : fromDayNumber(r.received + r.handling),
    outcome: r.handling === null ? null : r.outcome,
  }));

/** Table 四 that adds up: each group's total is the sum of its four results. */
const litigationArb = fc.array(fc.nat({ max: 6 }), { minLength: 12, maxLength: 12 }).map((n) =>
  [0, 1, 2].flatMap((g) => {
    const four = n.slice(g * 4, g * 4 + 4);
    return [...four, four.reduce((a, b) => a + b, 0)];
  }),
);

const tablesArb = fc
  .record({
    records: fc.array(recordArb, { maxLength: 60 }),
    litigation: litigationArb,
    issued: fc.nat({ max: 9 }),
    permits: fc.nat({ max: 5000 }),
  })
  .map(({ records, litigation, issued, permits }) => ({
    records,
    tables: {
      proactive: {
        regulations: { issued: 0, abolished: 0, inForce: 0 },
        normativeDocuments: { issued, abolished: 0, inForce: issued + 3 },
        permits: { decisions: permits },
        penalties: { decisions: 3 },
        enforcement: { decisions: 0 },
        fees: { amount: 0.5 },
      },
      applications: aggregateApplications(records, 2025),
      litigation,
    } satisfies ReportTables,
  }));

const inputArb: fc.Arbitrary<SuggestionInput> = fc
  .record({
    current: tablesArb,
    withPrevious: fc.boolean(),
    level: fc.constantFrom("department", "county", "township") as fc.Arbitrary<
      "department" | "county" | "township"
    >,
    late: fc.nat({ max: 5 }),
    fees: fc.record({ totalFen: fc.constantFrom(0, 10_000, 470_050), applications: fc.nat({ max: 3 }) }),
  })
  .map(({ current, withPrevious, level, late, fees }) => {
    const total =
      current.tables.applications[format.applications.rows.findIndex((r) => r.key === "total")]?.[6] ?? 0;
    const replied = Math.max(0, total - 1);
    const previous = withPrevious
      ? {
          ...emptyReport("2021", 0),
          year: 2024,
          tables: { ...current.tables, applications: aggregateApplications(current.records, 2024) },
          sections: emptyReport("2021").sections.map((s) =>
            s.key === "problems"
              ? { ...s, text: "一是依申请公开办理质量有待提高，部分答复说理不充分；二是平台建设滞后。" }
              : s,
          ),
        }
      : null;
    return {
      agency: { ...AGENCY, level },
      year: 2025,
      format,
      tables: current.tables,
      previous,
      replies: { replied, onTime: Math.max(0, replied - late) },
      fees:
        fees.totalFen === 0
          ? { totalFen: 0, applications: 0 }
          : { ...fees, applications: fees.applications + 1 },
    };
  });

describe("prose suggestions", () => {
  it("pass the text rules on their own figures, whatever the records", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const findings = validateReport(model(input, suggestProse(input)));
        expect(findings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("compare with last year's published report", () => {
    const base = fc.sample(inputArb, { numRuns: 1, seed: 3 })[0] as SuggestionInput;
    const withNew = (n: number): ReportTables => {
      const applications = base.tables.applications.map((r) => [...r]);
      (applications[0] as number[])[6] = n;
      return { ...base.tables, applications };
    };
    const previous = { ...emptyReport("2021", 0), year: 2024, tables: withNew(40) };
    const say = (n: number) => suggestProse({ ...base, tables: withNew(n), previous }).sections.overview;
    expect(say(50)).toContain("与上年相比，新收申请增加10件，增长25%。");
    expect(say(30)).toContain("与上年相比，新收申请减少10件，下降25%。");
    expect(say(40)).toContain("新收申请数量与上年持平（均为40件）。");
    expect(suggestProse({ ...base, previous: null }).sections.overview).not.toContain("上年相比");
  });

  it("name last year's problems when last year's report lists them", () => {
    const input = fc.sample(inputArb, { numRuns: 1, seed: 5 })[0] as SuggestionInput;
    const previous = {
      ...emptyReport("2021", 0),
      year: 2024,
      sections: emptyReport("2021").sections.map((s) =>
        s.key === "problems"
          ? { ...s, text: "一是政策解读形式单一，效果不够好；二是申请答复的规范性有待加强。" }
          : s,
      ),
    };
    expect(suggestProse({ ...input, previous }).sections.problems).toContain(
      "针对上年度报告提出的“政策解读形式单一”“申请答复的规范性有待加强”等问题，本机关已【请填写：",
    );
  });

  it("state the fee, also when none was collected, and ask governments for assessment results", () => {
    const input = fc.sample(inputArb, { numRuns: 1, seed: 9 })[0] as SuggestionInput;
    const none = suggestProse({ ...input, fees: { totalFen: 0, applications: 0 } }).sections.other;
    expect(none).toBe("（一）信息处理费收取情况。本年度未收取信息处理费。");
    const some = suggestProse({
      ...input,
      agency: { ...AGENCY, level: "county" },
      fees: { totalFen: 470_050, applications: 2 },
    }).sections.other;
    expect(some).toContain("收取信息处理费共计4700.5元，涉及申请2件。");
    expect(some).toContain("（二）政务公开工作考核、社会评议和责任追究情况。【请填写：");
  });
});
