import { type Kysely, sql } from "kysely";

/**
 * A covering index of closed applications by agency and closing date, for the supervisor's view:
 * what a subtree closed in a year, by outcome, on time or late, and which deadlines it missed, is
 * then a range scan of this index per agency instead of a read of every application row (the rows
 * are wide: description and contact data). With the partial index of open applications (0005) and
 * the received-date index, every figure of the view reads indexes only. `id` is last so that the
 * few archived rows can look up their ledger. Frozen: never edit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("applications_closed_idx")
    .on("applications")
    .columns(["agency_id", "closed_on", "reply_due_on", "phase", "outcome", "id"])
    .where(sql.ref("closed_on"), "is not", null)
    .execute();
}
