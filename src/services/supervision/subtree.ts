import type { Kysely } from "kysely";
import { inSubtree, isPathWithin, subtreeAgencyIds } from "../../db/agency-tree.ts";
import type { AgencyLevel, Database } from "../../db/schema.ts";
import { AppError } from "../../domain/app-error.ts";
import { type Actor, hasRole } from "../actor.ts";

/**
 * The subtree a supervisor looks at: its agencies in tree order, each one's depth below the root and
 * its direct child of the root (the unit the charts compare), and roll-ups of per-agency figures.
 */

export interface SubtreeAgency {
  id: string;
  name: string;
  level: AgencyLevel;
  parentId: string | null;
  path: string;
  /** 0 for the root, 1 for its direct children, … */
  depth: number;
}

export interface Subtree {
  root: SubtreeAgency;
  /** Every agency, the root first, in tree order (each parent before its children). */
  agencies: SubtreeAgency[];
  /** The root's direct children, in tree order. */
  children: SubtreeAgency[];
  /** The direct child of the root that `agencyId` lies under, or the root itself for the root. */
  unitOf: (agencyId: string) => string;
  /** Whether `agencyId` belongs to the subtree. */
  has: (agencyId: string) => boolean;
  /** A where-clause subquery: the ids of the subtree, to scope any agency-owned table. */
  ids: ReturnType<typeof subtreeAgencyIds>;
}

/**
 * Allows a supervisor — or a system administrator — to look at `agencyId` and everything below it,
 * when `agencyId` lies in the subtree of the user's own agency (down, never sideways or up).
 * @throws AppError NOT_FOUND, FORBIDDEN.
 */
async function assertCanSupervise(db: Kysely<Database>, actor: Actor, root: SubtreeAgency): Promise<void> {
  if (actor.kind === "system") return;
  if (hasRole(actor, "supervisor", "system_admin")) {
    const home = await db
      .selectFrom("agencies")
      .select("path")
      .where("id", "=", actor.agencyId)
      .executeTakeFirst();
    if (home && isPathWithin(root.path, home.path)) return;
  }
  throw new AppError(
    "FORBIDDEN",
    `无权查看“${root.name}”及其下级机关的监督数据：只有本级或上级机关的监督人员、系统管理员可以查看`,
    { agencyId: root.id },
  );
}

/** Loads the subtree of `agencyId` after checking that `actor` may supervise it. */
export async function loadSubtree(db: Kysely<Database>, actor: Actor, agencyId: string): Promise<Subtree> {
  const top = await db
    .selectFrom("agencies")
    .select(["id", "name", "level", "parent_id", "path"])
    .where("id", "=", agencyId)
    .executeTakeFirst();
  if (!top) throw new AppError("NOT_FOUND", `机关“${agencyId}”不存在，请检查机关编号`, { agencyId });
  const root: SubtreeAgency = { ...top, parentId: top.parent_id, depth: 0 };
  await assertCanSupervise(db, actor, root);
  const rows = await db
    .selectFrom("agencies")
    .select(["id", "name", "level", "parent_id", "path"])
    .where(inSubtree(root.path))
    .orderBy("path")
    .execute();
  const rootSegments = root.path.split("/").length;
  const agencies = rows.map((r) => ({
    id: r.id,
    name: r.name,
    level: r.level,
    parentId: r.parent_id,
    path: r.path,
    depth: r.path.split("/").length - rootSegments,
  }));
  const unit = new Map<string, string>();
  for (const a of agencies)
    unit.set(a.id, a.depth === 0 ? root.id : (a.path.slice(root.path.length).split("/")[0] ?? root.id));
  return {
    root,
    agencies,
    children: agencies.filter((a) => a.depth === 1),
    unitOf: (id) => unit.get(id) ?? root.id,
    has: (id) => unit.has(id),
    ids: subtreeAgencyIds(db, root.path),
  };
}

/**
 * Adds up per-agency figures over each agency's own subtree: the result for an agency is its own
 * figures plus those of every agency below it. `add(into, from)` accumulates one into the other.
 */
export function rollUp<F>(
  tree: Subtree,
  own: (agencyId: string) => F,
  empty: () => F,
  add: (into: F, from: F) => void,
): Map<string, F> {
  const totals = new Map<string, F>();
  for (const a of tree.agencies) totals.set(a.id, empty());
  const rootStart = tree.root.path.length - tree.root.id.length - 1;
  for (const a of tree.agencies) {
    const figures = own(a.id);
    // The path from the root down to `a`: the root and every ancestor below it, and `a` itself.
    for (const id of a.path.slice(rootStart).split("/")) {
      const into = id === "" ? undefined : totals.get(id);
      if (into) add(into, figures);
    }
  }
  return totals;
}
