import { type Kysely, type MigrationResult, Migrator } from "kysely";
import { AppError } from "../domain/app-error.ts";
import { MIGRATIONS } from "./migrations/index.ts";

function migrator<DB>(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
}

export interface MigrationStep {
  name: string;
  status: MigrationResult["status"];
}

/**
 * Applies every migration not yet applied, each in its own transaction where the engine allows, and
 * returns what ran. Safe to call at every start: Kysely takes a lock, and an up-to-date database
 * runs nothing. `gongkai serve` calls it on SQLite; on PostgreSQL operators run `gongkai db migrate`.
 * @throws AppError INTERNAL naming the migration that failed (earlier ones stay applied).
 */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrationStep[]> {
  const { error, results = [] } = await migrator(db).migrateToLatest();
  const steps = results.map((r) => ({ name: r.migrationName, status: r.status }));
  if (error) {
    const failed = steps.find((s) => s.status === "Error")?.name;
    throw new AppError(
      "INTERNAL",
      `数据库迁移失败${failed ? `（${failed}）` : ""}：${error instanceof Error ? error.message : String(error)}`,
      { steps, cause: error },
    );
  }
  return steps;
}

/** Names of the migrations this build knows but the database has not applied yet. */
export async function pendingMigrations<DB>(db: Kysely<DB>): Promise<string[]> {
  const infos = await migrator(db).getMigrations();
  return infos.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
