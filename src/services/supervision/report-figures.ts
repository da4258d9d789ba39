import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import {
  DEFAULT_REPORT_DEADLINES,
  FIRST_COMPUTED_YEAR,
  type ReportDeadlinePolicy,
  reportDeadline,
  reportTimeliness,
  type Timeliness,
} from "../reports/index.ts";
import type { Subtree } from "./subtree.ts";

/**
 * The annual report of each agency of a subtree for one year, as the supervisor's table shows it:
 * two queries per call (drafts, published versions) for the whole subtree. Findings are those frozen
 * with the latest published version; a draft's findings change with every record, so they are not
 * computed here for thousands of agencies — the report pages validate a draft live.
 */
export interface ReportCell {
  /** none: nothing saved or published; draft: saved, never published; published: at least one version. */
  state: "none" | "draft" | "published";
  deadline: string;
  timeliness: Timeliness;
  firstPublished: string | null;
  latestPublished: string | null;
  versions: number;
  /** Errors and warnings found in the latest published version; null while unpublished. */
  errors: number | null;
  warnings: number | null;
}

/** How many agencies of a subtree stand where, for one report year. */
export interface ReportTally {
  agencies: number;
  published: number;
  drafts: number;
  onTime: number;
  late: number;
  pending: number;
  overdue: number;
  /** Published reports whose latest version still has error-level findings. */
  withErrors: number;
}

export const emptyTally = (): ReportTally => ({
  agencies: 0,
  published: 0,
  drafts: 0,
  onTime: 0,
  late: 0,
  pending: 0,
  overdue: 0,
  withErrors: 0,
});

/** Adds one agency's report to a tally. */
export function tallyReport(into: ReportTally, cell: ReportCell): void {
  into.agencies += 1;
  if (cell.state === "published") into.published += 1;
  if (cell.state === "draft") into.drafts += 1;
  into[cell.timeliness] += 1;
  if ((cell.errors ?? 0) > 0) into.withErrors += 1;
}

export function addTally(into: ReportTally, from: ReportTally): void {
  for (const key of Object.keys(into) as (keyof ReportTally)[]) into[key] += from[key];
}

/**
 * Each agency's report for `year` (null for a year before reports were computed from records).
 * Timeliness is judged by the first publication against the deadline of the agency's level.
 */
export async function reportCells(
  db: Kysely<Database>,
  tree: Subtree,
  year: number,
  today: string,
  policy: ReportDeadlinePolicy = DEFAULT_REPORT_DEADLINES,
): Promise<Map<string, ReportCell> | null> {
  if (year < FIRST_COMPUTED_YEAR) return null;
  const drafts = await db
    .selectFrom("annual_reports")
    .select("agency_id")
    .where("year", "=", year)
    .where("agency_id", "in", tree.ids)
    .execute();
  const versions = await db
    .selectFrom("annual_report_versions")
    .select(["agency_id", "version", "publish_date", "error_count", "warning_count"])
    .where("year", "=", year)
    .where("agency_id", "in", tree.ids)
    .orderBy("agency_id")
    .orderBy("version")
    .execute();
  const hasDraft = new Set(drafts.map((d) => d.agency_id));
  const published = new Map<string, { first: string; latest: (typeof versions)[number]; count: number }>();
  for (const v of versions) {
    const seen = published.get(v.agency_id);
    if (seen) {
      seen.latest = v;
      seen.count += 1;
    } else published.set(v.agency_id, { first: v.publish_date, latest: v, count: 1 });
  }
  const cells = new Map<string, ReportCell>();
  for (const agency of tree.agencies) {
    const p = published.get(agency.id);
    const deadline = reportDeadline(agency.level, year, policy);
    cells.set(agency.id, {
      state: p ? "published" : hasDraft.has(agency.id) ? "draft" : "none",
      deadline,
      timeliness: reportTimeliness(p?.first ?? null, deadline, today),
      firstPublished: p?.first ?? null,
      latestPublished: p?.latest.publish_date ?? null,
      versions: p?.count ?? 0,
      errors: p ? Number(p.latest.error_count) : null,
      warnings: p ? Number(p.latest.warning_count) : null,
    });
  }
  return cells;
}
