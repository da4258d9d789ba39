import { inSubtree } from "../../db/agency-tree.ts";
import type { AgencyLevel } from "../../db/schema.ts";
import { assertCanReadSubtree } from "../access.ts";
import type { Actor } from "../actor.ts";
import { chinaDate } from "../applications/china-date.ts";
import type { ServiceContext } from "../context.ts";
import { DEFAULT_REPORT_DEADLINES, type ReportDeadlinePolicy, reportDeadline } from "./deadline-policy.ts";
import { countFindings } from "./finding-view.ts";
import { checkReportYear, currentProse, loadBasis, reportOf, validateAgainstBasis } from "./report-basis.ts";

/**
 * - onTime / late: first published on or before / after the deadline;
 * - pending: not published, deadline not passed; overdue: not published, deadline passed.
 */
export type Timeliness = "onTime" | "late" | "pending" | "overdue";

/** The timeliness of a report first published on `firstPublished` (null: not yet), seen on `today`. */
export function reportTimeliness(firstPublished: string | null, deadline: string, today: string): Timeliness {
  if (firstPublished !== null) return firstPublished <= deadline ? "onTime" : "late";
  return today <= deadline ? "pending" : "overdue";
}

/** One agency's report for the year, as a supervisor sees it. */
export interface ReportStatusRow {
  agencyId: string;
  name: string;
  level: AgencyLevel;
  parentId: string | null;
  /** none: nothing saved or published; draft: a draft, never published; published: at least one version. */
  state: "none" | "draft" | "published";
  deadline: string;
  timeliness: Timeliness;
  /** Date of the first publication; the report's timeliness is judged by it. */
  firstPublished: string | null;
  latestPublished: string | null;
  versions: number;
  /** The draft's prose was edited after its latest publication (a new version may follow). */
  revising: boolean;
  /** Published: the findings frozen with the latest version. Draft: the findings of the draft now. None: null. */
  errors: number | null;
  warnings: number | null;
}

/**
 * The report status of every agency in the subtree of `rootId` (itself included), in tree order —
 * for the supervisor of that subtree (or the system). Drafts are validated live, so that the counts
 * show what would be published today; published versions show what was published.
 * @throws AppError NOT_FOUND, FORBIDDEN, VALIDATION.
 */
export async function reportStatus(
  ctx: ServiceContext,
  actor: Actor,
  rootId: string,
  year: number,
  policy: ReportDeadlinePolicy = DEFAULT_REPORT_DEADLINES,
): Promise<ReportStatusRow[]> {
  checkReportYear(year);
  const root = await assertCanReadSubtree(ctx.db, actor, rootId);
  const agencies = await ctx.db
    .selectFrom("agencies")
    .select(["id", "name", "level", "parent_id"])
    .where(inSubtree(root.path))
    .orderBy("path")
    .execute();
  const drafts = await ctx.db
    .selectFrom("annual_reports")
    .innerJoin("agencies", "agencies.id", "annual_reports.agency_id")
    .select(["annual_reports.agency_id", "annual_reports.version"])
    .where("annual_reports.year", "=", year)
    .where(inSubtree(root.path))
    .execute();
  const versions = await ctx.db
    .selectFrom("annual_report_versions as v")
    .innerJoin("agencies", "agencies.id", "v.agency_id")
    .select([
      "v.agency_id",
      "v.version",
      "v.publish_date",
      "v.draft_version",
      "v.error_count",
      "v.warning_count",
    ])
    .where("v.year", "=", year)
    .where(inSubtree(root.path))
    .orderBy("v.version")
    .execute();
  const today = chinaDate(ctx.clock());
  const draftOf = new Map(drafts.map((d) => [d.agency_id, d]));
  const versionsOf = new Map<string, typeof versions>();
  for (const v of versions) versionsOf.set(v.agency_id, [...(versionsOf.get(v.agency_id) ?? []), v]);
  const rows: ReportStatusRow[] = [];
  for (const agency of agencies) {
    const draft = draftOf.get(agency.id);
    const own = versionsOf.get(agency.id) ?? [];
    const first = own[0];
    const latest = own[own.length - 1];
    const deadline = reportDeadline(agency.level, year, policy);
    const row: ReportStatusRow = {
      agencyId: agency.id,
      name: agency.name,
      level: agency.level,
      parentId: agency.parent_id,
      state: latest ? "published" : draft ? "draft" : "none",
      deadline,
      timeliness: reportTimeliness(first?.publish_date ?? null, deadline, today),
      firstPublished: first?.publish_date ?? null,
      latestPublished: latest?.publish_date ?? null,
      versions: own.length,
      revising: latest !== undefined && draft !== undefined && draft.version > latest.draft_version,
      errors: latest?.error_count ?? null,
      warnings: latest?.warning_count ?? null,
    };
    if (!latest && draft) {
      const basis = await loadBasis(ctx.db, agency.id, year, policy);
      const counts = countFindings(validateAgainstBasis(basis, reportOf(basis, currentProse(basis))));
      row.errors = counts.errors;
      row.warnings = counts.warnings;
    }
    rows.push(row);
  }
  return rows;
}
