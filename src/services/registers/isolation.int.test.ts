import { beforeAll, describe, expect, it } from "vitest";
import { forEachDialect } from "../../test-support/dialects.ts";
import { listAudit } from "../audit/audit-log.ts";
import type { ServiceContext } from "../context.ts";
import { createSampleTree, type SampleTree } from "../testing/sample-tree.ts";
import { getFeeIncome, setFeeIncome } from "./fee-income.ts";
import {
  createNormativeDocument,
  deleteNormativeDocument,
  getNormativeDocument,
  listNormativeDocuments,
  type NormativeDocument,
  updateNormativeDocument,
} from "./normative-documents.ts";
import { listRegisterCounts, setRegisterCount } from "./register-counts.ts";
import {
  createRemedyCase,
  getRemedyCase,
  listRemedyCases,
  type RemedyCase,
  updateRemedyCase,
} from "./remedy-cases.ts";

const clock = () => new Date("2026-01-10T02:00:00.000Z");

/** Every agency of the sample tree, by suffix. */
const AGENCIES = ["", ".c1", ".k1", ".k1.edu", ".k1.t1", ".k10", ".k2", ".c2"];

/**
 * Which agencies each sample user may read: its own, plus the subtree for supervisors.
 * Worked from the tree in sample-tree.ts, not from the code under test.
 */
const READS: Record<string, string[]> = {
  clerk: [".k1"],
  kadmin: [".k1"],
  educlerk: [".k1.edu"],
  clerk2: [".k2"],
  cityclerk: [".c1"],
  super: [".c1", ".k1", ".k1.edu", ".k1.t1", ".k10", ".k2"],
  super2: [".c2"],
  admin: [""],
};

/** Which agencies each user may change registers of: its own, with a staff role. */
const WRITES: Record<string, string[]> = {
  clerk: [".k1"],
  kadmin: [".k1"],
  educlerk: [".k1.edu"],
  clerk2: [".k2"],
  cityclerk: [".c1"],
  super: [],
  super2: [],
  admin: [],
};

const SUPER_READS = READS.super ?? [];

function assertNever(suffix: string): never {
  throw new Error(`no sample record for agency ${suffix}`);
}

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "allowed",
    (e: { code?: string }) => e.code ?? String(e),
  );

