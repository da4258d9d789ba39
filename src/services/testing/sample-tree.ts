import type { AgencyLevel } from "../../db/schema.ts";
import { type Actor, type Role, systemActor, userActor } from "../actor.ts";
import { createAgency } from "../agencies/agencies.ts";
import type { ServiceContext } from "../context.ts";
import type { User } from "../users/user-input.ts";
import { addUser } from "../users/users.ts";

/**
 * A small agency tree with staff, built through the real services, for integration tests:
 *
 * ```
 * {p}/                 province        admin (system_admin)
 *   {p}.c1/            city            super (supervisor), cityclerk (clerk)
 *     {p}.k1/          county          clerk (clerk), kadmin (agency_admin)
 *       {p}.k1.edu/    department      educlerk (clerk)
 *       {p}.k1.t1/     township
 *     {p}.k10/         county          (an id that extends k1's: prefix scans must not mix them)
 *     {p}.k2/          county          clerk2 (clerk, reviewer)
 *   {p}.c2/            city            super2 (supervisor)
 * ```
 * Ids and usernames carry `prefix`, so several trees live in one database. Every password is
 * {@link SAMPLE_PASSWORD}.
 */

export const SAMPLE_PASSWORD = "correct horse battery";

const AGENCIES: [suffix: string, parent: string | null, level: AgencyLevel, name: string][] = [
  ["", null, "province", "某省人民政府"],
  [".c1", "", "city", "甲市人民政府"],
  [".k1", ".c1", "county", "甲市一县人民政府"],
  [".k1.edu", ".k1", "department", "一县教育局"],
  [".k1.t1", ".k1", "township", "一县东镇人民政府"],
  [".k10", ".c1", "county", "甲市十县人民政府"],
  [".k2", ".c1", "county", "甲市二县人民政府"],
  [".c2", "", "city", "乙市人民政府"],
];

const USERS: [name: string, agency: string, roles: Role[]][] = [
  ["admin", "", ["system_admin"]],
  ["super", ".c1", ["supervisor"]],
  ["cityclerk", ".c1", ["clerk"]],
  ["clerk", ".k1", ["clerk"]],
  ["kadmin", ".k1", ["agency_admin"]],
  ["educlerk", ".k1.edu", ["clerk"]],
  ["clerk2", ".k2", ["clerk", "reviewer"]],
  ["super2", ".c2", ["supervisor"]],
];

export interface SampleTree {
  /** Agency id by suffix: `id("")` is the province, `id(".k1")` the first county. */
  id: (suffix: string) => string;
  /** A sample user by its name without prefix (throws for an unknown name). */
  user: (name: string) => User;
  /** The actor of a sample user. */
  as: (name: string) => Actor;
  system: Actor;
}

export async function createSampleTree(ctx: ServiceContext, prefix: string): Promise<SampleTree> {
  const system = systemActor("test");
  const id = (suffix: string) => `${prefix}${suffix}`;
  for (const [suffix, parent, level, name] of AGENCIES) {
    await createAgency(ctx, system, {
      id: id(suffix),
      parentId: parent === null ? null : id(parent),
      level,
      name,
    });
  }
  const users: Record<string, User> = {};
  for (const [name, agency, roles] of USERS) {
    users[name] = await addUser(ctx, system, {
      agencyId: id(agency),
      username: `${prefix}-${name}`,
      displayName: name,
      roles,
      password: SAMPLE_PASSWORD,
    });
  }
  const user = (name: string) => {
    const found = users[name];
    if (!found) throw new Error(`no sample user ${name}`);
    return found;
  };
  return { id, user, as: (name) => userActor(user(name)), system };
}
