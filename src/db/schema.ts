import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

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
}

export type AgencyRow = Selectable<AgenciesTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type CalendarYearRow = Selectable<CalendarYearsTable>;
export type NormativeDocumentRow = Selectable<NormativeDocumentsTable>;
export type RegisterCountRow = Selectable<RegisterCountsTable>;
export type FeeIncomeRow = Selectable<FeeIncomeTable>;
export type RemedyCaseRow = Selectable<RemedyCasesTable>;
