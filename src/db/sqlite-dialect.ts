import type BetterSqlite3 from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
  SqliteDialect,
  SqliteDriver,
  type SqliteStatement,
} from "kysely";

/**
 * Kysely's SQLite dialect with two changes that matter under load:
 *
 * 1. Transactions open with `BEGIN IMMEDIATE`. A deferred `BEGIN` that reads and then writes fails
 *    at once with SQLITE_BUSY in WAL mode when another process (the CLI beside a running server)
 *    committed in between — busy_timeout does not help there. IMMEDIATE takes the write lock up
 *    front, so a second writer waits (busy_timeout) instead of failing.
 * 2. Prepared statements are cached by SQL text. Kysely prepares every query anew; preparing costs
 *    several times what running a small indexed query does. SQLite re-prepares a cached statement
 *    by itself after a schema change.
 */

const STATEMENT_CACHE_SIZE = 500;

/** better-sqlite3 behind Kysely's SqliteDatabase interface, with an LRU cache of prepared statements. */
function cachingDatabase(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare(sql: string): SqliteStatement {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql); // re-insert: Map order is the recency order
      } else {
        statement = sqlite.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) {
          const oldest = cache.keys().next();
          if (!oldest.done) cache.delete(oldest.value);
        }
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

export class GongkaiSqliteDialect extends SqliteDialect {
  readonly #database: SqliteDatabase;

  constructor(sqlite: BetterSqlite3.Database) {
    const database = cachingDatabase(sqlite);
    super({ database });
    this.#database = database;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.#database });
  }
}
