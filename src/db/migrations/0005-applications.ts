import { type Kysely, sql } from "kysely";
import { dialectOf } from "../dialect.ts";
import { binaryText, inList, isFlag } from "./helpers.ts";

/**
 * Applications for disclosure, their event ledger, and attachments (bytes in a table of their own,
 * so that lists never drag them along). Value lists are written out here rather than imported from
 * the domain: a landed migration is frozen, a later change to a list is a new migration.
 * Frozen: never edit.
 */

const APPLICANT_TYPES = [
  "naturalPerson",
  "commercial",
  "research",
  "publicInterest",
  "legalService",
  "otherOrganisation",
];
const CHANNELS = ["inPerson", "registeredMail", "ordinaryLetter", "online", "fax"];
const PHASES = [
  "submitted",
  "processing",
  "awaitingCorrection",
  "decided",
  "replied",
  "withdrawn",
  "abandoned",
  "archived",
];
const OUTCOMES = [
  "disclosed",
  "partiallyDisclosed",
  "refusedStateSecret",
  "refusedProhibitedByLaw",
  "refusedThreeSecurities",
  "refusedThirdParty",
  "refusedInternalAffairs",
  "refusedProcessInfo",
  "refusedEnforcementFiles",
  "refusedInquiry",
  "unableNotHeld",
  "unableNeedsCreation",
  "unableStillUnclear",
  "notProcessedPetition",
  "notProcessedRepeat",
  "notProcessedPublication",
  "notProcessedMassRepeat",
  "notProcessedConfirm",
  "otherNoCorrection",
  "otherFeeUnpaid",
  "otherOther",
];
const ID_TYPES = ["residentId", "passport", "hkMacaoPermit", "taiwanPermit", "foreignerPermit", "other"];

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = dialectOf(db) === "postgres";
  // Ids compare bytewise on both engines, so that the tie-breaker of every sorted list is the same.
  const key = binaryText(db);

  await db.schema
    .createTable("applications")
    .addColumn("id", key, (c) => c.primaryKey())
    .addColumn("agency_id", "text", (c) => c.notNull().references("agencies.id"))
    .addColumn("number", "text", (c) => c.notNull())
    .addColumn("query_code_hash", "text", (c) => c.notNull())
    .addColumn("applicant_type", "text", (c) => c.notNull())
    .addColumn("applicant_name", "text", (c) => c.notNull())
    .addColumn("id_type", "text")
    .addColumn("id_number", "text")
    .addColumn("phone", "text")
    .addColumn("email", "text")
    .addColumn("address", "text")
    .addColumn("postal_code", "text")
    .addColumn("org_credit_code", "text")
    .addColumn("org_legal_representative", "text")
    .addColumn("org_contact_person", "text")
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("arrived_on", "text", (c) => c.notNull())
    .addColumn("received_on", "text")
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("purpose", "text")
    .addColumn("requested_form", "text", (c) => c.notNull())
    .addColumn("delivery", "text", (c) => c.notNull())
    .addColumn("correction_text", "text")
    // Derived from the ledger on every change (a cache for lists, never the truth).
    .addColumn("phase", "text", (c) => c.notNull())
    .addColumn("reply_due_on", "text")
    .addColumn("due_provisional", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("due_sort", "text", (c) => c.notNull())
    .addColumn("closed_on", "text")
    .addColumn("outcome", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addUniqueConstraint("applications_number_unique", ["number"])
    .addCheckConstraint("applications_applicant_type_check", inList("applicant_type", APPLICANT_TYPES))
    .addCheckConstraint("applications_id_type_check", sql`id_type is null or ${inList("id_type", ID_TYPES)}`)
    .addCheckConstraint("applications_channel_check", inList("channel", CHANNELS))
    .addCheckConstraint(
      "applications_form_check",
      inList("requested_form", ["paper", "electronic", "disc", "viewing"]),
    )
    .addCheckConstraint(
      "applications_delivery_check",
      inList("delivery", ["post", "collect", "email", "online"]),
    )
    .addCheckConstraint("applications_phase_check", inList("phase", PHASES))
    .addCheckConstraint("applications_outcome_check", sql`outcome is null or ${inList("outcome", OUTCOMES)}`)
    .addCheckConstraint("applications_provisional_check", isFlag("due_provisional"))
    .addCheckConstraint(
      "applications_dates_check",
      sql`(received_on is null or received_on >= arrived_on) and (closed_on is null or closed_on >= received_on)`,
    )
    .addCheckConstraint("applications_version_check", sql`version >= 1`)
    .execute();

  // The open list of one agency by due date: the staff's first page is a walk of this index.
  await db.schema
    .createIndex("applications_open_due_idx")
    .on("applications")
    .columns(["agency_id", "due_sort", "id"])
    .where(sql.ref("closed_on"), "is", null)
    .execute();
  // Every application of one agency by due date (closed or filtered by phase).
  await db.schema
    .createIndex("applications_agency_due_idx")
    .on("applications")
    .columns(["agency_id", "due_sort", "id"])
    .execute();
  // A supervisor's subtree: open applications in due order, the agency read from the index itself.
  await db.schema
    .createIndex("applications_open_due_all_idx")
    .on("applications")
    .columns(["due_sort", "id", "agency_id"])
    .where(sql.ref("closed_on"), "is", null)
    .execute();
  // Received ranges, the annual report and the year-end carry-over.
  await db.schema
    .createIndex("applications_agency_received_idx")
    .on("applications")
    .columns(["agency_id", "received_on"])
    .execute();
  // What to recompute when a calendar year is loaded.
  await db.schema
    .createIndex("applications_provisional_idx")
    .on("applications")
    .column("id")
    .where(sql.ref("due_provisional"), "=", 1)
    .execute();

  await db.schema
    .createTable("application_events")
    .addColumn("application_id", key, (c) => c.notNull().references("applications.id"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("recorded_by", "text", (c) => c.references("users.id"))
    .addColumn("source", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("application_events_pk", ["application_id", "seq"])
    .addCheckConstraint("application_events_seq_check", sql`seq >= 1`)
    .addCheckConstraint("application_events_source_check", inList("source", ["staff", "applicant", "system"]))
    .execute();
  await appendOnly(db, "application_events", postgres);

  await db.schema
    .createTable("attachments")
    .addColumn("id", key, (c) => c.primaryKey())
    .addColumn("application_id", key, (c) => c.notNull().references("applications.id"))
    .addColumn("agency_id", "text", (c) => c.notNull().references("agencies.id"))
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("filename", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("media_type", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("uploaded_at", "text", (c) => c.notNull())
    .addColumn("uploaded_by", "text", (c) => c.references("users.id"))
    .addCheckConstraint("attachments_source_check", inList("source", ["applicant", "staff"]))
    .addCheckConstraint(
      "attachments_kind_check",
      inList("kind", ["pdf", "jpg", "png", "ofd", "doc", "docx", "txt"]),
    )
    .addCheckConstraint("attachments_size_check", sql`size > 0 and size <= 10485760`)
    .execute();
  await db.schema
    .createIndex("attachments_application_idx")
    .on("attachments")
    .columns(["application_id", "uploaded_at"])
    .execute();

  await db.schema
    .createTable("attachment_blobs")
    .addColumn("attachment_id", key, (c) => c.primaryKey().references("attachments.id"))
    .addColumn("bytes", postgres ? "bytea" : "blob", (c) => c.notNull())
    .execute();
}

/** Triggers refusing UPDATE and DELETE, as on the audit log. */
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
