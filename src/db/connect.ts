import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { AppError } from "../domain/app-error.ts";
import { type DialectName, isPostgresUrl } from "./dialect.ts";
import type { Database } from "./schema.ts";
import { GongkaiSqliteDialect } from "./sqlite-dialect.ts";

/** Where the database lives when neither `url` nor DATABASE_URL says otherwise (relative to the working folder). */
export const DEFAULT_SQLITE_FILE = "data/gongkai.db";

export interface Db {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where the data is, for messages: the absolute SQLite file or the PostgreSQL URL without its password. */
  location: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * A PostgreSQL URL (`postgres://…`, `postgresql://…`; `?options=-c%20search_path%3Dmyschema` selects
   * a schema) or an SQLite file path (`sqlite:` prefix allowed). Default: DATABASE_URL, then data/gongkai.db.
   */
  url?: string;
  /** PostgreSQL only: pool size (default 10). */
  poolSize?: number;
}

/**
 * Opens the database: SQLite (WAL, foreign keys on) by default, PostgreSQL for a postgres URL.
 * Opening does not migrate: call `migrateToLatest` (or use `openReadyDatabase`).
 * @throws AppError INTERNAL with a Chinese message when PostgreSQL cannot be reached.
 */
export async function openDatabase(options: OpenOptions = {}): Promise<Db> {
  const url = options.url ?? process.env.DATABASE_URL ?? DEFAULT_SQLITE_FILE;
  return isPostgresUrl(url) ? openPostgres(url, options) : openSqlite(url);
}

function openSqlite(url: string): Db {
  const path = url.replace(/^sqlite:/i, "");
  const file = path === ":memory:" ? path : resolve(path);
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // Another process (the CLI beside a running server) may hold the write lock for a moment.
  sqlite.pragma("busy_timeout = 5000");
  // With WAL, NORMAL loses nothing when the process dies (kill -9); only an OS crash may drop the
  // last commits. FULL would fsync every commit.
  sqlite.pragma("synchronous = NORMAL");
  const db = new Kysely<Database>({ dialect: new GongkaiSqliteDialect(sqlite) });
  return { db, dialect: "sqlite", location: file, close: () => db.destroy() };
}

/** bigint (count(*), sum of integers, money) and numeric (sum of bigint) arrive as strings by default; we want numbers, as on SQLite. */
const NUMBER_OIDS = new Set([20, 1700]);
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    NUMBER_OIDS.has(oid) && format !== "binary"
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

async function openPostgres(url: string, options: OpenOptions): Promise<Db> {
  const location = redactUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    types,
  });
  // An idle connection that breaks (server restart, network) is dropped by the pool and replaced on
  // the next query; without a listener its 'error' event would end the process.
  pool.on("error", (err) => process.emitWarning(`PostgreSQL connection lost (${location}): ${err.message}`));
  try {
    await pool.query("select 1");
  } catch (err) {
    await pool.end();
    throw new AppError(
      "INTERNAL",
      `无法连接 PostgreSQL 数据库 ${location}：${(err as Error).message}。请检查 DATABASE_URL 是否正确、数据库服务是否已启动`,
      { location },
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: "postgres", location, close: () => db.destroy() };
}

/** The URL with its password replaced by `***`, safe for logs and messages. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]+):[^@]*@/i, "$1:***@");
}
