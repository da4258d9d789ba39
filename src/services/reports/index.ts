/**
 * The annual report of an agency computed from its records, its stored drafts and published
 * versions, the public list and the supervisor's status view. See docs/reports.md.
 */
export { feesCollected, replyTimeliness } from "./application-facts.ts";
export {
  type ApplicationGroup,
  applicationGroups,
  applicationGroupsQuery,
  applicationsTable,
  placeApplicationGroups,
} from "./applications-table.ts";
export { type CheckJson, toCheckJson } from "./check-json.ts";
export {
  DEFAULT_REPORT_DEADLINES,
  type ReportDeadlinePolicy,
  reportDeadline,
} from "./deadline-policy.ts";
export type { PublicationChanges } from "./diff-report.ts";
export { computeReport, type DraftView, editProse, getDraft, validateDraft } from "./drafts.ts";
export type { FindingCounts, FindingView } from "./finding-view.ts";
export {
  type EditProseInput,
  editProseSchema,
  MAX_PROSE_CHARS,
  type ProsePatch,
  prosePatchSchema,
} from "./prose-input.ts";
export {
  getPublishedReport,
  listPublishedReports,
  type PublicListQuery,
  type PublicReport,
  type PublicReportEntry,
  type PublicVersionRef,
} from "./public-reports.ts";
export { PUBLISHERS, type PublishInput, publishReport, publishSchema } from "./publish.ts";
export { RENDER_TARGETS, type RenderedReport, type RenderTarget, renderReport } from "./render-report.ts";
export { computeTables, FIRST_COMPUTED_YEAR } from "./report-basis.ts";
export { type ReportStatusRow, reportStatus, reportTimeliness, type Timeliness } from "./report-status.ts";
export type { PublishedVersion } from "./report-store.ts";
export { PLACEHOLDER_MARK, type Prose } from "./suggest/index.ts";
export {
  detailOfVersion,
  getVersion,
  listVersions,
  summarizeVersion,
  type VersionDetail,
  type VersionSummary,
} from "./versions.ts";