describe("isolation between agencies", () => {
  forEachDialect((getDb) => {
    const ctx = (): ServiceContext => ({ db: getDb().db, clock });
    let t: SampleTree;
    const docs = new Map<string, NormativeDocument>();
    const cases = new Map<string, RemedyCase>();
    const docOf = (suffix: string) => docs.get(suffix) ?? assertNever(suffix);
    const caseOf = (suffix: string) => cases.get(suffix) ?? assertNever(suffix);
    beforeAll(async () => {
      t = await createSampleTree(ctx(), "i");
      for (const suffix of AGENCIES) {
        const agencyId = t.id(suffix);
        docs.set(
          suffix,
          await createNormativeDocument(ctx(), t.system, {
            agencyId,
            kind: "regulation",
            title: `文件${suffix}`,
            issuedOn: "2025-01-02",
          }),
        );
        cases.set(
          suffix,
          await createRemedyCase(ctx(), t.system, {
            agencyId,
            kind: "reconsideration",
            caseNumber: `复${suffix}`,
            filedOn: "2025-02-01",
            result: "pending",
          }),
        );
        await setRegisterCount(ctx(), t.system, { agencyId, year: 2025, kind: "permit", count: 10 });
        await setFeeIncome(ctx(), t.system, { agencyId, year: 2025, amountFen: 100 });
      }
    });

    it("lets each user read exactly its own agency, and supervisors their subtree — every register, every agency", async () => {
      for (const [user, readable] of Object.entries(READS)) {
        const actor = t.as(user);
        for (const suffix of AGENCIES) {
          const agencyId = t.id(suffix);
          const expected = readable.includes(suffix) ? "allowed" : "FORBIDDEN";
          const doc = docOf(suffix);
          const remedy = caseOf(suffix);
          const reads = {
            getDocument: await outcome(getNormativeDocument(ctx(), actor, doc.id)),
            listDocuments: await outcome(listNormativeDocuments(ctx(), actor, { agencyId })),
            getCase: await outcome(getRemedyCase(ctx(), actor, remedy.id)),
            listCases: await outcome(listRemedyCases(ctx(), actor, { agencyId })),
            counts: await outcome(listRegisterCounts(ctx(), actor, { agencyId })),
            fees: await outcome(getFeeIncome(ctx(), actor, { agencyId, year: 2025 })),
            audit: await outcome(listAudit(ctx(), actor, { agencyId })),
          };
          for (const [what, got] of Object.entries(reads))
            expect(got, `${user} reads ${what} of ${suffix || "province"}`).toBe(expected);
        }
      }
    });

    it("lets each user change only its own agency's registers, and leaves the others untouched", async () => {
      for (const [user, writable] of Object.entries(WRITES)) {
        const actor = t.as(user);
        for (const suffix of AGENCIES) {
          const agencyId = t.id(suffix);
          const expected = writable.includes(suffix) ? "allowed" : "FORBIDDEN";
          const writes = {
            createDocument: await outcome(
              createNormativeDocument(ctx(), actor, {
                agencyId,
                kind: "regulation",
                title: `${user}写`,
                issuedOn: "2025-03-01",
              }),
            ),
            updateDocument: await outcome(
              updateNormativeDocument(ctx(), actor, docOf(suffix).id, { title: `${user}改` }),
            ),
            updateCase: await outcome(
              updateRemedyCase(ctx(), actor, caseOf(suffix).id, { caseNumber: `复${suffix}` }),
            ),
            count: await outcome(
              setRegisterCount(ctx(), actor, { agencyId, year: 2025, kind: "permit", count: 10 }),
            ),
            fee: await outcome(setFeeIncome(ctx(), actor, { agencyId, year: 2025, amountFen: 100 })),
            deleteDocument: await outcome(deleteNormativeDocument(ctx(), actor, "no-such-document")),
          };
          const { deleteDocument, ...rest } = writes;
          expect(deleteDocument).toBe("NOT_FOUND");
          for (const [what, got] of Object.entries(rest))
            expect(got, `${user} ${what} at ${suffix || "province"}`).toBe(expected);
        }
      }
      // What was refused changed nothing: documents not titled by a user outside their writers.
      const titles = (
        await getDb().db.selectFrom("normative_documents").select(["agency_id", "title"]).execute()
      ).filter((d) => d.agency_id.startsWith("i"));
      for (const { agency_id, title } of titles) {
        const writer = title.replace(/[写改]$/, "");
        if (writer in WRITES) expect(WRITES[writer]?.map(t.id)).toContain(agency_id);
      }
    });

    it("lets supervisors list their whole subtree at once — not the parent, not a sibling — and nobody else", async () => {
      const agencyIds = async (user: string, root: string) =>
        (
          await listNormativeDocuments(ctx(), t.as(user), {
            agencyId: t.id(root),
            includeSubtree: true,
            year: 2025,
          })
        )
          .map((d) => d.agencyId)
          .filter((id, i, all) => all.indexOf(id) === i)
          .sort();
      expect(await agencyIds("super", ".c1")).toEqual(SUPER_READS.map(t.id).sort());
      expect(await agencyIds("super", ".k1")).toEqual([".k1", ".k1.edu", ".k1.t1"].map(t.id).sort());
      await expect(agencyIds("super", "")).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(agencyIds("super2", ".c1")).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(agencyIds("clerk", ".k1")).rejects.toMatchObject({ code: "FORBIDDEN" });
      const remedies = await listRemedyCases(ctx(), t.as("super"), {
        agencyId: t.id(".c1"),
        includeSubtree: true,
      });
      expect(new Set(remedies.map((c) => c.agencyId))).toEqual(new Set(SUPER_READS.map(t.id)));
    });
  });
});
