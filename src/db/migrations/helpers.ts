import { type Kysely, sql } from "kysely";
import { dialectOf } from "../dialect.ts";

/**
 * Helpers for migrations. Landed migrations call them, so they are frozen like the migrations
 * themselves: never change what one of these emits — add a new helper instead.
 */

/**
 * A text column compared byte by byte on PostgreSQL too (COLLATE "C"), for keys that are scanned
 * by range — the agencies' materialised paths. Under a language collation such as en_US, `/` and
 * `0` do not sort by code point and a prefix range would miss rows. SQLite's default is binary.
 */
export function binaryText(db: Kysely<unknown>) {
  return dialectOf(db) === "postgres" ? sql`text collate "C"` : sql`text`;
}

/** An enum column as text with a CHECK constraint; the same on both engines. */
export function inList(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

/** A 0/1 integer column standing in for a boolean (SQLite has none). */
export function isFlag(column: string) {
  return sql`${sql.ref(column)} in (0, 1)`;
}
