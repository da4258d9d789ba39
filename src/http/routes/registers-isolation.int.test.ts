import { beforeAll, describe, expect, it } from "vitest";
import {
  createNormativeDocument,
  getNormativeDocument,
} from "../../services/registers/normative-documents.ts";
import { createRemedyCase, getRemedyCase } from "../../services/registers/remedy-cases.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import type { TestClient } from "../../test-support/http-client.ts";
import { staffApp } from "./admin-http.test-support.ts";

type App = Awaited<ReturnType<typeof staffApp>>;

/** Agencies with register entries: the province, two cities, two counties and a department. */
const AGENCIES = ["", ".c1", ".c2", ".k1", ".k1.edu", ".k2"];

/** Which agencies each user may read, worked from the sample tree: its own, and its subtree for supervisors. */
const READS: Record<string, string[]> = {
  clerk: [".k1"],
  educlerk: [".k1.edu"],
  clerk2: [".k2"],
  cityclerk: [".c1"],
  super: [".c1", ".k1", ".k1.edu", ".k2"],
  super2: [".c2"],
  admin: [""],
};
/** Which agencies each user may change: its own, with a staff role (a system administrator keeps no registers). */
const WRITES: Record<string, string[]> = {
  clerk: [".k1"],
  educlerk: [".k1.edu"],
  clerk2: [".k2"],
  cityclerk: [".c1"],
  super: [],
  super2: [],
  admin: [],
};

const outcome = (status: number) =>
  status < 300 ? "allowed" : status === 403 ? "FORBIDDEN" : `HTTP ${status}`;

