import type { ColumnType, Generated, Selectable } from "kysely";

/**
 * The database as Kysely sees it: one interface per table, columns in snake_case exactly as stored.
 * Portable column conventions (DESIGN.md), identical on SQLite and PostgreSQL:
 * - ids are text (random UUIDs unless a caller chooses a readable one, e.g. an agency code);
 * - dates are `YYYY-MM-DD` text, instants ISO-8601 UTC text (`2026-01-31T08:00:00.000Z`);
 * - money is integer fen (bigint on PostgreSQL, read back as a JS number);
 * - booleans are integers 0/1 (SQLite has no boolean type);
 * - JSON is text, written with JSON.stringify and parsed by the service that owns the column.
 * Services map rows to camelCase objects at their boundary; nothing outside `src/db` and
 * `src/services` should see these row types.
 */

export type AgencyLevel = "province" | "city" | "county" | "township" | "department";

export interface AgenciesTable {
  id: string;
  parent_id: string | null;
  /** Materialised path of ids from the root, `/root/child/self/`: subtree = one indexed range scan. */
  path: string;
  name: string;
  short_name: string | null;
  level: AgencyLevel;
  /** 行政区划代码, six digits, when the agency is a government of a region. */
  region_code: string | null;
  address: string | null;
  postal_code: string | null;
  phone: string | null;
  /** The body that hears reconsideration of this agency's decisions, named in reply letters. */
  reconsideration_body: string | null;
  /** The people's court with jurisdiction over suits against this agency, named in reply letters. */
  court: string | null;
  created_at: string;
}

export interface UsersTable {
  id: string;
  agency_id: string;
  /** Lower-cased at write; unique. */
  username: string;
  display_name: string;
  /** JSON array of roles, e.g. `["clerk","reviewer"]`. */
  roles: string;
  /** PHC string of argon2id. */
  password_hash: string;
  disabled: ColumnType<number, number | undefined, number>;
  created_at: string;
  password_changed_at: string;
}

export interface SessionsTable {
  /** sha256 (hex) of the token the browser holds: a stolen database yields no usable cookie. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface AuditLogTable {
  /** Increasing integer (the one non-text id): the order in which entries were written. */
  id: Generated<number>;
  at: string;
  user_id: string | null;
  agency_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  /** JSON of the entity before the change (null on create). */
  before: string | null;
  /** JSON of the entity after the change (null on delete). */
  after: string | null;
}

export interface CalendarYearsTable {
  year: number;
  source: string;
  /** JSON array of `{date, name}`. */
  rest_days: string;
  /** JSON array of `{date, name}`. */
  work_days: string;
  loaded_at: string;
  loaded_by: string | null;
}

export type NormativeDocumentKind = "regulation" | "normative_document";

export interface NormativeDocumentsTable {
  id: string;
  agency_id: string;
  kind: NormativeDocumentKind;
  title: string;
  doc_number: string | null;
  issued_on: string;
  abolished_on: string | null;
  url: string | null;
  full_text: string | null;
  created_at: string;
  updated_at: string;
}

export type RegisterCountKind = "permit" | "penalty" | "enforcement";

export interface RegisterCountsTable {
  agency_id: string;
  year: number;
  kind: RegisterCountKind;
  count: number;
  updated_at: string;
}

export interface FeeIncomeTable {
  agency_id: string;
  year: number;
  amount_fen: number;
  updated_at: string;
}

export type RemedyCaseKind = "reconsideration" | "direct_suit" | "suit_after_reconsideration";
export type RemedyCaseResult = "upheld" | "corrected" | "other" | "pending";

export interface RemedyCasesTable {
  id: string;
  agency_id: string;
  kind: RemedyCaseKind;
  case_number: string;
  /** The application the case is about, when it is one of ours (no foreign key until that table exists). */
  application_id: string | null;
  filed_on: string;
  result: RemedyCaseResult;
  /** The day the decision or judgment was made; null exactly when result is pending. */
  result_on: string | null;
  created_at: string;
  updated_at: string;
}

