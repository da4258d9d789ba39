import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import { type FeeBasis, feeBasisSchema, quoteFee } from "../../domain/applications/index.ts";

/**
 * Figures of the year's applications that table 三 does not hold but the prose states: how many
 * replies were sent in time, and the information processing fees collected. Query building blocks:
 * no actor, the caller authorises.
 */

/**
 * Applications closed in `year` with a reply sent (a `replied` event: withdrawals and abandonments
 * have no reply to be late), and how many of them closed by their reply deadline in force (the
 * derived `reply_due_on`, extensions and paused days included).
 */
export async function replyTimeliness(
  db: Kysely<Database>,
  agencyId: string,
  year: number,
): Promise<{ replied: number; onTime: number }> {
  const row = await db
    .selectFrom("applications as a")
    .select([
      sql<number>`count(*)`.as("replied"),
      sql<number>`coalesce(sum(case when a.closed_on <= a.reply_due_on then 1 else 0 end), 0)`.as("on_time"),
    ])
    .where("a.agency_id", "=", agencyId)
    .where("a.closed_on", ">=", `${year}-01-01`)
    .where("a.closed_on", "<=", `${year}-12-31`)
    .where("a.reply_due_on", "is not", null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("application_events as e")
          .select("e.seq")
          .whereRef("e.application_id", "=", "a.id")
          .where("e.type", "=", "replied"),
      ),
    )
    .executeTakeFirst();
  return { replied: Number(row?.replied ?? 0), onTime: Number(row?.on_time ?? 0) };
}

/**
 * The information processing fees paid in `year` (国办函〔2020〕109号): for every application whose
 * `feePaid` event is dated in the year, the fee of its notice, computed from the notice's basis.
 * Only applications alive in the year can have paid in it, so the agency's received-date index
 * bounds the scan.
 */
export async function feesCollected(
  db: Kysely<Database>,
  agencyId: string,
  year: number,
): Promise<{ totalFen: number; applications: number }> {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const rows = await db
    .selectFrom("application_events as e")
    .innerJoin("applications as a", "a.id", "e.application_id")
    .select(["e.application_id", "e.type", "e.event"])
    .where("a.agency_id", "=", agencyId)
    .where("a.received_on", "<=", last)
    .where((eb) => eb.or([eb("a.closed_on", "is", null), eb("a.closed_on", ">=", first)]))
    .where("e.type", "in", ["feeNoticeSent", "feePaid"])
    .orderBy("e.application_id")
    .orderBy("e.seq")
    .execute();
  const notices = new Map<string, FeeBasis>();
  let totalFen = 0;
  let applications = 0;
  for (const row of rows) {
    const event = JSON.parse(row.event) as { date?: string; fee?: unknown };
    if (row.type === "feeNoticeSent") {
      const basis = feeBasisSchema.safeParse(event.fee);
      if (basis.success) notices.set(row.application_id, basis.data);
      continue;
    }
    const basis = notices.get(row.application_id);
    const paidOn = event.date ?? "";
    if (basis && paidOn >= first && paidOn <= last) {
      totalFen += quoteFee(basis).totalFen;
      applications += 1;
    }
  }
  return { totalFen, applications };
}
