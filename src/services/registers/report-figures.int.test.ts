import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { v2021 } from "../../domain/report/format/v2021.ts";
import { emptyTables } from "../../domain/report/model.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { type Actor, systemActor } from "../actor.ts";
import { createAgency } from "../agencies/agencies.ts";
import type { ServiceContext } from "../context.ts";
import { setFeeIncome } from "./fee-income.ts";
import { createNormativeDocument } from "./normative-documents.ts";
import { setRegisterCount } from "./register-counts.ts";
import { createRemedyCase } from "./remedy-cases.ts";
import { proactiveFigures, remedyFigures } from "./report-figures.ts";

const clock = () => new Date("2026-01-20T02:00:00.000Z");
const system: Actor = systemActor("test");

type Doc = [kind: "regulation" | "normative_document", issuedOn: string, abolishedOn: string | null];
type Case = [
  kind: "reconsideration" | "direct_suit" | "suit_after_reconsideration",
  filedOn: string,
  result: "upheld" | "corrected" | "other" | "pending",
  resultOn: string | null,
];

describe("report figures", () => {
  forEachDialect((getDb) => {
    const ctx = (): ServiceContext => ({ db: getDb().db, clock });
    let agencies = 0;
    const newAgency = async () => {
      const id = `f${++agencies}`;
      await createAgency(ctx(), system, { id, parentId: null, level: "county", name: `县${agencies}` });
      return id;
    };
    const addDocs = async (agencyId: string, docs: Doc[]) => {
      for (const [kind, issuedOn, abolishedOn] of docs) {
        await createNormativeDocument(ctx(), system, {
          agencyId,
          kind,
          title: "文件",
          issuedOn,
          abolishedOn,
        });
      }
    };
    const addCases = async (agencyId: string, cases: Case[]) => {
      let n = 0;
      for (const [kind, filedOn, result, resultOn] of cases) {
        await createRemedyCase(ctx(), system, {
          agencyId,
          kind,
          caseNumber: `案${++n}`,
          filedOn,
          result,
          resultOn,
        });
      }
    };

    let k: string;
    beforeAll(async () => {
      k = await newAgency();
      const neighbour = await newAgency();
      await addDocs(k, [
        ["regulation", "2023-05-01", null], // in force
        ["regulation", "2024-02-01", "2025-03-01"], // abolished in 2025
        ["regulation", "2025-01-01", "2025-12-31"], // issued and abolished in 2025
        ["regulation", "2025-12-31", null], // issued in 2025, in force
        ["regulation", "2026-01-01", null], // next year
        ["regulation", "2020-01-01", "2026-01-01"], // in force on 31 December 2025
        ["normative_document", "2025-06-01", null],
        ["normative_document", "2024-12-31", "2024-12-31"],
      ]);
      await addDocs(neighbour, [["regulation", "2025-05-05", null]]);
      await setRegisterCount(ctx(), system, { agencyId: k, year: 2025, kind: "permit", count: 125 });
      await setRegisterCount(ctx(), system, { agencyId: k, year: 2025, kind: "penalty", count: 3 });
      await setRegisterCount(ctx(), system, { agencyId: k, year: 2024, kind: "enforcement", count: 9 });
      await setFeeIncome(ctx(), system, { agencyId: k, year: 2025, amountFen: 12_345_600 });
      await addCases(k, [
        ["reconsideration", "2024-11-01", "upheld", "2025-01-10"],
        ["reconsideration", "2025-03-01", "corrected", "2025-06-01"],
        ["reconsideration", "2025-12-20", "pending", null],
        ["reconsideration", "2025-10-01", "upheld", "2026-01-15"],
        ["reconsideration", "2024-05-01", "other", "2024-08-01"],
        ["reconsideration", "2023-01-01", "pending", null],
        ["direct_suit", "2025-02-01", "other", "2025-12-31"],
        ["direct_suit", "2026-01-02", "pending", null],
        ["suit_after_reconsideration", "2025-07-01", "corrected", "2025-07-01"],
      ]);
      await addCases(neighbour, [["direct_suit", "2025-02-01", "upheld", "2025-03-01"]]);
    });

    it("fill table 二 from the registers, worked by hand", async () => {
      const figures = await proactiveFigures(getDb().db, k, 2025);
      expect(figures).toEqual({
        regulations: { issued: 2, abolished: 2, inForce: 3 },
        normativeDocuments: { issued: 1, abolished: 0, inForce: 1 },
        permits: { decisions: 125 },
        penalties: { decisions: 3 },
        enforcement: { decisions: 0 },
        fees: { amount: 12.3456 },
      });
      // Same keys as the 2021 format's table 二, so it drops into a ReportModel.
      const shape = (p: Record<string, Record<string, unknown>>) =>
        Object.fromEntries(Object.entries(p).map(([row, cols]) => [row, Object.keys(cols).sort()]));
      expect(shape(figures)).toEqual(shape(emptyTables(v2021).proactive));
      expect((await proactiveFigures(getDb().db, k, 2024)).regulations).toEqual({
        issued: 1,
        abolished: 0,
        inForce: 3,
      });
    });

    it("fill table 四 from the cases, worked by hand: results by result date, pending at year end", async () => {
      expect(await remedyFigures(getDb().db, k, 2025)).toEqual([1, 1, 0, 3, 5, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1]);
      expect(await remedyFigures(getDb().db, k, 2024)).toEqual([0, 0, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
      expect(await remedyFigures(getDb().db, k, 2019)).toEqual(Array(15).fill(0));
    });

    const day = fc
      .record({
        y: fc.integer({ min: 2019, max: 2023 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    const later = (a: string, b: string) => (a < b ? [a, b] : [b, a]) as [string, string];

    it("keep 现行有效 = last year's + 制发 − 废止 for any documents (rule t2.stock)", async () => {
      const docs = fc.array(
        fc.tuple(fc.constantFrom("regulation" as const, "normative_document" as const), day, fc.option(day)),
        { maxLength: 12 },
      );
      await fc.assert(
        fc.asyncProperty(docs, async (generated) => {
          const agencyId = await newAgency();
          await addDocs(
            agencyId,
            generated.map(([kind, a, b]): Doc => (b === null ? [kind, a, null] : [kind, ...later(a, b)])),
          );
          for (let year = 2019; year <= 2024; year++) {
            const last = await proactiveFigures(getDb().db, agencyId, year - 1);
            const now = await proactiveFigures(getDb().db, agencyId, year);
            for (const row of ["regulations", "normativeDocuments"] as const) {
              expect(now[row].inForce).toBe(last[row].inForce + now[row].issued - now[row].abolished);
            }
          }
        }),
        { numRuns: 15 },
      );
    });

    it("carry cases over: last year's 尚未审结 + filed this year = decided this year + 尚未审结 now", async () => {
      const cases = fc.array(
        fc.tuple(
          fc.constantFrom(
            "reconsideration" as const,
            "direct_suit" as const,
            "suit_after_reconsideration" as const,
          ),
          day,
          fc.constantFrom("upheld" as const, "corrected" as const, "other" as const, "pending" as const),
          day,
        ),
        { maxLength: 12 },
      );
      await fc.assert(
        fc.asyncProperty(cases, async (generated) => {
          const agencyId = await newAgency();
          const stored = generated.map(([kind, a, result, b]): Case => {
            const [filed, decided] = later(a, b);
            return result === "pending" ? [kind, a, result, null] : [kind, filed, result, decided];
          });
          await addCases(agencyId, stored);
          const groups = ["reconsideration", "direct_suit", "suit_after_reconsideration"];
          for (let year = 2019; year <= 2024; year++) {
            const last = await remedyFigures(getDb().db, agencyId, year - 1);
            const now = await remedyFigures(getDb().db, agencyId, year);
            groups.forEach((kind, g) => {
              const filed = stored.filter(([k, f]) => k === kind && f.startsWith(String(year))).length;
              const decided = (now[5 * g] ?? 0) + (now[5 * g + 1] ?? 0) + (now[5 * g + 2] ?? 0);
              expect((last[5 * g + 3] ?? 0) + filed).toBe(decided + (now[5 * g + 3] ?? 0));
              expect(now[5 * g + 4]).toBe(decided + (now[5 * g + 3] ?? 0));
            });
          }
        }),
        { numRuns: 15 },
      );
    });
  });
});
