import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { forEachDialect } from "../test-support/dialects.ts";
import { migrateToLatest, pendingMigrations } from "./migrate.ts";
import { MIGRATIONS } from "./migrations/index.ts";

const AT = "2026-01-05T08:00:00.000Z";

describe("migrations", () => {
  forEachDialect(
    (getDb) => {
      it("run up from an empty database, in order, and then have nothing left to do", async () => {
        const { db } = getDb();
        const names = Object.keys(MIGRATIONS);
        expect(names).toEqual([...names].sort());
        expect(await pendingMigrations(db)).toEqual(names);

        const steps = await migrateToLatest(db);
        expect(steps).toEqual(names.map((name) => ({ name, status: "Success" })));
        expect(await pendingMigrations(db)).toEqual([]);
        expect(await migrateToLatest(db)).toEqual([]);

        const tables = (await db.introspection.getTables()).map((t) => t.name).sort();
        expect(tables).toEqual(
          expect.arrayContaining([
            "agencies",
            "audit_log",
            "calendar_years",
            "fee_income",
            "normative_documents",
            "register_counts",
            "remedy_cases",
            "sessions",
            "users",
          ]),
        );
      });

      it("enforce the constraints the services rely on", async () => {
        const { db } = getDb();
        await db
          .insertInto("agencies")
          .values({ id: "a", parent_id: null, path: "/a/", name: "甲", level: "county", created_at: AT })
          .execute();
        // An unknown level, a dangling parent, an abolition before issue, a pending case with a result date.
        await expect(
          db
            .insertInto("agencies")
            .values({
              id: "b",
              parent_id: null,
              path: "/b/",
              name: "乙",
              level: "village" as never,
              created_at: AT,
            })
            .execute(),
        ).rejects.toThrow();
        await expect(
          db
            .insertInto("agencies")
            .values({
              id: "c",
              parent_id: "nobody",
              path: "/nobody/c/",
              name: "丙",
              level: "county",
              created_at: AT,
            })
            .execute(),
        ).rejects.toThrow();
        const doc = {
          id: "d",
          agency_id: "a",
          kind: "regulation" as const,
          title: "办法",
          issued_on: "2024-05-01",
          abolished_on: "2024-04-30",
          created_at: AT,
          updated_at: AT,
        };
        await expect(db.insertInto("normative_documents").values(doc).execute()).rejects.toThrow();
        const remedy = {
          id: "r",
          agency_id: "a",
          kind: "reconsideration" as const,
          case_number: "1",
          filed_on: "2024-03-01",
          result: "pending" as const,
          result_on: "2024-04-01",
          created_at: AT,
          updated_at: AT,
        };
        await expect(db.insertInto("remedy_cases").values(remedy).execute()).rejects.toThrow();
        await db
          .insertInto("remedy_cases")
          .values({ ...remedy, result: "upheld", result_on: "2024-04-01" })
          .execute();
      });

      it("keep the audit log append-only", async () => {
        const { db } = getDb();
        await db
          .insertInto("audit_log")
          .values({
            at: AT,
            user_id: null,
            agency_id: "a",
            action: "create",
            entity: "x",
            entity_id: "1",
            before: null,
            after: "{}",
          })
          .execute();
        await expect(sql`update audit_log set action = 'forged'`.execute(db)).rejects.toThrow(/append-only/);
        await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/);
        const rows = await db.selectFrom("audit_log").select(["id", "action"]).execute();
        expect(rows).toEqual([{ id: 1, action: "create" }]);
      });
    },
    { migrate: false },
  );
});
