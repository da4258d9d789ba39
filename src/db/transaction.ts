import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

/**
 * Runs `work` in one transaction on either engine and returns its result; a throw rolls everything
 * back. Called inside a transaction already (a service composed into another), it joins that
 * transaction instead of opening a nested one, so a use case and its audit entry commit together.
 *
 * On SQLite the transaction starts with `BEGIN IMMEDIATE` (see sqlite-dialect.ts); on PostgreSQL it
 * runs at READ COMMITTED — write conflicts are the caller's to detect (a version column and an
 * `UPDATE … WHERE version = ?` that must touch one row).
 */
export async function withTransaction<T>(
  db: Kysely<Database>,
  work: (tx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(work);
}
