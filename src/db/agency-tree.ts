import type { ExpressionBuilder, Kysely } from "kysely";
import type { Database } from "./schema.ts";

/**
 * Agencies form a tree stored as a materialised path: each row's `path` is the ids from the root
 * down to itself, `/province/city/county/`. An agency's subtree is then every path that starts
 * with its own, which is one range scan of the unique index on `path`:
 * `path >= '/p/c/' AND path < '/p/c0'` — `0` is the character right after `/`, and ids never
 * contain `/`. The column compares bytes on both engines (COLLATE "C" on PostgreSQL).
 * Ancestors are read from the path itself; no recursive query is needed anywhere.
 */

/** The path of a new agency under `parentPath` (null for a root). */
export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? "/"}${id}/`;
}

/** True when `path` is `rootPath` itself or below it. */
export function isPathWithin(path: string, rootPath: string): boolean {
  return path.startsWith(rootPath);
}

/** The half-open range of paths in the subtree rooted at `rootPath`. */
export function subtreeRange(rootPath: string): { from: string; to: string } {
  return { from: rootPath, to: `${rootPath.slice(0, -1)}0` };
}

/** Where-clause for `agencies`: the rows of the subtree rooted at `rootPath`. */
export function inSubtree(rootPath: string) {
  const { from, to } = subtreeRange(rootPath);
  return (eb: ExpressionBuilder<Database, "agencies">) =>
    eb.and([eb("agencies.path", ">=", from), eb("agencies.path", "<", to)]);
}

/**
 * A subquery of the ids in a subtree, to scope any agency-owned table:
 * `.where("agency_id", "in", subtreeAgencyIds(db, path))`.
 */
export function subtreeAgencyIds(db: Kysely<Database>, rootPath: string) {
  return db.selectFrom("agencies").select("agencies.id").where(inSubtree(rootPath));
}
