import type { Kysely } from "kysely";
import type { AgencyLevel, Database } from "../../db/schema.ts";
import { AppError } from "../../domain/app-error.ts";
import type { Finding } from "../../domain/report/finding.ts";
import { FORMATS } from "../../domain/report/format/index.ts";
import type { ReportFormat } from "../../domain/report/format/types.ts";
import { type ReportModel, type ReportTables, reportTitle } from "../../domain/report/model.ts";
import { validateReport } from "../../domain/report/validate/index.ts";
import { proactiveFigures, remedyFigures } from "../registers/report-figures.ts";
import { feesCollected, replyTimeliness } from "./application-facts.ts";
import { applicationsTable } from "./applications-table.ts";
import { DEFAULT_REPORT_DEADLINES, type ReportDeadlinePolicy, reportDeadline } from "./deadline-policy.ts";
import { type DraftRecord, findDraft, findLatestVersion } from "./report-store.ts";
import { type Prose, suggestProse } from "./suggest/index.ts";

/** The first report year computed from records: the 2021 format (国办公开办函〔2021〕30号). */
export const FIRST_COMPUTED_YEAR = FORMATS["2021"].firstYear;

export interface ReportAgency {
  id: string;
  path: string;
  name: string;
  level: AgencyLevel;
  address: string | null;
  postalCode: string | null;
  phone: string | null;
}

/** Everything a report of one agency and year is made of, read once. */
export interface ReportBasis {
  agency: ReportAgency;
  year: number;
  format: ReportFormat;
  /** Computed from the records now. */
  tables: ReportTables;
  suggestions: Prose;
  /** The latest published report of the year before (the cross-year rules and the comparison), or null. */
  previous: ReportModel | null;
  /** The last allowed publish day for the agency's level. */
  deadline: string;
  draft: DraftRecord | null;
}

/** @throws AppError VALIDATION for a year the records cannot produce a report for. */
export function checkReportYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_COMPUTED_YEAR || year > 2100) {
    throw new AppError(
      "VALIDATION",
      `年度“${year}”无效：只能生成 ${FIRST_COMPUTED_YEAR} 年及以后的年度报告（按国办公开办函〔2021〕30号格式）`,
      { issues: [{ path: ["year"], message: `应为 ${FIRST_COMPUTED_YEAR}–2100 之间的年份` }] },
    );
  }
}

async function readAgency(db: Kysely<Database>, agencyId: string): Promise<ReportAgency> {
  const row = await db
    .selectFrom("agencies")
    .select(["id", "path", "name", "level", "address", "postal_code", "phone"])
    .where("id", "=", agencyId)
    .executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND", `机关“${agencyId}”不存在，请检查机关编号`, { agencyId });
  return { ...row, postalCode: row.postal_code };
}

/**
 * Tables 二, 三 and 四 of one agency and year, computed from its records: 二 from the registers, 三
 * from the applications (one GROUP BY), 四 from the remedy cases. No actor: the caller authorises.
 */
export async function computeTables(
  db: Kysely<Database>,
  agencyId: string,
  year: number,
): Promise<ReportTables> {
  checkReportYear(year);
  const format = FORMATS["2021"];
  const [proactive, applications, litigation] = await Promise.all([
    proactiveFigures(db, agencyId, year),
    applicationsTable(db, agencyId, year, format),
    remedyFigures(db, agencyId, year),
  ]);
  return { proactive, applications, litigation };
}

/** Reads the basis of a report: agency, live tables, last year's published report, the draft, suggestions. */
export async function loadBasis(
  db: Kysely<Database>,
  agencyId: string,
  year: number,
  policy: ReportDeadlinePolicy = DEFAULT_REPORT_DEADLINES,
): Promise<ReportBasis> {
  checkReportYear(year);
  const agency = await readAgency(db, agencyId);
  const format = FORMATS["2021"];
  const [tables, previousVersion, draft, replies, fees] = await Promise.all([
    computeTables(db, agencyId, year),
    findLatestVersion(db, agencyId, year - 1),
    findDraft(db, agencyId, year),
    replyTimeliness(db, agencyId, year),
    feesCollected(db, agencyId, year),
  ]);
  const previous = previousVersion?.report ?? null;
  const suggestions = suggestProse({ agency, year, format, tables, previous, replies, fees });
  const deadline = reportDeadline(agency.level, year, policy);
  return { agency, year, format, tables, suggestions, previous, deadline, draft };
}

/** The report of a basis with the given prose: the official title and six sections, tables as computed. */
export function reportOf(basis: ReportBasis, prose: Prose, publishDate: string | null = null): ReportModel {
  const { agency, year, format } = basis;
  return {
    format: format.version,
    agency: agency.name,
    year,
    title: reportTitle(agency.name, year),
    publishDate,
    preamble: prose.preamble,
    sections: format.sections.map((s) => ({
      key: s.key,
      heading: `${s.number}、${s.label}`,
      text: prose.sections[s.key] ?? "",
    })),
    tables: basis.tables,
    collapsedGroups: [],
  };
}

/** The prose the report stands on: the stored draft's, or the suggestions while nobody has saved a draft. */
export function currentProse(basis: ReportBasis): Prose {
  return basis.draft?.prose ?? basis.suggestions;
}

/** Every finding of the engine on `report`, with last year's published report and the level's deadline. */
export function validateAgainstBasis(basis: ReportBasis, report: ReportModel): Finding[] {
  return validateReport(report, { previous: basis.previous, deadline: basis.deadline });
}
