import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { withTransaction } from "../../db/transaction.ts";
import { deriveClock } from "../../domain/applications/index.ts";
import type { ServiceContext } from "../context.ts";
import { applicationCalendar } from "./calendar-in-force.ts";
import { derivedColumns } from "./derived-columns.ts";
import { readLedgerEvents } from "./ledger-store.ts";

const BATCH = 200;
const PASSES = 3;

export interface DeadlinesRefreshed {
  /** Applications whose ledger was derived again. */
  checked: number;
  /** Those whose derived columns changed. */
  updated: number;
}

/**
 * Derives the clock again, with the calendar now in force, for every application whose reply
 * deadline is provisional — and, given the `year` just loaded or corrected, for every application
 * whose reply clock may run through that year — and rewrites their derived columns. Call it after
 * a calendar year is stored (loadCalendarYear does). The version is left alone: nothing the staff
 * saw has changed but the cache. A step committed meanwhile wins; its row is derived again in a
 * later pass.
 */
export async function refreshDeadlines(
  ctx: ServiceContext,
  options: { year?: number } = {},
): Promise<DeadlinesRefreshed> {
  const calendar = await applicationCalendar(ctx.db, { fresh: true });
  const result: DeadlinesRefreshed = { checked: 0, updated: 0 };
  let pending = await candidates(ctx.db, options.year);
  for (let pass = 0; pass < PASSES && pending.length > 0; pass++) {
    const missed: string[] = [];
    for (let i = 0; i < pending.length; i += BATCH) {
      const ids = pending.slice(i, i + BATCH);
      await withTransaction(ctx.db, async (tx) => {
        const rows = await tx.selectFrom("applications").selectAll().where("id", "in", ids).execute();
        for (const row of rows) {
          const ledger = await readLedgerEvents(tx, row.id);
          if (ledger.length === 0) continue;
          result.checked++;
          const next = derivedColumns(deriveClock(ledger, calendar));
          if (next.reply_due_on === row.reply_due_on && next.due_provisional === row.due_provisional)
            continue;
          const done = await tx
            .updateTable("applications")
            .set(next)
            .where("id", "=", row.id)
            .where("version", "=", row.version)
            .executeTakeFirst();
          if (Number(done.numUpdatedRows) === 1) result.updated++;
          else missed.push(row.id);
        }
      });
    }
    pending = missed;
  }
  return result;
}

async function candidates(db: Kysely<Database>, year: number | undefined): Promise<string[]> {
  let q = db.selectFrom("applications").select("id");
  q =
    year === undefined
      ? q.where("due_provisional", "=", 1)
      : q.where((eb) =>
          eb.or([
            eb("due_provisional", "=", 1),
            eb.and([
              eb("received_on", "<=", `${year}-12-31`),
              eb.or([eb("reply_due_on", "is", null), eb("reply_due_on", ">=", `${year}-01-01`)]),
              eb.or([eb("closed_on", "is", null), eb("closed_on", ">=", `${year}-01-01`)]),
            ]),
          ]),
        );
  const rows = await q.orderBy("id").execute();
  return rows.map((r) => r.id);
}
