import { type Kysely, sql } from "kysely";
import { dialectOf } from "../dialect.ts";
import { inList } from "./helpers.ts";

/**
 * Annual reports: one working draft per agency and year (the prose staff write, with the generated
 * suggestions beside it) and its published versions, frozen at publication — prose, tables and the
 * findings of that moment. A published version is never changed or removed (triggers refuse it), so a
 * change after publication can only be a new version, listed beside the old one. Frozen: never edit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = dialectOf(db) === "postgres";

  await db.schema
    .createTable("annual_reports")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("agency_id", "text", (c) => c.notNull().references("agencies.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("preamble", "text", (c) => c.notNull())
    // JSON object: section key → prose, as edited by staff.
    .addColumn("sections", "text", (c) => c.notNull())
    // JSON object: the generated suggestions (preamble and sections) at the last write of the draft.
    .addColumn("suggestions", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.references("users.id"))
    .addUniqueConstraint("annual_reports_agency_year_unique", ["agency_id", "year"])
    .addCheckConstraint("annual_reports_format_check", inList("format", ["2021", "2019"]))
    .addCheckConstraint("annual_reports_version_check", sql`version >= 1`)
    .execute();

  await db.schema
    .createTable("annual_report_versions")
    .addColumn("report_id", "text", (c) => c.notNull().references("annual_reports.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("agency_id", "text", (c) => c.notNull().references("agencies.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    // JSON ReportModel: prose, tables and publish date exactly as published.
    .addColumn("report", "text", (c) => c.notNull())
    // JSON Finding[]: the validation at the moment of publication.
    .addColumn("findings", "text", (c) => c.notNull())
    .addColumn("error_count", "integer", (c) => c.notNull())
    .addColumn("warning_count", "integer", (c) => c.notNull())
    // JSON array of the error rule ids the publisher acknowledged (empty when there were none).
    .addColumn("acknowledged_errors", "text", (c) => c.notNull())
    .addColumn("revision_note", "text")
    .addColumn("draft_version", "integer", (c) => c.notNull())
    .addColumn("publish_date", "text", (c) => c.notNull())
    .addColumn("deadline", "text", (c) => c.notNull())
    .addColumn("published_at", "text", (c) => c.notNull())
    .addColumn("published_by", "text", (c) => c.references("users.id"))
    .addColumn("publisher_name", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("annual_report_versions_pk", ["report_id", "version"])
    .addCheckConstraint("annual_report_versions_version_check", sql`version >= 1`)
    .addCheckConstraint(
      "annual_report_versions_revision_check",
      sql`version = 1 or (revision_note is not null and revision_note <> '')`,
    )
    .execute();
  // The public list by agency and year, and a supervisor's subtree by year.
  await db.schema
    .createIndex("annual_report_versions_agency_year_idx")
    .on("annual_report_versions")
    .columns(["agency_id", "year", "version"])
    .execute();
  await db.schema
    .createIndex("annual_report_versions_year_idx")
    .on("annual_report_versions")
    .columns(["year", "agency_id"])
    .execute();

  const message = sql.lit("annual_report_versions is append-only: publish a new version instead");
  if (postgres) {
    await sql`create function annual_report_versions_append_only() returns trigger language plpgsql as $$
      begin raise exception ${message}; end $$`.execute(db);
    await sql`create trigger annual_report_versions_append_only before update or delete
      on annual_report_versions for each row execute function annual_report_versions_append_only()`.execute(
      db,
    );
  } else {
    await sql`create trigger annual_report_versions_no_update before update on annual_report_versions
      begin select raise(abort, ${message}); end`.execute(db);
    await sql`create trigger annual_report_versions_no_delete before delete on annual_report_versions
      begin select raise(abort, ${message}); end`.execute(db);
  }
}
