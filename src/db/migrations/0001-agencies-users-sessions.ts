import type { Kysely } from "kysely";
import { binaryText, inList, isFlag } from "./helpers.ts";

/** Agencies as a tree (materialised path), staff users with roles, login sessions. Frozen: never edit. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("agencies")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("parent_id", "text", (c) => c.references("agencies.id"))
    .addColumn("path", binaryText(db), (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("short_name", "text")
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("region_code", "text")
    .addColumn("address", "text")
    .addColumn("postal_code", "text")
    .addColumn("phone", "text")
    .addColumn("reconsideration_body", "text")
    .addColumn("court", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addCheckConstraint(
      "agencies_level_check",
      inList("level", ["province", "city", "county", "township", "department"]),
    )
    .execute();
  await db.schema.createIndex("agencies_parent_idx").on("agencies").column("parent_id").execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("agency_id", "text", (c) => c.notNull().references("agencies.id"))
    .addColumn("username", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("roles", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("password_changed_at", "text", (c) => c.notNull())
    .addCheckConstraint("users_disabled_check", isFlag("disabled"))
    .execute();
  await db.schema.createIndex("users_agency_idx").on("users").column("agency_id").execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();
  await db.schema.createIndex("sessions_expires_idx").on("sessions").column("expires_at").execute();
}
