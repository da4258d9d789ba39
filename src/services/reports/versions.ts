import { AppError } from "../../domain/app-error.ts";
import { assertCanRead } from "../access.ts";
import type { Actor } from "../actor.ts";
import type { ServiceContext } from "../context.ts";
import { type FindingView, viewFindings } from "./finding-view.ts";
import { checkReportYear } from "./report-basis.ts";
import { findVersions, type PublishedVersion } from "./report-store.ts";

/** One published version in a list: when, by whom, why, and how it stood against the rules and the deadline. */
export interface VersionSummary {
  version: number;
  publishDate: string;
  publishedAt: string;
  publisherName: string;
  revisionNote: string | null;
  errorCount: number;
  warningCount: number;
  acknowledgedErrors: string[];
  deadline: string;
  /** Whether this version was published by the deadline of the agency's level. */
  onTime: boolean;
}

export function summarizeVersion(v: PublishedVersion): VersionSummary {
  return {
    version: v.version,
    publishDate: v.publishDate,
    publishedAt: v.publishedAt,
    publisherName: v.publisherName,
    revisionNote: v.revisionNote,
    errorCount: v.errorCount,
    warningCount: v.warningCount,
    acknowledgedErrors: v.acknowledgedErrors,
    deadline: v.deadline,
    onTime: v.publishDate <= v.deadline,
  };
}

/** A published version for people: its summary, the report as published, and its findings with cell names. */
export interface VersionDetail extends VersionSummary {
  report: PublishedVersion["report"];
  findings: FindingView[];
}

export function detailOfVersion(v: PublishedVersion): VersionDetail {
  return { ...summarizeVersion(v), report: v.report, findings: viewFindings(v.findings, v.report.format) };
}

/** Every published version of the report, oldest first (readers of the agency). */
export async function listVersions(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  year: number,
): Promise<VersionSummary[]> {
  checkReportYear(year);
  await assertCanRead(ctx.db, actor, agencyId);
  return (await findVersions(ctx.db, agencyId, year)).map(summarizeVersion);
}

/**
 * One published version exactly as published, with the findings of that moment.
 * @throws AppError NOT_FOUND when that version does not exist.
 */
export async function getVersion(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  year: number,
  version: number,
): Promise<PublishedVersion> {
  checkReportYear(year);
  const agency = await assertCanRead(ctx.db, actor, agencyId);
  const found = (await findVersions(ctx.db, agencyId, year)).find((v) => v.version === version);
  if (!found) {
    throw new AppError("NOT_FOUND", `“${agency.name}”${year} 年度报告没有第 ${version} 版`, {
      agencyId,
      year,
      version,
    });
  }
  return found;
}
