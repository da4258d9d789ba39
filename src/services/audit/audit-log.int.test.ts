import { describe, expect, it } from "vitest";
import { withTransaction } from "../../db/transaction.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import type { ServiceContext } from "../context.ts";
import { createNormativeDocument, updateNormativeDocument } from "../registers/normative-documents.ts";
import { createSampleTree } from "../testing/sample-tree.ts";
import { listAudit, recordAudit } from "./audit-log.ts";

const clock = () => new Date("2026-03-02T01:00:00.000Z");

describe("audit log", () => {
  forEachDialect((getDb) => {
    const ctx = (): ServiceContext => ({ db: getDb().db, clock });

    it("records who changed what, with the entity before and after", async () => {
      const t = await createSampleTree(ctx(), "a1");
      const doc = await createNormativeDocument(ctx(), t.as("clerk"), {
        agencyId: t.id(".k1"),
        kind: "normative_document",
        title: "关于规范政务公开工作的通知",
        issuedOn: "2025-04-01",
      });
      await updateNormativeDocument(ctx(), t.as("clerk"), doc.id, { abolishedOn: "2026-01-15" });
      const entries = await listAudit(ctx(), t.as("clerk"), {
        agencyId: t.id(".k1"),
        entity: "normative_document",
      });
      expect(entries.map((e) => e.action)).toEqual(["update", "create"]);
      const [update, create] = entries;
      expect(create).toMatchObject({
        userId: t.user("clerk").id,
        entityId: doc.id,
        before: null,
        at: clock().toISOString(),
      });
      expect(update?.before).toMatchObject({ abolishedOn: null });
      expect(update?.after).toMatchObject({ abolishedOn: "2026-01-15" });
      expect(update?.id).toBeGreaterThan(create?.id ?? Number.POSITIVE_INFINITY);
    });

    it("is written in the same transaction as the change: a failure later leaves neither", async () => {
      const t = await createSampleTree(ctx(), "a2");
      const count = async (table: "audit_log" | "normative_documents") =>
        Number(
          (
            await getDb()
              .db.selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const auditBefore = await count("audit_log");
      const docsBefore = await count("normative_documents");
      await expect(
        withTransaction(getDb().db, async (tx) => {
          await createNormativeDocument({ db: tx, clock }, t.as("clerk"), {
            agencyId: t.id(".k1"),
            kind: "regulation",
            title: "某办法",
            issuedOn: "2025-01-01",
          });
          // A second write in the same use case breaks a constraint.
          await tx
            .insertInto("register_counts")
            .values({ agency_id: t.id(".k1"), year: 2025, kind: "permit", count: -1, updated_at: "x" })
            .execute();
        }),
      ).rejects.toThrow();
      expect(await count("audit_log")).toBe(auditBefore);
      expect(await count("normative_documents")).toBe(docsBefore);
    });

    it("refuses an entry written outside a transaction", async () => {
      await expect(
        recordAudit(getDb().db, {
          at: clock().toISOString(),
          actor: { kind: "system", label: "test" },
          agencyId: null,
          action: "create",
          entity: "x",
          entityId: "1",
        }),
      ).rejects.toMatchObject({ code: "INTERNAL" });
    });
  });
});
