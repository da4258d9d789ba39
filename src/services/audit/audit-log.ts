import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../domain/app-error.ts";
import { assertCanRead } from "../access.ts";
import { type Actor, actorUserId } from "../actor.ts";
import type { ServiceContext } from "../context.ts";

/** One change, as the service that made it describes it. */
export interface AuditEntry {
  /** ISO instant from the service's clock. */
  at: string;
  actor: Actor;
  /** The agency whose data changed (null for platform-wide data such as calendar years). */
  agencyId: string | null;
  /** What happened: create, update, delete, load, login, … */
  action: string;
  /** The kind of thing changed, singular snake_case: agency, user, normative_document, … */
  entity: string;
  entityId: string;
  /** The entity before the change (omit on create); never include secrets such as password hashes. */
  before?: unknown;
  /** The entity after the change (omit on delete). */
  after?: unknown;
}

/**
 * Appends an entry to the audit log. Call it with the transaction that makes the change, so both
 * commit or neither does; calling it outside a transaction is a programming error.
 */
export async function recordAudit(tx: Kysely<Database>, entry: AuditEntry): Promise<void> {
  if (!tx.isTransaction) {
    throw new AppError("INTERNAL", "审计记录必须与所记录的修改在同一事务中写入", { entity: entry.entity });
  }
  await tx
    .insertInto("audit_log")
    .values({
      at: entry.at,
      user_id: actorUserId(entry.actor),
      agency_id: entry.agencyId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

export interface AuditRecord {
  id: number;
  at: string;
  userId: string | null;
  agencyId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditQuery {
  agencyId: string;
  entity?: string;
  entityId?: string;
  /** Newest first; default 100, at most 1000. */
  limit?: number;
}

/** An agency's audit entries, newest first, for whoever may read that agency's data. */
export async function listAudit(
  ctx: ServiceContext,
  actor: Actor,
  query: AuditQuery,
): Promise<AuditRecord[]> {
  await assertCanRead(ctx.db, actor, query.agencyId);
  let q = ctx.db.selectFrom("audit_log").selectAll().where("agency_id", "=", query.agencyId);
  if (query.entity !== undefined) q = q.where("entity", "=", query.entity);
  if (query.entityId !== undefined) q = q.where("entity_id", "=", query.entityId);
  const rows = await q
    .orderBy("id", "desc")
    .limit(Math.min(Math.max(query.limit ?? 100, 1), 1000))
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    userId: r.user_id,
    agencyId: r.agency_id,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
  }));
}