export type ApplicationPhaseValue =
  | "submitted"
  | "processing"
  | "awaitingCorrection"
  | "decided"
  | "replied"
  | "withdrawn"
  | "abandoned"
  | "archived";

/**
 * One application for disclosure (migration 0005). Personal data (name, identity document, contact)
 * leaves `src/services/applications` in full only towards the handling agency's staff.
 */
export interface ApplicationsTable {
  id: string;
  agency_id: string;
  /**
   * The agency's materialised path, filled by the database on insert (a trigger of migration 0007):
   * a supervisor's subtree is a range on it. Agencies never move, so it never goes stale.
   */
  agency_path: Generated<string>;
  /** Platform-wide unique, `YYYY-NNNN-NNNN-C` (C a Luhn check digit): read out on the phone. */
  number: string;
  /** sha256 (hex) of the application id and the query code: the code itself is shown once. */
  query_code_hash: string;
  applicant_type: string;
  /** The natural person's name, or the organisation's name. */
  applicant_name: string;
  id_type: string | null;
  id_number: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  postal_code: string | null;
  /** 统一社会信用代码 (organisations only). */
  org_credit_code: string | null;
  org_legal_representative: string | null;
  org_contact_person: string | null;
  channel: string;
  /** The day the application arrived or was submitted. */
  arrived_on: string;
  /** The legal receipt date (条例 第31条); null while an online submission awaits confirmation. */
  received_on: string | null;
  description: string;
  purpose: string | null;
  requested_form: string;
  delivery: string;
  /** The applicant's corrected text (第30条 allows one correction). */
  correction_text: string | null;
  /** Derived from the ledger on every change: a cache for lists, never the truth. */
  phase: ApplicationPhaseValue;
  reply_due_on: string | null;
  due_provisional: ColumnType<number, number | undefined, number>;
  /** reply_due_on, or `9999-12-31` when there is none: sorts last on both engines, and is indexed. */
  due_sort: string;
  closed_on: string | null;
  outcome: string | null;
  created_at: string;
  updated_at: string;
  /** Optimistic concurrency: every step names the version it saw and increments it. */
  version: number;
}

/** The append-only ledger of an application, one domain event (JSON) per row. */
export interface ApplicationEventsTable {
  application_id: string;
  seq: number;
  type: string;
  event: string;
  recorded_at: string;
  recorded_by: string | null;
  source: "staff" | "applicant" | "system";
}

export interface AttachmentsTable {
  id: string;
  application_id: string;
  agency_id: string;
  source: "applicant" | "staff";
  filename: string;
  /** The type recognised from the bytes: pdf, jpg, png, ofd, doc, docx, txt. */
  kind: string;
  media_type: string;
  size: number;
  sha256: string;
  note: string | null;
  uploaded_at: string;
  uploaded_by: string | null;
}

export interface AttachmentBlobsTable {
  attachment_id: string;
  bytes: Uint8Array;
}

/**
 * The working draft of one agency's annual report for one year (migration 0006): the prose as staff
 * wrote it. Tables are never stored here — they are computed from the records whenever the draft is read.
 */
