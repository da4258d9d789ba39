import { z } from "zod";
import type { UserRow } from "../../db/schema.ts";
import { ROLE_LABELS, ROLES, type Role } from "../actor.ts";
import { requiredText } from "../validation.ts";
import { passwordSchema } from "./passwords.ts";

/** A staff account as services return it (never with its password hash). */
export interface User {
  id: string;
  agencyId: string;
  username: string;
  displayName: string;
  roles: Role[];
  disabled: boolean;
  createdAt: string;
  passwordChangedAt: string;
}

export function toUser(r: UserRow): User {
  return {
    id: r.id,
    agencyId: r.agency_id,
    username: r.username,
    displayName: r.display_name,
    roles: parseRoles(r.roles),
    disabled: r.disabled === 1,
    createdAt: r.created_at,
    passwordChangedAt: r.password_changed_at,
  };
}

/** Roles as stored (a JSON array); unknown names — from a newer version — are dropped, never trusted. */
export function parseRoles(json: string): Role[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value)
    ? value.filter((r): r is Role => (ROLES as readonly unknown[]).includes(r))
    : [];
}

const roleChoices = ROLES.map((r) => `${ROLE_LABELS[r]}（${r}）`).join("、");

export const rolesSchema = z
  .array(z.enum(ROLES, { error: `角色只能是以下之一：${roleChoices}` }), { error: "请选择角色" })
  .min(1, { error: `请至少选择一个角色：${roleChoices}` })
  .transform((roles) => ROLES.filter((r) => roles.includes(r)));

export const usernameSchema = z
  .string({ error: "请填写用户名" })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, {
    error: "用户名应为 2–32 个字符，只能包含字母、数字、点、下划线和连字符，以字母或数字开头",
  });

export const newUserSchema = z.object({
  agencyId: requiredText("所属机关编号", 64),
  username: usernameSchema,
  displayName: requiredText("姓名", 50),
  roles: rolesSchema,
  password: passwordSchema,
});

export type NewUserInput = z.input<typeof newUserSchema>;

export const userPatchSchema = z.object({
  displayName: requiredText("姓名", 50).optional(),
  roles: rolesSchema.optional(),
  disabled: z.boolean({ error: "停用状态应为 true 或 false" }).optional(),
});

export type UserPatch = z.input<typeof userPatchSchema>;

/** Roles that widen what an account sees or manages: only a system administrator grants them. */
export const ELEVATED_ROLES: readonly Role[] = ["supervisor", "system_admin"];
