import { type Actor, type Role, systemActor, userActor } from "../services/actor.ts";
import type { ServiceContext } from "../services/context.ts";
import { generatePassword } from "../services/users/passwords.ts";
import type { User } from "../services/users/user-input.ts";
import { addUser } from "../services/users/users.ts";
import { COUNTY_ID, DEMO_AGENCIES, FEATURED_DEPARTMENT_ID } from "./county.ts";
import type { People } from "./scenarios.ts";
import type { StaffTask } from "./script.ts";

/**
 * The demo's staff. The county government and the featured department have one account per role;
 * every other agency has one disclosure officer (公开专员) who handles, reviews and publishes —
 * as small offices really work. Passwords are generated (never derived from the seed: anyone who
 * knows the seed could otherwise sign in) and returned once, to be printed.
 */

export interface DemoAccount {
  agencyId: string;
  agencyName: string;
  username: string;
  displayName: string;
  roles: Role[];
  password: string;
  /** Printed in the main table (the others in a short list). */
  featured: boolean;
}

type Row = [agencyId: string, username: string, displayName: string, roles: Role[]];

const FULL_STAFF: Row[] = [
  [COUNTY_ID, "qh-clerk", "李娜", ["clerk"]],
  [COUNTY_ID, "qh-reviewer", "王磊", ["reviewer"]],
  [COUNTY_ID, "qh-head", "张敏", ["office_head"]],
  [COUNTY_ID, "qh-admin", "陈静", ["agency_admin"]],
  [COUNTY_ID, "qh-supervisor", "刘洋", ["supervisor"]],
  [COUNTY_ID, "qh-sysadmin", "赵强", ["system_admin"]],
  [FEATURED_DEPARTMENT_ID, "zrzy-clerk", "孙丽", ["clerk"]],
  [FEATURED_DEPARTMENT_ID, "zrzy-reviewer", "周杰", ["reviewer"]],
  [FEATURED_DEPARTMENT_ID, "zrzy-head", "吴芳", ["office_head"]],
  [FEATURED_DEPARTMENT_ID, "zrzy-admin", "郑浩", ["agency_admin"]],
];

const OFFICERS = [
  "黄静",
  "徐涛",
  "朱丽华",
  "胡建国",
  "郭敏",
  "何晓燕",
  "高鹏",
  "林芳",
  "罗浩",
  "梁雪",
  "谢春梅",
  "宋志刚",
  "唐婷",
  "韩磊",
];

function officerRows(): Row[] {
  const others = DEMO_AGENCIES.filter((a) => a.code !== COUNTY_ID && a.code !== FEATURED_DEPARTMENT_ID);
  return others.map((a, i) => [
    a.code,
    `${a.code.slice(COUNTY_ID.length + 1)}-officer`,
    OFFICERS[i % OFFICERS.length] as string,
    ["clerk", "reviewer", "office_head"],
  ]);
}

/** Every account of the demo, as planned (names and roles; passwords come at creation). */
export const STAFF_ROWS: readonly Row[] = [...FULL_STAFF, ...officerRows()];

/** Who reviews and who approves at `agencyId`, by name (the ledger records names). */
export function peopleOf(agencyId: string): People {
  const at = STAFF_ROWS.filter(([a]) => a === agencyId);
  const withRole = (role: Role) => at.find(([, , , roles]) => roles.includes(role))?.[2];
  return {
    reviewer: withRole("reviewer") ?? "（审核人）",
    head: `${withRole("office_head") ?? "（负责人）"}（政务公开办负责人）`,
  };
}

export interface DemoStaff {
  accounts: DemoAccount[];
  /** The actor who does `task` at `agencyId`. */
  actor(agencyId: string, task: StaffTask): Actor;
  /** The actor who publishes `agencyId`'s report (its office head). */
  publisher(agencyId: string): Actor;
}

const TASK_ROLE: Record<StaffTask, Role> = { clerk: "clerk", reviewer: "reviewer", head: "office_head" };

/** Creates every account through the user service, each with a fresh random password. */
export async function createStaff(
  ctx: ServiceContext,
  agencyName: (id: string) => string,
): Promise<DemoStaff> {
  const system = systemActor("demo");
  const users: User[] = [];
  const accounts: DemoAccount[] = [];
  for (const [agencyId, username, displayName, roles] of STAFF_ROWS) {
    const password = generatePassword();
    const user = await addUser(ctx, system, { agencyId, username, displayName, roles, password });
    users.push(user);
    accounts.push({
      agencyId,
      agencyName: agencyName(agencyId),
      username: user.username,
      displayName,
      roles: user.roles,
      password,
      featured: FULL_STAFF.some(([, u]) => u === username),
    });
  }
  const actor = (agencyId: string, task: StaffTask): Actor => {
    const user = users.find((u) => u.agencyId === agencyId && u.roles.includes(TASK_ROLE[task]));
    if (!user) throw new Error(`no demo account for ${task} at ${agencyId}`);
    return userActor(user);
  };
  return { accounts, actor, publisher: (agencyId) => actor(agencyId, "head") };
}
