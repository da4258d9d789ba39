import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { forEachDialect } from "../test-support/dialects.ts";
import { migrateToLatest, pendingMigrations } from "./migrate.ts";
import { MIGRATIONS } from "./migrations/index.ts";

const AT = "2026-01-05T08:00:00.000Z";

describe("migrations", () => {
  forEachDialect(
    (getDb, dialect) => {
      it("run up from an empty database, in order, and then have nothing left to do", async () => {
        const { db } = getDb();
        const names = Object.keys(MIGRATIONS);
        expect(names).toEqual([...names].sort());
        expect(await pendingMigrations(db)).toEqual(names);

        const steps = await migrateToLatest(db);
        expect(steps).toEqual(names.map((name) => ({ name, status: "Success" })));
        expect(await pendingMigrations(db)).toEqual([]);
        expect(await migrateToLatest(db)).toEqual([]);

        // On PostgreSQL this schema's tables only: Kysely's introspection reads every schema of the database.
        const tables = (
          dialect === "postgres"
            ? (
                await sql<{ name: string }>`
                  select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(
                  db,
                )
              ).rows
            : await db.introspection.getTables()
        )
          .map((t) => t.name)
          .sort();
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

      it.runIf(dialect === "postgres")(
        "look at their own schema only: another schema dropped meanwhile does not disturb them",
        async () => {
          const { db } = getDb();
          for (let i = 0; i < 40; i++) {
            const other = `gk_race_${process.pid}_${i}`;
            await sql.raw(`create schema ${other}; create table ${other}.t (id int)`).execute(db);
            // Two connections of the pool: the check reads the catalogue while the other schema goes.
            const [pending] = await Promise.all([
              pendingMigrations(db),
              sql.raw(`drop schema ${other} cascade`).execute(db),
            ]);
            expect(pending).toEqual([]);
          }
        },
      );

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
