import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { NumberSeries } from "../../domain/letters/index.ts";

/**
 * Takes the next document number of an agency's series for a year, inside the caller's transaction.
 * One statement increments the counter row (creating it at 1): on PostgreSQL the row stays locked
 * until the transaction ends, so a second issuer waits and then gets the next number; on SQLite the
 * write transaction itself is exclusive. A transaction that fails rolls the increment back — no
 * number is burned, and numbers stay gapless.
 */
export async function takeDocumentNumber(
  tx: Kysely<Database>,
  agencyId: string,
  series: NumberSeries,
  year: number,
): Promise<number> {
  const row = await tx
    .insertInto("letter_counters")
    .values({ agency_id: agencyId, series, year, last_number: 1 })
    .onConflict((oc) =>
      oc
        .columns(["agency_id", "series", "year"])
        .doUpdateSet((eb) => ({ last_number: eb("letter_counters.last_number", "+", 1) })),
    )
    .returning("last_number")
    .executeTakeFirstOrThrow();
  return Number(row.last_number);
}