export interface AnnualReportsTable {
  id: string;
  agency_id: string;
  year: number;
  format: "2021" | "2019";
  preamble: string;
  /** JSON object, section key → prose. */
  sections: string;
  /** JSON object `{preamble, sections}`: the generated suggestions at the last write of the draft. */
  suggestions: string;
  /** Optimistic concurrency: every edit names the version it saw and increments it. */
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** A published version of an annual report, frozen (append-only): prose, tables and findings as published. */
export interface AnnualReportVersionsTable {
  report_id: string;
  /** 1 for the first publication, then 2, 3, … for each republication. */
  version: number;
  agency_id: string;
  year: number;
  /** JSON ReportModel. */
  report: string;
  /** JSON Finding[] at publication. */
  findings: string;
  error_count: number;
  warning_count: number;
  /** JSON array of the error rule ids acknowledged by the publisher. */
  acknowledged_errors: string;
  /** Why the report was republished; required from version 2 on. */
  revision_note: string | null;
  /** The draft version that was frozen. */
  draft_version: number;
  publish_date: string;
  /** The last allowed publish day for the agency's level, when it was published. */
  deadline: string;
  published_at: string;
  published_by: string | null;
  publisher_name: string;
}

/** An agency's letter settings (migration 0011): number patterns per series, fee payment, signer. */
export interface LetterSettingsTable {
  agency_id: string;
  /** JSON object, series → pattern with `{year}` and `{n}` (see src/domain/letters/document-number.ts). */
  number_patterns: string;
  /** How the information processing fee is paid, as the fee notice prints it. */
  payment_method: string | null;
  /** Who signs the letters (发文机关署名) when not the agency's own name. */
  signer: string | null;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

/** One version of an agency's wording of a letter kind (append-only; the highest version is in force). */
export interface LetterTemplatesTable {
  agency_id: string;
  kind: string;
  version: number;
  title: string;
  body: string;
  note: string | null;
  created_at: string;
  created_by: string | null;
}

/** The last document number given in one agency's series for one year: gapless by construction. */
export interface LetterCountersTable {
  agency_id: string;
  series: string;
  year: number;
  last_number: number;
}

/** An issued letter, exactly as sent (append-only). */
export interface LettersTable {
  id: string;
  agency_id: string;
  application_id: string;
  kind: string;
  series: string;
  year: number;
  number: number;
  document_number: string;
  /** The ledger step it writes up, and the consultation's ref ('' when none). */
  step_seq: number;
  step_ref: string;
  audience: "applicant" | "thirdParty" | "agency";
  addressee: string;
  letter_date: string;
  /** The agency's template version used; 0 for the default wording. */
  template_version: number;
  /** JSON LetterContent: what was printed. */
  content: string;
  /** JSON of the variables' values used. */
  letter_values: string;
  /** The HTML fragment of the letter (the status page shows it). */
  html: string;
  docx_sha256: string;
  docx_size: number;
  issued_at: string;
  issued_by: string | null;
}

export interface LetterFilesTable {
  letter_id: string;
  docx: Uint8Array;
}

export interface LetterDeliveriesTable {
  letter_id: string;
  application_id: string;
  agency_id: string;
  method: "post" | "email" | "inPerson" | "online";
  delivered_on: string;
  note: string | null;
  /** The ledger event (noticeDelivered) the delivery appended, or null. */
  event_seq: number | null;
  recorded_at: string;
  recorded_by: string | null;
}

export interface Database {
  agencies: AgenciesTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  calendar_years: CalendarYearsTable;
  normative_documents: NormativeDocumentsTable;
  register_counts: RegisterCountsTable;
  fee_income: FeeIncomeTable;
  remedy_cases: RemedyCasesTable;
  applications: ApplicationsTable;
  application_events: ApplicationEventsTable;
  attachments: AttachmentsTable;
  attachment_blobs: AttachmentBlobsTable;
  annual_reports: AnnualReportsTable;
  annual_report_versions: AnnualReportVersionsTable;
  letter_settings: LetterSettingsTable;
  letter_templates: LetterTemplatesTable;
  letter_counters: LetterCountersTable;
  letters: LettersTable;
  letter_files: LetterFilesTable;
  letter_deliveries: LetterDeliveriesTable;
}

export type AgencyRow = Selectable<AgenciesTable>;
export type UserRow = Selectable<UsersTable>;
export type CalendarYearRow = Selectable<CalendarYearsTable>;
export type NormativeDocumentRow = Selectable<NormativeDocumentsTable>;
export type RemedyCaseRow = Selectable<RemedyCasesTable>;
export type ApplicationRow = Selectable<ApplicationsTable>;
export type ApplicationEventRow = Selectable<ApplicationEventsTable>;
export type AttachmentRow = Selectable<AttachmentsTable>;
export type AnnualReportRow = Selectable<AnnualReportsTable>;
export type AnnualReportVersionRow = Selectable<AnnualReportVersionsTable>;
export type LetterRow = Selectable<LettersTable>;
export type LetterDeliveryRow = Selectable<LetterDeliveriesTable>;
