import { z } from "zod";
import { inSubtree } from "../../db/agency-tree.ts";
import { AppError } from "../../domain/app-error.ts";
import type { ReportModel } from "../../domain/report/model.ts";
import { requireAgency } from "../access.ts";
import type { ServiceContext } from "../context.ts";
import { parseInput, reportYear } from "../validation.ts";
import { findVersions } from "./report-store.ts";

/**
 * Published reports for the public portal. Only published versions exist here — drafts are never
 * visible — and every version stays listed, so a change after publication is always in view.
 * No actor: published reports are public (条例 第四十九条).
 */

export interface PublicVersionRef {
  version: number;
  publishDate: string;
  revisionNote: string | null;
}

export interface PublicReportEntry {
  agencyId: string;
  agencyName: string;
  year: number;
  /** Date of the first publication. */
  firstPublished: string;
  latestVersion: number;
  versions: PublicVersionRef[];
}

export const publicListSchema = z.object({
  /** Only this agency's reports. */
  agencyId: z.string().min(1).optional(),
  /** Reports of this agency and every agency below it. */
  under: z.string().min(1).optional(),
  year: reportYear().optional(),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});
export type PublicListQuery = z.input<typeof publicListSchema>;

/** Published reports, newest year first, then in tree order; one entry per agency and year with all its versions. */
export async function listPublishedReports(
  ctx: ServiceContext,
  query: PublicListQuery = {},
): Promise<{ total: number; items: PublicReportEntry[] }> {
  const q = parseInput(publicListSchema, query, "查询条件");
  const rootPath = q.under === undefined ? null : (await requireAgency(ctx.db, q.under)).path;
  let base = ctx.db
    .selectFrom("annual_report_versions as v")
    .innerJoin("agencies", "agencies.id", "v.agency_id");
  if (q.agencyId !== undefined) base = base.where("v.agency_id", "=", q.agencyId);
  if (q.year !== undefined) base = base.where("v.year", "=", q.year);
  if (rootPath !== null) base = base.where(inSubtree(rootPath));
  const groups = base
    .select(["v.agency_id", "v.year", "agencies.name", "agencies.path"])
    .groupBy(["v.agency_id", "v.year", "agencies.name", "agencies.path"]);
  const totalRow = await ctx.db
    .selectFrom(groups.as("g"))
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  const page = await groups
    .orderBy("v.year", "desc")
    .orderBy("agencies.path")
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  if (page.length === 0) return { total: Number(totalRow?.n ?? 0), items: [] };
  const versions = await ctx.db
    .selectFrom("annual_report_versions")
    .select(["agency_id", "year", "version", "publish_date", "revision_note"])
    .where("agency_id", "in", [...new Set(page.map((p) => p.agency_id))])
    .where("year", "in", [...new Set(page.map((p) => p.year))])
    .orderBy("version")
    .execute();
  const items = page.map((p) => {
    const own = versions.filter((v) => v.agency_id === p.agency_id && v.year === p.year);
    return {
      agencyId: p.agency_id,
      agencyName: p.name,
      year: p.year,
      firstPublished: own[0]?.publish_date ?? "",
      latestVersion: own[own.length - 1]?.version ?? 0,
      versions: own.map((v) => ({
        version: v.version,
        publishDate: v.publish_date,
        revisionNote: v.revision_note,
      })),
    };
  });
  return { total: Number(totalRow?.n ?? 0), items };
}

/** One published report for the public: the report as published, which version it is, and every version. */
export interface PublicReport {
  agencyId: string;
  year: number;
  version: number;
  publishDate: string;
  revisionNote: string | null;
  report: ReportModel;
  versions: PublicVersionRef[];
}

/**
 * A published report, the latest version unless `version` is given.
 * @throws AppError NOT_FOUND when nothing of that agency and year (or that version) is published.
 */
export async function getPublishedReport(
  ctx: ServiceContext,
  agencyId: string,
  year: number,
  version?: number,
): Promise<PublicReport> {
  const agency = await requireAgency(ctx.db, agencyId);
  const all = await findVersions(ctx.db, agencyId, year);
  const chosen = version === undefined ? all[all.length - 1] : all.find((v) => v.version === version);
  if (!chosen) {
    const what = version === undefined ? "尚未发布" : `没有已发布的第 ${version} 版`;
    throw new AppError("NOT_FOUND", `“${agency.name}”${year} 年度政府信息公开工作年度报告${what}`, {
      agencyId,
      year,
    });
  }
  return {
    agencyId,
    year,
    version: chosen.version,
    publishDate: chosen.publishDate,
    revisionNote: chosen.revisionNote,
    report: chosen.report,
    versions: all.map((v) => ({
      version: v.version,
      publishDate: v.publishDate,
      revisionNote: v.revisionNote,
    })),
  };
}
