import { containsText } from "../../db/like.ts";
import { getAgency } from "../../services/agencies/agencies.ts";
import { type Agency, toAgency } from "../../services/agencies/agency-input.ts";
import type { ServiceContext } from "../../services/context.ts";

/** What the directory shows of an agency: its name, linked to its page. */
export type DirectoryEntry = Pick<Agency, "id" | "name" | "level">;

/** An agency with the agencies directly below it, each with theirs. */
export interface AgencyNode {
  agency: DirectoryEntry;
  children: AgencyNode[];
}

/** An agency's home: itself, the agency above it (where complaints go) and the agencies directly below. */
export interface AgencyPlace {
  agency: Agency;
  parent: Agency | null;
  children: Agency[];
}

/** The most agencies a search lists: a few characters of a name find what a reader is looking for. */
const SEARCH_LIMIT = 50;

/** Chinese names in pinyin order, as a reader looks them up (财政 before 教育), whatever their codes. */
const byName = new Intl.Collator("zh-CN-u-co-pinyin");
const byAgencyName = (a: DirectoryEntry, b: DirectoryEntry) =>
  byName.compare(a.name, b.name) || a.id.localeCompare(b.id);

/**
 * Every agency of the platform as a forest, each level in pinyin order. A province holds
 * thousands: only the columns the directory shows are read.
 */
export async function agencyForest(ctx: ServiceContext): Promise<AgencyNode[]> {
  const rows = await ctx.db.selectFrom("agencies").select(["id", "parent_id", "name", "level"]).execute();
  const nodes = new Map(
    rows.map((r) => [
      r.id,
      { agency: { id: r.id, name: r.name, level: r.level }, children: [] as AgencyNode[] },
    ]),
  );
  const roots: AgencyNode[] = [];
  for (const r of rows) {
    const node = nodes.get(r.id) as AgencyNode;
    const parent = r.parent_id === null ? undefined : nodes.get(r.parent_id);
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: AgencyNode[]) => list.sort((a, b) => byAgencyName(a.agency, b.agency));
  for (const node of nodes.values()) sort(node.children);
  return sort(roots);
}

/** The agencies whose name contains `text` (taken literally), in pinyin order. */
export async function searchAgencies(ctx: ServiceContext, text: string): Promise<Agency[]> {
  const rows = await ctx.db
    .selectFrom("agencies")
    .selectAll()
    .where(containsText("name", text))
    .orderBy("path")
    .limit(SEARCH_LIMIT)
    .execute();
  return rows.map(toAgency).sort(byAgencyName);
}

/**
 * An agency with its parent and children.
 * @throws AppError NOT_FOUND for an unknown agency (the portal answers its 404 page).
 */
export async function agencyPlace(ctx: ServiceContext, agencyId: string): Promise<AgencyPlace> {
  const agency = await getAgency(ctx, agencyId);
  const [parent, children] = await Promise.all([
    agency.parentId === null ? null : getAgency(ctx, agency.parentId),
    ctx.db.selectFrom("agencies").selectAll().where("parent_id", "=", agency.id).execute(),
  ]);
  return { agency, parent, children: children.map(toAgency).sort(byAgencyName) };
}
