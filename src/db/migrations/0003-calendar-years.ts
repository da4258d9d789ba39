import type { Kysely } from "kysely";

/** Years of the official holiday schedule loaded by administrators; they override the built-in years. Frozen: never edit. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("calendar_years")
    .addColumn("year", "integer", (c) => c.primaryKey())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("rest_days", "text", (c) => c.notNull())
    .addColumn("work_days", "text", (c) => c.notNull())
    .addColumn("loaded_at", "text", (c) => c.notNull())
    .addColumn("loaded_by", "text", (c) => c.references("users.id"))
    .execute();
}
