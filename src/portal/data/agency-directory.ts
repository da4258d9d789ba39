import { containsText } from "../../db/like.ts";
import { getAgency } from "../../services/agencies/agencies.ts";
import { type Agency, toAgency } from "../../services/agencies/agency-input.ts";
import type { ServiceContext } from "../../services/context.ts";

/** What the directory shows of an agency: its name, linked to its page. */
export type DirectoryEntry = Pick<Agency, "id" | "name" | "level">;

/** An agency with the agencies directly below it that are listed, each with theirs. */
export interface AgencyNode {
  agency: DirectoryEntry;
  children: AgencyNode[];
  /** How many agencies directly below it are not listed here (its own page lists them). */
  unlisted: number;
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
 * The directory lists about this many agencies at most. A province's platform holds thousands:
 * then only its upper levels are listed, each with the number of agencies directly below it.
 */
const LIST_LIMIT = 200;

/**
 * The agencies of the platform as a forest, each level in pinyin order, down to the deepest level
 * that keeps the list within LIST_LIMIT (the roots and the level below them always). Only the
 * columns the directory shows are read, and only the listed levels are sorted.
 */
export async function agencyForest(ctx: ServiceContext): Promise<AgencyNode[]> {
  const rows = await ctx.db.selectFrom("agencies").select(["id", "parent_id", "name", "level"]).execute();
  const below = new Map<string | null, typeof rows>();
  for (const r of rows) {
    const siblings = below.get(r.parent_id);
    if (siblings) siblings.push(r);
    else below.set(r.parent_id, [r]);
  }
  // Agencies per depth, to choose how deep the list goes.
  const perDepth: number[] = [];
  const count = (parent: string | null, depth: number) => {
    for (const r of below.get(parent) ?? []) {
      perDepth[depth] = (perDepth[depth] ?? 0) + 1;
      count(r.id, depth + 1);
    }
  };
  count(null, 0);
  let deepest = 1;
  let listed = 0;
  for (const [depth, n] of perDepth.entries()) {
    listed += n;
    if (depth > 1 && listed > LIST_LIMIT) break;
    deepest = Math.max(1, depth);
  }
  const nodes = (parent: string | null, depth: number): AgencyNode[] =>
    (below.get(parent) ?? [])
      .map((r) => ({
        agency: { id: r.id, name: r.name, level: r.level },
        children: depth < deepest ? nodes(r.id, depth + 1) : [],
        unlisted: depth < deepest ? 0 : (below.get(r.id)?.length ?? 0),
      }))
      .sort((a, b) => byAgencyName(a.agency, b.agency));
  return nodes(null, 0);
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
