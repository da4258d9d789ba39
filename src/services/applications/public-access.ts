import type { CompiledQuery, Kysely } from "kysely";
import type { ApplicationRow, Database } from "../../db/schema.ts";
import { AppError } from "../../domain/app-error.ts";
import { type LedgerEvent, parseLedger } from "../../domain/applications/index.ts";
import { normalizeApplicationNumber } from "./application-number.ts";
import { normalizeQueryCode, queryCodeMatches } from "./query-code.ts";

/**
 * The applicant's way in: number and query code, nothing else. A wrong code and an unknown number
 * get the very same answer (and the same work: a hash either way), so the public pages never
 * confirm that a number exists. Malformed input — a number whose check digit fails — is a
 * VALIDATION error, which says nothing about any application either.
 */

export const WRONG_NUMBER_OR_CODE =
  "申请编号或查询码不正确，请核对后重试。查询码在提交申请时显示；如已遗失，请联系受理机关";

export interface PublicCredentials {
  number: string;
  code: string;
}

/** What the public pages read of an application: no personal data beyond the name they mask. */
export type PublicApplicationRow = Pick<
  ApplicationRow,
  "id" | "number" | "phase" | "applicant_name" | "arrived_on" | "version"
>;

/** An application opened by its number and code, with its agency's name and its ledger. */
export interface OpenedApplication {
  row: PublicApplicationRow;
  agencyName: string;
  ledger: LedgerEvent[];
}

type LookupLine = PublicApplicationRow & {
  query_code_hash: string;
  agency_name: string;
  ledger_event: string | null;
};

/**
 * The lookup by number, one line per ledger event. The status page is the busiest public read:
 * the query is built and compiled once per database handle (building costs more than running it),
 * and reads only the columns the public pages show.
 */
const lookups = new WeakMap<Kysely<Database>, CompiledQuery<LookupLine>>();

function lookupByNumber(db: Kysely<Database>): CompiledQuery<LookupLine> {
  let query = lookups.get(db);
  if (!query) {
    query = db
      .selectFrom("applications")
      .innerJoin("agencies", "agencies.id", "applications.agency_id")
      .leftJoin("application_events", "application_events.application_id", "applications.id")
      .select([
        "applications.id",
        "applications.number",
        "applications.phase",
        "applications.applicant_name",
        "applications.arrived_on",
        "applications.version",
        "applications.query_code_hash",
        "agencies.name as agency_name",
        "application_events.event as ledger_event",
      ])
      .where("applications.number", "=", "")
      .orderBy("application_events.seq")
      .compile();
    lookups.set(db, query);
  }
  return query;
}

/**
 * The application opened by number and code — in one query: row, agency and events come back
 * together (one line per event).
 * @throws AppError VALIDATION (malformed number or code), NOT_FOUND (WRONG_NUMBER_OR_CODE).
 */
export async function openWithCode(
  db: Kysely<Database>,
  credentials: PublicCredentials,
): Promise<OpenedApplication> {
  const number = normalizeApplicationNumber(String(credentials.number ?? ""), ["number"]);
  const code = normalizeQueryCode(String(credentials.code ?? ""), ["code"]);
  const query: CompiledQuery<LookupLine> = { ...lookupByNumber(db), parameters: [number] };
  const { rows: lines } = await db.executeQuery(query);
  const found = lines[0];
  const matches = queryCodeMatches(found?.id ?? "-", code, found?.query_code_hash ?? "0".repeat(64));
  if (!found || !matches) throw new AppError("NOT_FOUND", WRONG_NUMBER_OR_CODE);
  const { agency_name, ledger_event: _, query_code_hash: __, ...row } = found;
  const events = lines.flatMap((l) => (l.ledger_event === null ? [] : [JSON.parse(l.ledger_event)]));
  return { row, agencyName: agency_name, ledger: parseLedger(events) };
}
