import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { type Db, openDatabase } from "../db/connect.ts";
import type { DialectName } from "../db/dialect.ts";
import { migrateToLatest } from "../db/migrate.ts";

/**
 * Integration tests (`*.int.test.ts`) run against every database engine:
 *
 * ```ts
 * forEachDialect((getDb, dialect) => {
 *   it("stores an agency", async () => {
 *     const { db } = getDb();
 *     …
 *   });
 * });
 * ```
 *
 * Each `forEachDialect` call gets, per engine, its own migrated database shared by the tests inside
 * it (create your own rows with unique ids; do not assume empty tables between tests): SQLite in a
 * fresh temporary file (real WAL), PostgreSQL in a fresh schema `gk_test_<random>` of the test
 * database, dropped afterwards — so test files running in parallel never see each other's rows.
 * PostgreSQL is `GONGKAI_TEST_PG` or postgres://postgres@127.0.0.1:5432/test. When it cannot be
 * reached its block is skipped (and says so); under CI=true that is a failure instead.
 */

export const TEST_PG_URL = process.env.GONGKAI_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";

async function probePostgres(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return undefined;
  } catch (err) {
    return (err as Error).message || String(err);
  } finally {
    await client.end().catch(() => {});
  }
}

const postgresProblem = await probePostgres();
if (postgresProblem !== undefined) {
  if (process.env.CI === "true") {
    throw new Error(`CI=true but PostgreSQL at ${TEST_PG_URL} is not reachable: ${postgresProblem}`);
  }
  console.warn(`PostgreSQL at ${TEST_PG_URL} is not reachable (${postgresProblem}): its tests are skipped`);
}

/** The engines this run tests against. */
export const availableDialects: DialectName[] =
  postgresProblem === undefined ? ["sqlite", "postgres"] : ["sqlite"];

/** A test database: a Db plus the URL that reaches it (for DATABASE_URL in CLI and server tests). */
export interface TestDb extends Db {
  url: string;
}

export interface TestDatabaseOptions {
  /** Apply every migration before the tests (default true); false gives an empty database. */
  migrate?: boolean;
}

/** A fresh, isolated database of one engine; its `close()` also deletes it. */
export async function openTestDatabase(
  dialect: DialectName,
  options: TestDatabaseOptions = {},
): Promise<TestDb> {
  const opened = dialect === "postgres" ? await openPostgresSchema() : await openSqliteFile();
  if (options.migrate !== false) {
    try {
      await migrateToLatest(opened.db);
    } catch (err) {
      await opened.close();
      throw err;
    }
  }
  return opened;
}

async function openSqliteFile(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), "gk-test-"));
  const url = join(dir, "test.db");
  const opened = await openDatabase({ url });
  return {
    ...opened,
    url,
    close: async () => {
      await opened.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function openPostgresSchema(): Promise<TestDb> {
  const schema = `gk_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`create schema ${schema}`);
  const separator = TEST_PG_URL.includes("?") ? "&" : "?";
  const url = `${TEST_PG_URL}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const opened = await openDatabase({ url, poolSize: 4 });
  return {
    ...opened,
    url,
    location: `${opened.location} (schema ${schema})`,
    close: async () => {
      await opened.close();
      await adminQuery(`drop schema ${schema} cascade`);
    },
  };
}

/**
 * Declares `body` once per available engine, inside `describe("<engine>")`, with a fresh database
 * opened before its tests and deleted after them. `getDb()` is valid inside tests and hooks.
 */
export function forEachDialect(
  body: (getDb: () => TestDb, dialect: DialectName) => void,
  options: TestDatabaseOptions = {},
): void {
  for (const dialect of ["sqlite", "postgres"] as const) {
    describe.skipIf(!availableDialects.includes(dialect))(dialect, () => {
      let current: TestDb | undefined;
      beforeAll(async () => {
        current = await openTestDatabase(dialect, options);
      });
      afterAll(async () => {
        await current?.close();
      });
      body(() => {
        if (!current)
          throw new Error(`the ${dialect} test database is not open: call getDb() inside a test or hook`);
        return current;
      }, dialect);
    });
  }
}
