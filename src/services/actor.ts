/**
 * Who is acting. Staff act as users (from their session); the CLI and background jobs act as the
 * system, which every check lets through and the audit log records with no user.
 */

export const ROLES = [
  "clerk",
  "reviewer",
  "office_head",
  "agency_admin",
  "supervisor",
  "system_admin",
] as const;
export type Role = (typeof ROLES)[number];

/** How roles are named to people. */
export const ROLE_LABELS: Record<Role, string> = {
  clerk: "承办人",
  reviewer: "审核人",
  office_head: "公开办负责人",
  agency_admin: "机关管理员",
  supervisor: "上级监督人员",
  system_admin: "系统管理员",
};

export type Actor =
  | { kind: "user"; userId: string; agencyId: string; roles: readonly Role[] }
  | { kind: "system"; label: string };

/** The actor of a CLI command or a job, e.g. `systemActor("cli")`. */
export function systemActor(label: string): Actor {
  return { kind: "system", label };
}

/** The actor of a signed-in account. */
export function userActor(user: { id: string; agencyId: string; roles: readonly Role[] }): Actor {
  return { kind: "user", userId: user.id, agencyId: user.agencyId, roles: user.roles };
}

/** The user id to record in the audit log (null for the system). */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.kind === "user" && roles.some((r) => actor.roles.includes(r));
}
