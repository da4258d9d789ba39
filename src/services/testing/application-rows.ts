import { createHash } from "node:crypto";
import type { Insertable, Kysely } from "kysely";
import type { ApplicationEventsTable, ApplicationsTable, Database } from "../../db/schema.ts";
import type { ApplicantType, LedgerEvent, Outcome } from "../../domain/applications/index.ts";

/**
 * Application rows written straight into the tables, for tests and benchmarks that need many
 * applications with known dates and outcomes (the report counts, a province of a million). Rows
 * carry the derived columns (phase, closed_on, outcome, reply_due_on) as the application service
 * would cache them; ledgers, where a test needs them, are written with {@link insertEventRows}.
 * Real handling goes through `src/services/applications`.
 */

/** What a generated application is about; everything else gets a plausible default. */
export interface ApplicationSeed {
  id: string;
  agencyId: string;
  applicantType: ApplicantType;
  /** Legal receipt date; null for an online submission not yet confirmed. */
  receivedOn: string | null;
  closedOn: string | null;
  outcome: Outcome | null;
  /** The reply deadline in force (default: none). */
  replyDueOn?: string | null;
}

const PHASE_OF_CLOSED: Partial<Record<Outcome, ApplicationsTable["phase"]>> = {
  otherNoCorrection: "abandoned",
  otherFeeUnpaid: "abandoned",
};

/** A Luhn check digit over the digits of `s`. */
function luhn(s: string): number {
  let sum = 0;
  const digits = s.replace(/\D/g, "");
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) d *= 2;
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A well-formed application number `YYYY-NNNN-NNNN-C` from a year and a serial unique within it. */
export function applicationNumber(year: number, serial: number): string {
  const n = String(serial).padStart(8, "0");
  const body = `${year}-${n.slice(0, 4)}-${n.slice(4, 8)}`;
  return `${body}-${luhn(body)}`;
}

/** The full row of a seed; `serial` makes its number unique (with the receipt year). */
export function applicationRow(seed: ApplicationSeed, serial: number): Insertable<ApplicationsTable> {
  const day = seed.receivedOn ?? "2025-01-01";
  const at = `${day}T02:00:00.000Z`;
  const phase: ApplicationsTable["phase"] =
    seed.receivedOn === null
      ? "submitted"
      : seed.closedOn !== null
        ? (PHASE_OF_CLOSED[seed.outcome as Outcome] ?? "replied")
        : seed.outcome !== null
          ? "decided"
          : "processing";
  const due = seed.replyDueOn ?? null;
  return {
    id: seed.id,
    agency_id: seed.agencyId,
    number: applicationNumber(Number(day.slice(0, 4)), serial),
    query_code_hash: createHash("sha256").update(seed.id).digest("hex"),
    applicant_type: seed.applicantType,
    applicant_name: seed.applicantType === "naturalPerson" ? "张某" : "某某有限公司",
    id_type: seed.applicantType === "naturalPerson" ? "residentId" : null,
    id_number: null,
    phone: "13800000000",
    email: null,
    address: null,
    postal_code: null,
    org_credit_code: null,
    org_legal_representative: null,
    org_contact_person: null,
    channel: "online",
    arrived_on: day,
    received_on: seed.receivedOn,
    description: "申请公开本机关有关文件",
    purpose: null,
    requested_form: "electronic",
    delivery: "online",
    correction_text: null,
    phase,
    reply_due_on: due,
    due_provisional: 0,
    due_sort: seed.closedOn === null && due !== null ? due : "9999-12-31",
    closed_on: seed.closedOn,
    outcome: seed.outcome,
    created_at: at,
    updated_at: at,
    version: 1,
  };
}

/** Inserts rows in multi-row statements of `chunk` rows (within both engines' parameter limits). */
export async function insertApplicationRows(
  db: Kysely<Database>,
  rows: readonly Insertable<ApplicationsTable>[],
  chunk = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    await db
      .insertInto("applications")
      .values(rows.slice(i, i + chunk) as Insertable<ApplicationsTable>[])
      .execute();
  }
}

/** Writes ledger events of one application (seq 1, 2, …), as the application service stores them. */
export async function insertEventRows(
  db: Kysely<Database>,
  applicationId: string,
  events: readonly LedgerEvent[],
): Promise<void> {
  if (events.length === 0) return;
  const rows: Insertable<ApplicationEventsTable>[] = events.map((event, i) => ({
    application_id: applicationId,
    seq: i + 1,
    type: event.type,
    event: JSON.stringify(event),
    recorded_at: `${event.date}T02:00:00.000Z`,
    recorded_by: null,
    source: "staff",
  }));
  await db.insertInto("application_events").values(rows).execute();
}
