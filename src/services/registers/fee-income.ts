import { withTransaction } from "../../db/transaction.ts";
import { assertCanRead, assertCanWrite } from "../access.ts";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { nowIso, type ServiceContext } from "../context.ts";
import { parseInput } from "../validation.ts";
import { type FeeIncomeInput, feeIncomeSchema } from "./register-input.ts";

/**
 * Administrative fee income of a year (行政事业性收费, table 二 (八)), kept in fen so that sums are
 * exact; the report shows 万元 (1 万元 = 1,000,000 fen).
 */

export interface FeeIncome {
  agencyId: string;
  year: number;
  amountFen: number;
  updatedAt: string;
}

/** Sets (creates or replaces) a year's fee income. */
export async function setFeeIncome(
  ctx: ServiceContext,
  actor: Actor,
  input: FeeIncomeInput,
): Promise<FeeIncome> {
  const d = parseInput(feeIncomeSchema, input, "行政事业性收费金额");
  return withTransaction(ctx.db, async (tx) => {
    await assertCanWrite(tx, actor, d.agencyId);
    const previous = await tx
      .selectFrom("fee_income")
      .select("amount_fen")
      .where("agency_id", "=", d.agencyId)
      .where("year", "=", d.year)
      .executeTakeFirst();
    const at = nowIso(ctx);
    await tx
      .insertInto("fee_income")
      .values({ agency_id: d.agencyId, year: d.year, amount_fen: d.amountFen, updated_at: at })
      .onConflict((oc) =>
        oc.columns(["agency_id", "year"]).doUpdateSet({ amount_fen: d.amountFen, updated_at: at }),
      )
      .execute();
    const after: FeeIncome = { agencyId: d.agencyId, year: d.year, amountFen: d.amountFen, updatedAt: at };
    await recordAudit(tx, {
      at,
      actor,
      agencyId: d.agencyId,
      action: previous ? "update" : "create",
      entity: "fee_income",
      entityId: String(d.year),
      ...(previous ? { before: { amountFen: previous.amount_fen } } : {}),
      after,
    });
    return after;
  });
}

/** A year's fee income, or null when none was entered. */
export async function getFeeIncome(
  ctx: ServiceContext,
  actor: Actor,
  query: { agencyId: string; year: number },
): Promise<FeeIncome | null> {
  await assertCanRead(ctx.db, actor, query.agencyId);
  const r = await ctx.db
    .selectFrom("fee_income")
    .selectAll()
    .where("agency_id", "=", query.agencyId)
    .where("year", "=", query.year)
    .executeTakeFirst();
  return r ? { agencyId: r.agency_id, year: r.year, amountFen: r.amount_fen, updatedAt: r.updated_at } : null;
}
