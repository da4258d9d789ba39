import { type Kysely, type MigrationResult, Migrator, sql } from "kysely";
import { AppError } from "../domain/app-error.ts";
import { dialectOf } from "./dialect.ts";
import { MIGRATIONS } from "./migrations/index.ts";

/**
 * On PostgreSQL the bookkeeping tables go into the current schema explicitly: without a schema,
 * Kysely looks for them by name across every schema and, seeing another schema's copy (a parallel
 * test file, a second deployment in the same database), would not create its own. Kysely's own
 * introspection also reads every schema of the database, and fails when another one is dropped
 * meanwhile, so the migrator sees only the current schema.
 */
async function migrator<DB>(db: Kysely<DB>): Promise<Migrator> {
  const provider = { getMigrations: async () => MIGRATIONS };
  if (dialectOf(db) !== "postgres") return new Migrator({ db, provider });
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema ?? "public";
  return new Migrator({ db: withSchemaIntrospection(db, schema), provider, migrationTableSchema: schema });
}

/** `db` with an introspection limited to `schema`: the schema itself and the names of its tables. */
function withSchemaIntrospection<DB>(db: Kysely<DB>, schema: string): Kysely<DB> {
  const introspection = {
    getSchemas: async () => [{ name: schema }],
    getTables: async () => {
      const { rows } = await sql<{ name: string; type: string }>`
        select table_name as name, table_type as type from information_schema.tables
        where table_schema = ${schema}`.execute(db);
      return rows.map((r) => ({ name: r.name, schema, isView: r.type === "VIEW", columns: [] }));
    },
    getMetadata: async () => ({ tables: await introspection.getTables() }),
  };
  return new Proxy(db, {
    get(target, property) {
      if (property === "introspection") return introspection;
      const value = Reflect.get(target, property, target);
      // Kysely's methods use private fields: they must run on the real instance.
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
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
  const { error, results = [] } = await (await migrator(db)).migrateToLatest();
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
  const infos = await (await migrator(db)).getMigrations();
  return infos.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
