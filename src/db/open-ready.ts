import { AppError } from "../domain/app-error.ts";
import { type Db, type OpenOptions, openDatabase } from "./connect.ts";
import { migrateToLatest, pendingMigrations } from "./migrate.ts";

/**
 * Opens the database for use by the server or a CLI command: an SQLite file is brought up to date
 * on the spot (one process owns it); a PostgreSQL database shared by many servers must already be
 * migrated with `gongkai db migrate`, and is refused otherwise rather than changed behind the
 * operator's back.
 */
export async function openReadyDatabase(options: OpenOptions = {}): Promise<Db> {
  const opened = await openDatabase(options);
  try {
    if (opened.dialect === "sqlite") {
      await migrateToLatest(opened.db);
    } else {
      const pending = await pendingMigrations(opened.db);
      if (pending.length > 0) {
        throw new AppError(
          "INTERNAL",
          `PostgreSQL 数据库 ${opened.location} 尚未升级到当前版本（待执行的迁移：${pending.join("、")}）。请先运行 gongkai db migrate`,
          { pending },
        );
      }
    }
    return opened;
  } catch (err) {
    await opened.close();
    throw err;
  }
}
