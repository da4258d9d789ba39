import { z } from "zod";
import { withTransaction } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import { assertCanAdminister } from "../access.ts";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { nowIso, type ServiceContext } from "../context.ts";
import { decoyHash, hashPassword, passwordSchema, verifyPasswordHash } from "../users/passwords.ts";
import { ELEVATED_ROLES, parseRoles, toUser, type User, usernameSchema } from "../users/user-input.ts";
import { parseInput } from "../validation.ts";

/**
 * The account whose username and password these are, or null — for an unknown username, a wrong
 * password or a disabled account alike (a login form must not tell which). Unknown usernames are
 * checked against a decoy hash so that they take as long as real ones.
 */
export async function authenticate(
  ctx: ServiceContext,
  username: string,
  password: string,
): Promise<User | null> {
  const parsed = usernameSchema.safeParse(username);
  const row = parsed.success
    ? await ctx.db.selectFrom("users").selectAll().where("username", "=", parsed.data).executeTakeFirst()
    : undefined;
  const ok = await verifyPasswordHash(row?.password_hash ?? (await decoyHash()), password);
  if (!row || !ok || row.disabled === 1) return null;
  return toUser(row);
}

const changeSchema = z.object({
  userId: z.string({ error: "请指定账号" }),
  currentPassword: z.string({ error: "当前密码应为文字" }).optional(),
  newPassword: passwordSchema,
});

export type PasswordChange = z.input<typeof changeSchema>;

/**
 * Sets a new password. Users changing their own give the current one; administrators (the
 * agency's own, or a system administrator above it) reset others' without it. Every session of
 * the account ends: the caller signs the user in again if it wants to.
 * @throws AppError VALIDATION (weak password, wrong current password), NOT_FOUND, FORBIDDEN.
 */
export async function changePassword(
  ctx: ServiceContext,
  actor: Actor,
  change: PasswordChange,
): Promise<void> {
  const data = parseInput(changeSchema, change, "修改密码");
  const newHash = await hashPassword(data.newPassword);
  const row = await ctx.db.selectFrom("users").selectAll().where("id", "=", data.userId).executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND", `账号“${data.userId}”不存在`, { userId: data.userId });
  const self = actor.kind === "user" && actor.userId === row.id;
  if (self) {
    const ok = await verifyPasswordHash(row.password_hash, data.currentPassword ?? "");
    if (!ok) {
      const message = "当前密码不正确，请重新输入";
      throw new AppError("VALIDATION", message, { issues: [{ path: ["currentPassword"], message }] });
    }
  }
  await withTransaction(ctx.db, async (tx) => {
    if (!self) {
      // An agency administrator must not take over an account that sees more than it does.
      const elevated = parseRoles(row.roles).some((r) => ELEVATED_ROLES.includes(r));
      await assertCanAdminister(tx, actor, row.agency_id, { agencyAdmin: !elevated });
    }
    const at = nowIso(ctx);
    await tx
      .updateTable("users")
      .set({ password_hash: newHash, password_changed_at: at })
      .where("id", "=", row.id)
      .execute();
    await tx.deleteFrom("sessions").where("user_id", "=", row.id).execute();
    await recordAudit(tx, {
      at,
      actor,
      agencyId: row.agency_id,
      action: self ? "change_password" : "reset_password",
      entity: "user",
      entityId: row.id,
    });
  });
}
