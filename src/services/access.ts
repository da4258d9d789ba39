import type { Kysely } from "kysely";
import { isPathWithin } from "../db/agency-tree.ts";
import type { Database } from "../db/schema.ts";
import { AppError } from "../domain/app-error.ts";
import { type Actor, hasRole, ROLE_LABELS, type Role } from "./actor.ts";

/**
 * Who may see and change an agency's data. One agency's staff see and change their own agency's
 * data only. Supervisors also read the data of every agency below their own — down, never
 * sideways or up — and change nothing there. System administrators manage agencies and accounts
 * in their subtree. The system actor (CLI, jobs) passes every check.
 */

/** Roles that keep an agency's registers and handle its applications. */
export const STAFF_WRITERS: readonly Role[] = ["clerk", "reviewer", "office_head", "agency_admin"];

interface AgencyRef {
  id: string;
  path: string;
  name: string;
}

async function agencyRefs(db: Kysely<Database>, ids: string[]): Promise<Map<string, AgencyRef>> {
  const rows = await db
    .selectFrom("agencies")
    .select(["id", "path", "name"])
    .where("id", "in", ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** The agency, or NOT_FOUND. */
export async function requireAgency(db: Kysely<Database>, agencyId: string): Promise<AgencyRef> {
  const found = (await agencyRefs(db, [agencyId])).get(agencyId);
  if (!found) throw new AppError("NOT_FOUND", `机关“${agencyId}”不存在，请检查机关编号`, { agencyId });
  return found;
}

/** The target agency and, for a user, the path of the user's own agency. */
async function targetAndHome(db: Kysely<Database>, actor: Actor, agencyId: string) {
  const ids = actor.kind === "user" ? [agencyId, actor.agencyId] : [agencyId];
  const refs = await agencyRefs(db, ids);
  const target = refs.get(agencyId);
  if (!target) throw new AppError("NOT_FOUND", `机关“${agencyId}”不存在，请检查机关编号`, { agencyId });
  const home = actor.kind === "user" ? refs.get(actor.agencyId) : undefined;
  return { target, home };
}

/**
 * Allows reading `agencyId`'s data: the actor's own agency, or any agency in a supervisor's subtree.
 * Returns the agency (id, path, name).
 * @throws AppError NOT_FOUND (no such agency) or FORBIDDEN.
 */
export async function assertCanRead(
  db: Kysely<Database>,
  actor: Actor,
  agencyId: string,
): Promise<AgencyRef> {
  const { target, home } = await targetAndHome(db, actor, agencyId);
  if (actor.kind === "system" || target.id === home?.id) return target;
  if (home && hasRole(actor, "supervisor") && isPathWithin(target.path, home.path)) return target;
  throw new AppError(
    "FORBIDDEN",
    `无权查看“${target.name}”的数据：只能查看本机关的数据，上级监督人员可查看所辖下级机关的数据`,
    { agencyId },
  );
}

/**
 * Allows changing `agencyId`'s data: only staff of that very agency holding one of `roles`
 * (supervisors read their subtree but never change it).
 * @throws AppError NOT_FOUND or FORBIDDEN.
 */
export async function assertCanWrite(
  db: Kysely<Database>,
  actor: Actor,
  agencyId: string,
  roles: readonly Role[] = STAFF_WRITERS,
): Promise<AgencyRef> {
  const { target, home } = await targetAndHome(db, actor, agencyId);
  if (actor.kind === "system") return target;
  if (target.id !== home?.id) {
    throw new AppError(
      "FORBIDDEN",
      `无权修改“${target.name}”的数据：只能修改本机关的数据，上级机关只能查看、不能代为修改`,
      { agencyId },
    );
  }
  if (!hasRole(actor, ...roles)) throw missingRole(roles);
  return target;
}

/**
 * Allows managing accounts or settings of `agencyId`: system administrators anywhere in their
 * subtree; with `agencyAdmin`, an agency administrator for its own agency too.
 */
export async function assertCanAdminister(
  db: Kysely<Database>,
  actor: Actor,
  agencyId: string,
  options: { agencyAdmin: boolean },
): Promise<AgencyRef> {
  const { target, home } = await targetAndHome(db, actor, agencyId);
  if (actor.kind === "system") return target;
  if (home && hasRole(actor, "system_admin") && isPathWithin(target.path, home.path)) return target;
  if (options.agencyAdmin && target.id === home?.id && hasRole(actor, "agency_admin")) return target;
  throw new AppError(
    "FORBIDDEN",
    `无权管理“${target.name}”：需要本机关的机关管理员，或所属上级机关的系统管理员`,
    { agencyId },
  );
}

/** The FORBIDDEN error for an actor without any of `roles`. */
function missingRole(roles: readonly Role[]): AppError {
  return new AppError(
    "FORBIDDEN",
    `没有权限执行此操作：需要以下角色之一：${roles.map((r) => ROLE_LABELS[r]).join("、")}`,
    { roles },
  );
}

/**
 * Allows reading the data of `agencyId` and every agency below it at once — a supervisor over its
 * subtree (or the system). Returns the agency, whose path scopes the query (subtreeAgencyIds).
 */
export async function assertCanReadSubtree(
  db: Kysely<Database>,
  actor: Actor,
  agencyId: string,
): Promise<AgencyRef> {
  const { target, home } = await targetAndHome(db, actor, agencyId);
  if (actor.kind === "system") return target;
  if (home && hasRole(actor, "supervisor") && isPathWithin(target.path, home.path)) return target;
  throw new AppError(
    "FORBIDDEN",
    `无权查看“${target.name}”及其下级机关的数据：只有上级监督人员可以汇总查看所辖机关的数据`,
    { agencyId },
  );
}