forEachDialect((getDb) => {
  let s: App;
  const docs = new Map<string, string>();
  const cases = new Map<string, string>();
  beforeAll(async () => {
    s = await staffApp(getDb(), "is", "2026-02-02");
    for (const suffix of AGENCIES) {
      const agencyId = s.tree.id(suffix);
      const doc = await createNormativeDocument(s.deps, s.tree.system, {
        agencyId,
        kind: "regulation",
        title: `原文件${suffix}`,
        issuedOn: "2025-01-02",
      });
      docs.set(suffix, doc.id);
      const remedy = await createRemedyCase(s.deps, s.tree.system, {
        agencyId,
        kind: "reconsideration",
        caseNumber: `原复${suffix}`,
        filedOn: "2025-02-01",
        result: "pending",
      });
      cases.set(suffix, remedy.id);
    }
  });

  /** Every staff endpoint of the registers for agency `suffix`, as reads and writes. */
  const endpoints = (suffix: string, user: string) => {
    const a = s.tree.id(suffix);
    const doc = docs.get(suffix);
    const remedy = cases.get(suffix);
    return {
      reads: {
        listDocuments: (c: TestClient) => c.get(`/api/agencies/${a}/normative-documents`),
        getDocument: (c: TestClient) => c.get(`/api/normative-documents/${doc}`),
        listCases: (c: TestClient) => c.get(`/api/agencies/${a}/remedy-cases`),
        getCase: (c: TestClient) => c.get(`/api/remedy-cases/${remedy}`),
        yearFigures: (c: TestClient) => c.get(`/api/agencies/${a}/registers/2025`),
      },
      writes: {
        createDocument: (c: TestClient) =>
          c.post(`/api/agencies/${a}/normative-documents`, {
            kind: "regulation",
            title: `${user}建`,
            issuedOn: "2025-03-01",
          }),
        updateDocument: (c: TestClient) => c.patch(`/api/normative-documents/${doc}`, { title: `${user}改` }),
        abolishDocument: (c: TestClient) =>
          c.post(`/api/normative-documents/${doc}/abolish`, { abolishedOn: "2026-01-31" }),
        createCase: (c: TestClient) =>
          c.post(`/api/agencies/${a}/remedy-cases`, {
            kind: "direct_suit",
            caseNumber: `${user}诉`,
            filedOn: "2025-05-01",
            result: "pending",
          }),
        updateCase: (c: TestClient) => c.patch(`/api/remedy-cases/${remedy}`, { caseNumber: `${user}改复` }),
        counts: (c: TestClient) => c.put(`/api/agencies/${a}/register-counts/2025`, { permit: 7 }),
        fee: (c: TestClient) => c.put(`/api/agencies/${a}/fee-income/2025`, { amountFen: 700 }),
      },
      // Deletions are tried only where they must be refused: a deletion that succeeds is final.
      deletes: {
        deleteDocument: (c: TestClient) => c.delete(`/api/normative-documents/${doc}`),
        deleteCase: (c: TestClient) => c.delete(`/api/remedy-cases/${remedy}`),
      },
    };
  };

  describe("register isolation", () => {
    it("lets each user read exactly its own agency's registers, supervisors their subtree", async () => {
      for (const [user, readable] of Object.entries(READS)) {
        const client = await s.as(user);
        for (const suffix of AGENCIES) {
          const expected = readable.includes(suffix) ? "allowed" : "FORBIDDEN";
          for (const [what, read] of Object.entries(endpoints(suffix, user).reads)) {
            expect(outcome((await read(client)).status), `${user} ${what} of ${suffix || "province"}`).toBe(
              expected,
            );
          }
        }
      }
    });

    it("lets each user change only its own agency's registers, and the refused changes leave nothing", async () => {
      for (const [user, writable] of Object.entries(WRITES)) {
        const client = await s.as(user);
        for (const suffix of AGENCIES) {
          const allowed = writable.includes(suffix);
          const { writes, deletes } = endpoints(suffix, user);
          for (const [what, write] of Object.entries(writes)) {
            const status = (await write(client)).status;
            expect(outcome(status), `${user} ${what} at ${suffix || "province"}`).toBe(
              allowed ? "allowed" : "FORBIDDEN",
            );
          }
          if (allowed) continue;
          for (const [what, remove] of Object.entries(deletes)) {
            expect(outcome((await remove(client)).status), `${user} ${what} at ${suffix || "province"}`).toBe(
              "FORBIDDEN",
            );
          }
        }
      }
      // Every entry is still there, changed only by its own agency's writer.
      for (const suffix of AGENCIES) {
        const writer = Object.keys(WRITES).find((u) => WRITES[u]?.includes(suffix));
        const doc = await getNormativeDocument(s.deps, s.tree.system, docs.get(suffix) ?? "");
        expect(doc.title, suffix).toBe(writer ? `${writer}改` : `原文件${suffix}`);
        const remedy = await getRemedyCase(s.deps, s.tree.system, cases.get(suffix) ?? "");
        expect(remedy.caseNumber, suffix).toBe(writer ? `${writer}改复` : `原复${suffix}`);
        const created = await s.deps.db
          .selectFrom("normative_documents")
          .select("title")
          .where("agency_id", "=", s.tree.id(suffix))
          .where("title", "like", "%建")
          .execute();
        expect(
          created.map((d) => d.title),
          suffix,
        ).toEqual(writer ? [`${writer}建`] : []);
      }
      // The writer may delete what it registered in error.
      const clerk = await s.as("clerk");
      expect((await clerk.delete(`/api/remedy-cases/${cases.get(".k1")}`)).status).toBe(204);
      expect((await clerk.delete(`/api/normative-documents/${docs.get(".k1")}`)).status).toBe(204);
    });

    it("lets a supervisor list its whole subtree at once, and nobody else", async () => {
      const c1 = s.tree.id(".c1");
      const agencies = async (user: string, path: string) => {
        const res = await (await s.as(user)).get(path);
        return res.status === 200
          ? [...new Set(res.body.map((d: { agencyId: string }) => d.agencyId))].sort()
          : res.status;
      };
      // Exactly the city and the agencies below it that keep entries (k1's remain: those its clerk made).
      const subtree = [".c1", ".k1", ".k1.edu", ".k2"].map(s.tree.id).sort();
      expect(await agencies("super", `/api/agencies/${c1}/normative-documents?subtree=true`)).toEqual(
        subtree,
      );
      expect(await agencies("super", `/api/agencies/${c1}/remedy-cases?subtree=true`)).toEqual(subtree);
      for (const path of [
        `/api/agencies/${s.tree.id("")}/normative-documents?subtree=true`,
        `/api/agencies/${s.tree.id(".c2")}/remedy-cases?subtree=true`,
      ]) {
        expect(await agencies("super", path)).toBe(403);
      }
      expect(await agencies("super2", `/api/agencies/${c1}/normative-documents?subtree=true`)).toBe(403);
      expect(
        await agencies("clerk", `/api/agencies/${s.tree.id(".k1")}/normative-documents?subtree=true`),
      ).toBe(403);
      expect(await agencies("admin", `/api/agencies/${s.tree.id("")}/remedy-cases?subtree=true`)).toBe(403);
    });

    it("refuses anonymous callers on every staff endpoint", async () => {
      const { reads, writes, deletes } = endpoints(".k2", "anonymous");
      for (const [what, call] of Object.entries({ ...reads, ...writes, ...deletes })) {
        expect((await call(s.anonymous)).status, what).toBe(401);
      }
    });
  });
});
