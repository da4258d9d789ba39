import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { withTransaction } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import { assertCanAdminister, assertCanRead } from "../access.ts";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { newId, nowIso, type ServiceContext } from "../context.ts";
import { parseInput } from "../validation.ts";
import { hashPassword } from "./passwords.ts";
import {
  ELEVATED_ROLES,
  type NewUserInput,
  newUserSchema,
  toUser,
  type User,
  type UserPatch,
  userPatchSchema,
} from "./user-input.ts";

/**
 * Staff accounts. An agency administrator manages its own agency's accounts; a system
 * administrator manages accounts anywhere in its subtree and alone grants the supervisor and
 * system administrator roles.
 */

async function assertMayGrant(
  db: Kysely<Database>,
  actor: Actor,
  agencyId: string,
  roles: readonly string[],
) {
  const elevated = roles.some((r) => (ELEVATED_ROLES as readonly string[]).includes(r));
  await assertCanAdminister(db, actor, agencyId, { agencyAdmin: !elevated });
}

/**
 * Adds a staff account with an argon2id hash of its password.
 * @throws AppError VALIDATION, NOT_FOUND (agency), FORBIDDEN, CONFLICT (username taken).
 */
export async function addUser(ctx: ServiceContext, actor: Actor, input: NewUserInput): Promise<User> {
  const data = parseInput(newUserSchema, input, "账号信息");
  const passwordHash = await hashPassword(data.password);
  return withTransaction(ctx.db, async (tx) => {
    await assertMayGrant(tx, actor, data.agencyId, data.roles);
    const taken = await tx
      .selectFrom("users")
      .select("id")
      .where("username", "=", data.username)
      .executeTakeFirst();
    if (taken) throw usernameTaken(data.username);
    const at = nowIso(ctx);
    const row = await tx
      .insertInto("users")
      .values({
        id: newId(),
        agency_id: data.agencyId,
        username: data.username,
        display_name: data.displayName,
        roles: JSON.stringify(data.roles),
        password_hash: passwordHash,
        disabled: 0,
        created_at: at,
        password_changed_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const user = toUser(row);
    await recordAudit(tx, {
      at,
      actor,
      agencyId: user.agencyId,
      action: "create",
      entity: "user",
      entityId: user.id,
      after: user,
    });
    return user;
  });
}

function usernameTaken(username: string): AppError {
  return new AppError("CONFLICT", `用户名“${username}”已被使用，请换一个`, {
    issues: [{ path: ["username"], message: `用户名“${username}”已被使用，请换一个` }],
  });
}

/** @throws AppError NOT_FOUND */
export async function findUser(db: Kysely<Database>, userId: string): Promise<User> {
  const row = await db.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND", `账号“${userId}”不存在`, { userId });
  return toUser(row);
}

/**
 * The accounts of one agency, by username: for whoever manages them (its agency administrator, a
 * system administrator above it) or may read that agency's data (its staff, supervisors above it).
 */
export async function listUsers(ctx: ServiceContext, actor: Actor, agencyId: string): Promise<User[]> {
  await assertCanAdminister(ctx.db, actor, agencyId, { agencyAdmin: true }).catch(() =>
    assertCanRead(ctx.db, actor, agencyId),
  );
  const rows = await ctx.db
    .selectFrom("users")
    .selectAll()
    .where("agency_id", "=", agencyId)
    .orderBy("username")
    .execute();
  return rows.map(toUser);
}

/**
 * Changes an account's name, roles or disabled flag. Disabling ends its sessions at once. Nobody
 * disables their own account or takes away their own roles (no locking oneself out).
 */
export async function updateUser(
  ctx: ServiceContext,
  actor: Actor,
  userId: string,
  patch: UserPatch,
): Promise<User> {
  const data = parseInput(userPatchSchema, patch, "账号信息");
  return withTransaction(ctx.db, async (tx) => {
    const before = await findUser(tx, userId);
    await assertMayGrant(tx, actor, before.agencyId, [...before.roles, ...(data.roles ?? [])]);
    if (actor.kind === "user" && actor.userId === userId && (data.disabled || data.roles)) {
      throw new AppError("FORBIDDEN", "不能停用自己的账号或修改自己的角色，请由其他管理员操作");
    }
    const row = await tx
      .updateTable("users")
      .set({
        display_name: data.displayName,
        roles: data.roles && JSON.stringify(data.roles),
        disabled: data.disabled === undefined ? undefined : data.disabled ? 1 : 0,
      })
      .where("id", "=", userId)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (data.disabled) await tx.deleteFrom("sessions").where("user_id", "=", userId).execute();
    const after = toUser(row);
    await recordAudit(tx, {
      at: nowIso(ctx),
      actor,
      agencyId: after.agencyId,
      action: "update",
      entity: "user",
      entityId: userId,
      before,
      after,
    });
    return after;
  });
}
