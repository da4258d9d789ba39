import type { RegisterCountKind } from "../../db/schema.ts";
import { withTransaction } from "../../db/transaction.ts";
import { assertCanRead, assertCanWrite } from "../access.ts";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { nowIso, type ServiceContext } from "../context.ts";
import { parseInput } from "../validation.ts";
import { type RegisterCountInput, registerCountSchema } from "./register-input.ts";

/**
 * Yearly numbers of permit, penalty and enforcement decisions (table 二 (五) and (六)). Agencies
 * keep these in their own case systems; the register holds the year's figure, one per kind.
 */

export interface RegisterCount {
  agencyId: string;
  year: number;
  kind: RegisterCountKind;
  count: number;
  updatedAt: string;
}

/** Sets (creates or replaces) one yearly figure. */
export async function setRegisterCount(
  ctx: ServiceContext,
  actor: Actor,
  input: RegisterCountInput,
): Promise<RegisterCount> {
  const d = parseInput(registerCountSchema, input, "处理决定数量");
  return withTransaction(ctx.db, async (tx) => {
    await assertCanWrite(tx, actor, d.agencyId);
    const previous = await tx
      .selectFrom("register_counts")
      .select("count")
      .where("agency_id", "=", d.agencyId)
      .where("year", "=", d.year)
      .where("kind", "=", d.kind)
      .executeTakeFirst();
    const at = nowIso(ctx);
    await tx
      .insertInto("register_counts")
      .values({ agency_id: d.agencyId, year: d.year, kind: d.kind, count: d.count, updated_at: at })
      .onConflict((oc) =>
        oc.columns(["agency_id", "year", "kind"]).doUpdateSet({ count: d.count, updated_at: at }),
      )
      .execute();
    const after: RegisterCount = {
      agencyId: d.agencyId,
      year: d.year,
      kind: d.kind,
      count: d.count,
      updatedAt: at,
    };
    await recordAudit(tx, {
      at,
      actor,
      agencyId: d.agencyId,
      action: previous ? "update" : "create",
      entity: "register_count",
      entityId: `${d.year}/${d.kind}`,
      ...(previous ? { before: { count: previous.count } } : {}),
      after,
    });
    return after;
  });
}

/** An agency's yearly figures, by year then kind; `year` narrows to one year. */
export async function listRegisterCounts(
  ctx: ServiceContext,
  actor: Actor,
  query: { agencyId: string; year?: number },
): Promise<RegisterCount[]> {
  await assertCanRead(ctx.db, actor, query.agencyId);
  let q = ctx.db.selectFrom("register_counts").selectAll().where("agency_id", "=", query.agencyId);
  if (query.year !== undefined) q = q.where("year", "=", query.year);
  const rows = await q.orderBy("year").orderBy("kind").execute();
  return rows.map((r) => ({
    agencyId: r.agency_id,
    year: r.year,
    kind: r.kind,
    count: r.count,
    updatedAt: r.updated_at,
  }));
}
