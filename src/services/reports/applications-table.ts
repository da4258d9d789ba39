import { CompiledQuery, type Kysely, sql } from "kysely";
import { dialectOf } from "../../db/dialect.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../domain/app-error.ts";
import { APPLICANT_TYPES, OUTCOME_INFO } from "../../domain/applications/index.ts";
import type { ReportFormat } from "../../domain/report/format/types.ts";

/**
 * Table 三 of one agency's report, computed in SQL: one GROUP BY over applicant type and "result"
 * (the outcome when the application was closed in the year, null when it is carried forward), with
 * the count of those received in the year beside the count of all. At most 6 × 22 groups come back,
 * whatever the number of applications; placing them into the format's rows is then a loop over
 * those groups. The counting rule is the one of `aggregateApplications` (docs/reports.md):
 * - counted at all: received by 31 December and not closed before 1 January;
 * - 一 new: received in the year; 二 carried over: received before it;
 * - a result row: closed in the year, by outcome; （七）总计 their sum;
 * - 四 carried forward: not closed by 31 December.
 * Applications without a legal receipt date (online submissions not yet confirmed) are not counted.
 */

/** One group of the query: applicant type × result. */
export interface ApplicationGroup {
  applicantType: string;
  /** The outcome when closed in the year; "" when closed without an outcome (bad data); null when still open at the year's end. */
  result: string | null;
  /** How many of the group were received in the year (the rest were carried over). */
  received: number;
  count: number;
}

const dateLiteral = (date: string) => sql.lit(date);

/**
 * The query, unexecuted (the benchmark times it against a hand-written GROUP BY). Dates are inlined
 * as literals: they come from an integer year, and the GROUP BY repeats the select's expression,
 * which PostgreSQL matches only when no parameter differs.
 */
export function applicationGroupsQuery(db: Kysely<Database>, agencyId: string, year: number) {
  const first = dateLiteral(`${year}-01-01`);
  const last = dateLiteral(`${year}-12-31`);
  const result = sql<string | null>`case when closed_on <= ${last} then coalesce(outcome, '') end`;
  return db
    .selectFrom("applications")
    .select([
      "applicant_type",
      result.as("result"),
      sql<number>`sum(case when received_on >= ${first} then 1 else 0 end)`.as("received"),
      sql<number>`count(*)`.as("count"),
    ])
    .where("agency_id", "=", agencyId)
    .where("received_on", "<=", sql<string>`${last}`)
    .where((eb) => eb.or([eb("closed_on", "is", null), eb("closed_on", ">=", sql<string>`${first}`)]))
    .groupBy(["applicant_type", result]);
}

/**
 * The query's SQL per engine and year, compiled once: building and compiling the query with Kysely
 * costs more than running it for a small agency, and only the agency (the one parameter) changes.
 */
const compiledSql = new Map<string, string>();

function groupsQueryFor(db: Kysely<Database>, agencyId: string, year: number): CompiledQuery<GroupRow> {
  const key = `${dialectOf(db)}:${year}`;
  let text = compiledSql.get(key);
  if (text === undefined) {
    text = applicationGroupsQuery(db, "", year).compile().sql;
    compiledSql.set(key, text);
  }
  return CompiledQuery.raw(text, [agencyId]) as CompiledQuery<GroupRow>;
}

interface GroupRow {
  applicant_type: string;
  result: string | null;
  received: number | string;
  count: number | string;
}

/** The groups of one agency and year (see {@link applicationGroupsQuery}). */
export async function applicationGroups(
  db: Kysely<Database>,
  agencyId: string,
  year: number,
): Promise<ApplicationGroup[]> {
  const { rows } = await db.executeQuery(groupsQueryFor(db, agencyId, year));
  return rows.map((r) => ({
    applicantType: r.applicant_type,
    result: r.result,
    received: Number(r.received),
    count: Number(r.count),
  }));
}

const outcomeRowCache = new WeakMap<ReportFormat, Map<string, number>>();

/** Row index of each outcome in the format: its own row, or its group's single row (2019 （六）). */
function outcomeRows(format: ReportFormat): Map<string, number> {
  const cached = outcomeRowCache.get(format);
  if (cached) return cached;
  const rows = format.applications.rows;
  const map = new Map<string, number>();
  for (const info of Object.values(OUTCOME_INFO)) {
    const own = rows.findIndex((r) => r.key === info.key);
    const row = own >= 0 ? own : rows.findIndex((r) => r.key === info.group);
    if (row >= 0) map.set(info.key, row);
  }
  outcomeRowCache.set(format, map);
  return map;
}

function rowIndex(format: ReportFormat, kind: "new" | "carriedOver" | "total" | "carriedForward"): number {
  const i = format.applications.rows.findIndex((r) => r.kind === kind);
  if (i < 0) throw new Error(`format ${format.version} has no ${kind} row in table 三`);
  return i;
}

/**
 * Places the groups into table 三 of `format`: rows in official order, 7 columns (the six applicant
 * types, then the total).
 * @throws AppError INTERNAL for an application closed without an outcome or with an unknown type or outcome.
 */
export function placeApplicationGroups(
  groups: readonly ApplicationGroup[],
  format: ReportFormat,
): number[][] {
  const table = format.applications.rows.map(() => Array<number>(7).fill(0));
  const [newRow, carriedOverRow, totalRow, forwardRow] = (
    ["new", "carriedOver", "total", "carriedForward"] as const
  ).map((kind) => rowIndex(format, kind)) as [number, number, number, number];
  const byOutcome = outcomeRows(format);
  const add = (row: number, column: number, n: number) => {
    const cells = table[row] as number[];
    cells[column] = (cells[column] ?? 0) + n;
    cells[6] = (cells[6] ?? 0) + n;
  };
  for (const group of groups) {
    const column = APPLICANT_TYPES.indexOf(group.applicantType as (typeof APPLICANT_TYPES)[number]);
    if (column < 0) throw badData(`申请人类型“${group.applicantType}”无法对应到表三的列`);
    add(newRow, column, group.received);
    add(carriedOverRow, column, group.count - group.received);
    if (group.result === null) {
      add(forwardRow, column, group.count);
      continue;
    }
    const row = byOutcome.get(group.result);
    if (row === undefined) {
      throw badData(
        group.result === ""
          ? `有 ${group.count} 件申请已办结但没有记录办理结果`
          : `办理结果“${group.result}”无法对应到表三的行`,
      );
    }
    add(row, column, group.count);
    add(totalRow, column, group.count);
  }
  return table;
}

function badData(what: string): AppError {
  return new AppError(
    "INTERNAL",
    `无法生成表三：${what}。这是申请记录的数据问题，请联系系统管理员核查这些申请的办理台账`,
  );
}

/** Table 三 of one agency and year in `format`, computed in SQL. */
export async function applicationsTable(
  db: Kysely<Database>,
  agencyId: string,
  year: number,
  format: ReportFormat,
): Promise<number[][]> {
  return placeApplicationGroups(await applicationGroups(db, agencyId, year), format);
}
