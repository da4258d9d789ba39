import SqliteDatabase from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { availableDialects, openTestDatabase } from "../../test-support/dialects.ts";
import {
  type Acknowledged,
  CLERK,
  HttpSession,
  seedClerk,
  startServerProcess,
  writeLoop,
} from "./server-process.test-support.ts";

/**
 * Crash safety: the real server is killed with SIGKILL in the middle of a loop of writes over HTTP.
 * Whatever it acknowledged (a 2xx answer reached the client) must be there after a restart, and the
 * database must be intact. Each write is a counter registration, then a procedure step on it.
 */

describe("crash safety: kill -9 during a loop of writes", () => {
  for (const dialect of availableDialects) {
    it(`keeps every acknowledged write and an intact database (${dialect})`, async () => {
      const db = await openTestDatabase(dialect);
      try {
        await seedClerk({ db: db.db, clock: () => new Date() });
        const server = await startServerProcess(db.url);
        const loop = writeLoop(server.base, 4);
        // Let the writes run, then pull the plug while requests are in flight.
        while (loop.acknowledged.size < 40) await new Promise((r) => setTimeout(r, 50));
        const killed = await server.stop("SIGKILL");
        loop.stop();
        await loop.done;
        expect(killed.signal).toBe("SIGKILL");
        const acknowledged = [...loop.acknowledged.values()];

        const restarted = await startServerProcess(db.url);
        try {
          const rows = await db.db
            .selectFrom("applications")
            .select([
              "id",
              "number",
              "version",
              (eb) =>
                eb
                  .selectFrom("application_events as e")
                  .select((e) => e.fn.countAll<number>().as("n"))
                  .whereRef("e.application_id", "=", "applications.id")
                  .as("events"),
            ])
            .execute();
          const stored = new Map(rows.map((r) => [r.id, r]));
          for (const a of acknowledged) {
            const row = stored.get(a.id);
            expect(row?.number, a.number).toBe(a.number);
            expect(Number(row?.events)).toBeGreaterThanOrEqual(a.events);
            // Derived columns and ledger were committed together: version = events + 1.
            expect(row?.version).toBe(Number(row?.events) + 1);
          }
          // Nothing was written twice, nothing half: every stored application has its receipt event.
          expect(rows.every((r) => Number(r.events) >= 1)).toBe(true);
          expect(rows.length).toBeLessThanOrEqual(loop.attempts());
          if (dialect === "sqlite") {
            const check = new SqliteDatabase(db.url, { fileMustExist: true });
            try {
              expect(check.pragma("integrity_check")).toEqual([{ integrity_check: "ok" }]);
              expect(check.pragma("foreign_key_check")).toEqual([]);
            } finally {
              check.close();
            }
          }
          // The restarted server answers with what was acknowledged.
          const session = new HttpSession(restarted.base);
          await session.login(CLERK.username, CLERK.password);
          const last = acknowledged.at(-1) as Acknowledged;
          const detail = await session.send("GET", `/api/applications/${last.id}`);
          expect(detail.status).toBe(200);
          expect(detail.body.number ?? detail.body.application?.number).toBe(last.number);
        } finally {
          await restarted.stop();
        }
      } finally {
        await db.close();
      }
    }, 600_000);
  }
});
