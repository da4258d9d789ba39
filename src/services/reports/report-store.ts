import type { Kysely } from "kysely";
import type { AnnualReportRow, AnnualReportVersionRow, Database } from "../../db/schema.ts";
import type { Finding } from "../../domain/report/finding.ts";
import type { FormatVersion } from "../../domain/report/format/types.ts";
import type { ReportModel } from "../../domain/report/model.ts";
import type { Prose } from "./suggest/index.ts";

/** The stored draft of one agency's report for one year. */
export interface DraftRecord {
  id: string;
  agencyId: string;
  year: number;
  format: FormatVersion;
  prose: Prose;
  /** The suggestions generated when the draft was last written. */
  suggestions: Prose;
  version: number;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

/** A published version: what was published, as published. */
export interface PublishedVersion {
  reportId: string;
  agencyId: string;
  year: number;
  version: number;
  report: ReportModel;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  acknowledgedErrors: string[];
  revisionNote: string | null;
  draftVersion: number;
  publishDate: string;
  deadline: string;
  publishedAt: string;
  publishedBy: string | null;
  publisherName: string;
}

export function toDraft(row: AnnualReportRow): DraftRecord {
  const suggestions = JSON.parse(row.suggestions) as Prose;
  return {
    id: row.id,
    agencyId: row.agency_id,
    year: row.year,
    format: row.format,
    prose: { preamble: row.preamble, sections: JSON.parse(row.sections) as Prose["sections"] },
    suggestions,
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export function toVersion(row: AnnualReportVersionRow): PublishedVersion {
  return {
    reportId: row.report_id,
    agencyId: row.agency_id,
    year: row.year,
    version: row.version,
    report: JSON.parse(row.report) as ReportModel,
    findings: JSON.parse(row.findings) as Finding[],
    errorCount: row.error_count,
    warningCount: row.warning_count,
    acknowledgedErrors: JSON.parse(row.acknowledged_errors) as string[],
    revisionNote: row.revision_note,
    draftVersion: row.draft_version,
    publishDate: row.publish_date,
    deadline: row.deadline,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    publisherName: row.publisher_name,
  };
}

/** The draft of `agencyId` for `year`, or null when nobody has saved one yet. */
export async function findDraft(
  db: Kysely<Database>,
  agencyId: string,
  year: number,
): Promise<DraftRecord | null> {
  const row = await db
    .selectFrom("annual_reports")
    .selectAll()
    .where("agency_id", "=", agencyId)
    .where("year", "=", year)
    .executeTakeFirst();
  return row ? toDraft(row) : null;
}

/** Every published version of `agencyId`'s report on `year`, oldest first. */
export async function findVersions(
  db: Kysely<Database>,
  agencyId: string,
  year: number,
): Promise<PublishedVersion[]> {
  const rows = await db
    .selectFrom("annual_report_versions")
    .selectAll()
    .where("agency_id", "=", agencyId)
    .where("year", "=", year)
    .orderBy("version")
    .execute();
  return rows.map(toVersion);
}

/** The latest published version, or null. */
export async function findLatestVersion(
  db: Kysely<Database>,
  agencyId: string,
  year: number,
): Promise<PublishedVersion | null> {
  const row = await db
    .selectFrom("annual_report_versions")
    .selectAll()
    .where("agency_id", "=", agencyId)
    .where("year", "=", year)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? toVersion(row) : null;
}
