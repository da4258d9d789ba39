import type { Kysely } from "kysely";
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

/** An application opened by its number and code, with its agency's name and its ledger. */
export interface OpenedApplication {
  row: ApplicationRow;
  agencyName: string;
  ledger: LedgerEvent[];
}

/**
 * The application opened by number and code — in one query: the status page is the busiest public
 * read, and row, agency and events come back together (one line per event).
 * @throws AppError VALIDATION (malformed number or code), NOT_FOUND (WRONG_NUMBER_OR_CODE).
 */
export async function openWithCode(
  db: Kysely<Database>,
  credentials: PublicCredentials,
): Promise<OpenedApplication> {
  const number = normalizeApplicationNumber(String(credentials.number ?? ""), ["number"]);
  const code = normalizeQueryCode(String(credentials.code ?? ""), ["code"]);
  const lines = await db
    .selectFrom("applications")
    .innerJoin("agencies", "agencies.id", "applications.agency_id")
    .leftJoin("application_events", "application_events.application_id", "applications.id")
    .selectAll("applications")
    .select(["agencies.name as agency_name", "application_events.event as ledger_event"])
    .where("applications.number", "=", number)
    .orderBy("application_events.seq")
    .execute();
  const found = lines[0];
  const matches = queryCodeMatches(found?.id ?? "-", code, found?.query_code_hash ?? "0".repeat(64));
  if (!found || !matches) throw new AppError("NOT_FOUND", WRONG_NUMBER_OR_CODE);
  const { agency_name, ledger_event: _, ...row } = found;
  const events = lines.flatMap((l) => (l.ledger_event === null ? [] : [JSON.parse(l.ledger_event)]));
  return { row, agencyName: agency_name, ledger: parseLedger(events) };
}
