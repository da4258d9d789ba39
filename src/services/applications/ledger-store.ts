import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { type LedgerEvent, parseLedger } from "../../domain/applications/index.ts";

/** The stored ledger of an application: one row per event, in order, never changed. */

export interface StoredEvent {
  seq: number;
  event: LedgerEvent;
  recordedAt: string;
  /** The staff member who recorded it (null when the applicant or the system did). */
  recordedBy: string | null;
  recordedByName: string | null;
  source: "staff" | "applicant" | "system";
}

/** The events of one application, in order. */
export async function readLedger(db: Kysely<Database>, applicationId: string): Promise<StoredEvent[]> {
  const rows = await db
    .selectFrom("application_events as e")
    .leftJoin("users as u", "u.id", "e.recorded_by")
    .select(["e.seq", "e.event", "e.recorded_at", "e.recorded_by", "e.source", "u.display_name"])
    .where("e.application_id", "=", applicationId)
    .orderBy("e.seq")
    .execute();
  const events = parseLedger(rows.map((r) => JSON.parse(r.event)));
  return rows.map((r, i) => ({
    seq: r.seq,
    event: events[i] as LedgerEvent,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
    recordedByName: r.display_name,
    source: r.source,
  }));
}

/** Just the events of one application, in order (what deriving a clock needs). */
export async function readLedgerEvents(db: Kysely<Database>, applicationId: string): Promise<LedgerEvent[]> {
  const rows = await db
    .selectFrom("application_events")
    .select("event")
    .where("application_id", "=", applicationId)
    .orderBy("seq")
    .execute();
  return parseLedger(rows.map((r) => JSON.parse(r.event)));
}

/** Appends the event as number `seq` (the primary key refuses a second event with the same number). */
export async function insertLedgerEvent(
  tx: Kysely<Database>,
  row: {
    applicationId: string;
    seq: number;
    event: LedgerEvent;
    recordedAt: string;
    recordedBy: string | null;
    source: StoredEvent["source"];
  },
): Promise<void> {
  await tx
    .insertInto("application_events")
    .values({
      application_id: row.applicationId,
      seq: row.seq,
      type: row.event.type,
      event: JSON.stringify(row.event),
      recorded_at: row.recordedAt,
      recorded_by: row.recordedBy,
      source: row.source,
    })
    .execute();
}
