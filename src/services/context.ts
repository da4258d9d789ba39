import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** The current instant. Services never read the system clock themselves: tests and replays set time. */
export type Clock = () => Date;

/**
 * What every service is given. `db` may be a transaction: services that write open their own with
 * `withTransaction`, which joins an outer one, so use cases compose into one commit.
 */
export interface ServiceContext {
  db: Kysely<Database>;
  clock: Clock;
}

/** The context's current instant as stored: ISO-8601 UTC text. */
export function nowIso(ctx: ServiceContext): string {
  return ctx.clock().toISOString();
}

/** A new random text id. */
export function newId(): string {
  return randomUUID();
}
