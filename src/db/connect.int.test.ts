import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { forEachDialect } from "../test-support/dialects.ts";
import { redactUrl } from "./connect.ts";
import { withTransaction } from "./transaction.ts";

const AT = "2026-01-01T00:00:00.000Z";

describe("the connection", () => {
  forEachDialect((getDb, dialect) => {
    it("returns numbers for counts, sums and bigint money on both engines", async () => {
      const { db } = getDb();
      await db
        .insertInto("agencies")
        .values({ id: "n", parent_id: null, path: "/n/", name: "甲", level: "county", created_at: AT })
        .execute();
      await db
        .insertInto("fee_income")
        .values([
          { agency_id: "n", year: 2024, amount_fen: 9_000_000_000_001, updated_at: AT },
          { agency_id: "n", year: 2025, amount_fen: 2, updated_at: AT },
        ])
        .execute();
      const row = await db
        .selectFrom("fee_income")
        .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.sum<number>("amount_fen").as("total")])
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ n: 2, total: 9_000_000_000_003 });
      const one = await db
        .selectFrom("fee_income")
        .select("amount_fen")
        .where("year", "=", 2024)
        .executeTakeFirstOrThrow();
      expect(one.amount_fen).toBe(9_000_000_000_001);
    });

    // Declared for SQLite only: PostgreSQL has neither setting.
    if (dialect === "sqlite") {
      it("opens SQLite in WAL mode with foreign keys enforced", async () => {
        const { db } = getDb();
        const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
        const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
        expect(mode.rows[0]?.journal_mode).toBe("wal");
        expect(fk.rows[0]?.foreign_keys).toBe(1);
      });
    }

    it("runs a transaction that joins an outer one and rolls back as a whole", async () => {
      const { db } = getDb();
      const insert = (tx: typeof db, id: string) =>
        tx
          .insertInto("agencies")
          .values({ id, parent_id: null, path: `/${id}/`, name: id, level: "county", created_at: AT })
          .execute();
      await expect(
        withTransaction(db, async (outer) => {
          await insert(outer, "t-outer");
          await withTransaction(outer, async (inner) => {
            expect(inner).toBe(outer);
            await insert(inner, "t-inner");
          });
          throw new Error("changed my mind");
        }),
      ).rejects.toThrow("changed my mind");
      const left = await db
        .selectFrom("agencies")
        .select("id")
        .where("id", "in", ["t-outer", "t-inner"])
        .execute();
      expect(left).toEqual([]);
      const result = await withTransaction(db, async (tx) => {
        await insert(tx, "t-kept");
        return "done";
      });
      expect(result).toBe("done");
      expect(await db.selectFrom("agencies").select("id").where("id", "=", "t-kept").execute()).toHaveLength(
        1,
      );
    });
  });

  it("never shows a password in a location", () => {
    expect(redactUrl("postgres://gk:s3cr:et@db.internal:5432/gongkai")).toBe(
      "postgres://gk:***@db.internal:5432/gongkai",
    );
    expect(redactUrl("postgresql://gk@127.0.0.1/gongkai")).toBe("postgresql://gk@127.0.0.1/gongkai");
    expect(redactUrl("/srv/gongkai/data/gongkai.db")).toBe("/srv/gongkai/data/gongkai.db");
  });
});
