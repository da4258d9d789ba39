import { type Kysely, sql } from "kysely";
import { dialectOf } from "../dialect.ts";
import { binaryText, inList } from "./helpers.ts";

/**
 * Notice letters: each agency's letter settings (number patterns, how fees are paid, who signs),
 * its versions of the wording of each letter kind, the document-number counters (one row per
 * agency, series and year, incremented inside the issuing transaction), the issued letters exactly
 * as sent (content, values, HTML; the Word file in a table of its own) and their delivery. Issued
 * letters, their files, their deliveries and template versions are append-only.
 * Frozen: never edit.
 */

const SERIES = ["receipt", "correction", "extension", "consultation", "fee", "notice", "reply"];
const METHODS = ["post", "email", "inPerson", "online"];

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = dialectOf(db) === "postgres";
  const key = binaryText(db);

  await db.schema
    .createTable("letter_settings")
    .addColumn("agency_id", "text", (c) => c.primaryKey().references("agencies.id"))
    .addColumn("number_patterns", "text", (c) => c.notNull())
    .addColumn("payment_method", "text")
    .addColumn("signer", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.references("users.id"))
    .addCheckConstraint("letter_settings_version_check", sql`version >= 1`)
    .execute();

  await db.schema
    .createTable("letter_templates")
    .addColumn("agency_id", "text", (c) => c.notNull().references("agencies.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id"))
    .addPrimaryKeyConstraint("letter_templates_pk", ["agency_id", "kind", "version"])
    .addCheckConstraint("letter_templates_version_check", sql`version >= 1`)
    .execute();
  await appendOnly(db, "letter_templates", postgres);

  await db.schema
    .createTable("letter_counters")
    .addColumn("agency_id", "text", (c) => c.notNull().references("agencies.id"))
    .addColumn("series", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("last_number", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("letter_counters_pk", ["agency_id", "series", "year"])
    .addCheckConstraint("letter_counters_series_check", inList("series", SERIES))
    .addCheckConstraint("letter_counters_number_check", sql`last_number >= 1`)
    .execute();

  await db.schema
    .createTable("letters")
    .addColumn("id", key, (c) => c.primaryKey())
    .addColumn("agency_id", "text", (c) => c.notNull().references("agencies.id"))
    .addColumn("application_id", key, (c) => c.notNull().references("applications.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("series", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("document_number", "text", (c) => c.notNull())
    .addColumn("step_seq", "integer", (c) => c.notNull())
    // The consultation's ref for letters about one; '' otherwise (so the unique key below holds).
    .addColumn("step_ref", "text", (c) => c.notNull())
    .addColumn("audience", "text", (c) => c.notNull())
    .addColumn("addressee", "text", (c) => c.notNull())
    .addColumn("letter_date", "text", (c) => c.notNull())
    .addColumn("template_version", "integer", (c) => c.notNull())
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("letter_values", "text", (c) => c.notNull())
    .addColumn("html", "text", (c) => c.notNull())
    .addColumn("docx_sha256", "text", (c) => c.notNull())
    .addColumn("docx_size", "integer", (c) => c.notNull())
    .addColumn("issued_at", "text", (c) => c.notNull())
    .addColumn("issued_by", "text", (c) => c.references("users.id"))
    .addUniqueConstraint("letters_number_unique", ["agency_id", "series", "year", "number"])
    .addUniqueConstraint("letters_step_unique", ["application_id", "kind", "step_seq", "step_ref"])
    .addCheckConstraint("letters_series_check", inList("series", SERIES))
    .addCheckConstraint("letters_audience_check", inList("audience", ["applicant", "thirdParty", "agency"]))
    .addCheckConstraint("letters_number_check", sql`number >= 1 and step_seq >= 1 and template_version >= 0`)
    .execute();
  await db.schema
    .createIndex("letters_application_idx")
    .on("letters")
    .columns(["application_id", "issued_at"])
    .execute();
  await appendOnly(db, "letters", postgres);

  await db.schema
    .createTable("letter_files")
    .addColumn("letter_id", key, (c) => c.primaryKey().references("letters.id"))
    .addColumn("docx", postgres ? "bytea" : "blob", (c) => c.notNull())
    .execute();
  await appendOnly(db, "letter_files", postgres);

  await db.schema
    .createTable("letter_deliveries")
    .addColumn("letter_id", key, (c) => c.primaryKey().references("letters.id"))
    .addColumn("application_id", key, (c) => c.notNull().references("applications.id"))
    .addColumn("agency_id", "text", (c) => c.notNull().references("agencies.id"))
    .addColumn("method", "text", (c) => c.notNull())
    .addColumn("delivered_on", "text", (c) => c.notNull())
    .addColumn("note", "text")
    // The ledger event the delivery appended (送达 of a notice the law counts from), or null.
    .addColumn("event_seq", "integer")
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("recorded_by", "text", (c) => c.references("users.id"))
    .addCheckConstraint("letter_deliveries_method_check", inList("method", METHODS))
    .execute();
  await appendOnly(db, "letter_deliveries", postgres);
}

/** Triggers refusing UPDATE and DELETE. */
async function appendOnly(db: Kysely<unknown>, table: string, postgres: boolean): Promise<void> {
  const name = sql.raw(table);
  const fn = sql.raw(`${table}_append_only`);
  const message = sql.lit(`${table} is append-only`);
  if (postgres) {
    await sql`create function ${fn}() returns trigger language plpgsql as $$
      begin raise exception ${message}; end $$`.execute(db);
    await sql`create trigger ${fn} before update or delete on ${name}
      for each row execute function ${fn}()`.execute(db);
  } else {
    await sql`create trigger ${sql.raw(`${table}_no_update`)} before update on ${name}
      begin select raise(abort, ${message}); end`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_no_delete`)} before delete on ${name}
      begin select raise(abort, ${message}); end`.execute(db);
  }
}
