import { CompiledQuery, type DatabaseConnection, type Driver, SqliteDialect, SqliteDriver } from "kysely";

/**
 * Kysely's SQLite driver opens transactions with a plain (deferred) `BEGIN`. In WAL mode a deferred
 * transaction that reads and then writes fails at once with SQLITE_BUSY when another process (the
 * CLI beside a running server) committed in between — busy_timeout does not help there. `BEGIN
 * IMMEDIATE` takes the write lock up front, so a second writer waits (busy_timeout) instead of failing.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];

  constructor(config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
