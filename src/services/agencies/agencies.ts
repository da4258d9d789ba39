import { childPath, inSubtree, isPathWithin } from "../../db/agency-tree.ts";
import { withTransaction } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import { assertCanAdminister, requireAgency } from "../access.ts";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { newId, nowIso, type ServiceContext } from "../context.ts";
import { parseInput } from "../validation.ts";
import {
  type Agency,
  type AgencyDetailsPatch,
  agencyDetailsSchema,
  detailsColumns,
  type NewAgencyInput,
  newAgencySchema,
  toAgency,
} from "./agency-input.ts";

/**
 * The agency tree. Names, levels and contact details of agencies are public (the portal lists them
 * and every reply letter prints them), so reading needs no actor; changing needs an administrator.
 */

/**
 * Creates an agency under `parentId` (a root when null: the system actor only). System
 * administrators may create agencies anywhere in their own subtree.
 * @throws AppError VALIDATION, NOT_FOUND (parent), FORBIDDEN, CONFLICT (id taken).
 */
export async function createAgency(
  ctx: ServiceContext,
  actor: Actor,
  input: NewAgencyInput,
): Promise<Agency> {
  const data = parseInput(newAgencySchema, input, "机关信息");
  return withTransaction(ctx.db, async (tx) => {
    let parentPath: string | null = null;
    if (data.parentId === null) {
      if (actor.kind !== "system") {
        throw new AppError("FORBIDDEN", "只能通过命令行创建最上级机关；请在已有机关下创建下级机关");
      }
    } else {
      parentPath = (await assertCanAdminister(tx, actor, data.parentId, { agencyAdmin: false })).path;
    }
    const id = data.id ?? newId();
    const taken = await tx.selectFrom("agencies").select("id").where("id", "=", id).executeTakeFirst();
    if (taken) throw new AppError("CONFLICT", `机关编号“${id}”已被使用，请换一个编号`, { id });
    const at = nowIso(ctx);
    const row = await tx
      .insertInto("agencies")
      .values({
        id,
        parent_id: data.parentId,
        path: childPath(parentPath, id),
        created_at: at,
        ...detailsColumns(data),
        name: data.name,
        level: data.level,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const agency = toAgency(row);
    await recordAudit(tx, {
      at,
      actor,
      agencyId: id,
      action: "create",
      entity: "agency",
      entityId: id,
      after: agency,
    });
    return agency;
  });
}

/**
 * Changes an agency's name, level or contact details (not its place in the tree). Allowed to the
 * agency's own administrator and to system administrators above it.
 */
export async function updateAgency(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  patch: AgencyDetailsPatch,
): Promise<Agency> {
  const data = parseInput(agencyDetailsSchema.partial(), patch, "机关信息");
  return withTransaction(ctx.db, async (tx) => {
    await assertCanAdminister(tx, actor, agencyId, { agencyAdmin: true });
    const before = await getAgency({ ...ctx, db: tx }, agencyId);
    const row = await tx
      .updateTable("agencies")
      .set(detailsColumns(data))
      .where("id", "=", agencyId)
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = toAgency(row);
    await recordAudit(tx, {
      at: nowIso(ctx),
      actor,
      agencyId,
      action: "update",
      entity: "agency",
      entityId: agencyId,
      before,
      after,
    });
    return after;
  });
}

/** @throws AppError NOT_FOUND */
export async function getAgency(ctx: ServiceContext, agencyId: string): Promise<Agency> {
  const row = await ctx.db.selectFrom("agencies").selectAll().where("id", "=", agencyId).executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND", `机关“${agencyId}”不存在，请检查机关编号`, { agencyId });
  return toAgency(row);
}

/** The agency `rootId` and every agency below it, in tree order (each parent before its children). */
export async function listAgencySubtree(ctx: ServiceContext, rootId: string): Promise<Agency[]> {
  const root = await requireAgency(ctx.db, rootId);
  const rows = await ctx.db
    .selectFrom("agencies")
    .selectAll()
    .where(inSubtree(root.path))
    .orderBy("path")
    .execute();
  return rows.map(toAgency);
}

/** Every root of the forest (usually one: the province, or the county of a county deployment). */
export async function listRootAgencies(ctx: ServiceContext): Promise<Agency[]> {
  const rows = await ctx.db
    .selectFrom("agencies")
    .selectAll()
    .where("parent_id", "is", null)
    .orderBy("path")
    .execute();
  return rows.map(toAgency);
}

/** True when `agencyId` is `ancestorId` itself or any agency below it (false if either does not exist). */
export async function isInSubtree(
  ctx: ServiceContext,
  ancestorId: string,
  agencyId: string,
): Promise<boolean> {
  const rows = await ctx.db
    .selectFrom("agencies")
    .select(["id", "path"])
    .where("id", "in", [ancestorId, agencyId])
    .execute();
  const ancestor = rows.find((r) => r.id === ancestorId);
  const agency = rows.find((r) => r.id === agencyId);
  return ancestor !== undefined && agency !== undefined && isPathWithin(agency.path, ancestor.path);
}
