import { CompiledQuery, type Insertable, type Kysely, sql } from "kysely";
import { childPath } from "../../db/agency-tree.ts";
import { dialectOf } from "../../db/dialect.ts";
import type { AgenciesTable, AgencyLevel, ApplicationsTable, Database } from "../../db/schema.ts";
import type { ApplicantType, Outcome } from "../../domain/applications/index.ts";
import { fromDayNumber, isWeekend, toDayNumber } from "../../domain/calendar/day-number.ts";
import { applicationRow } from "./application-rows.ts";
import { insertRegisterRows } from "./province-registers.ts";
import { createRandom, type Random, weighted } from "./random.ts";

/**
 * A province of generated data for benchmarks and demos, written straight into the tables with
 * multi-row inserts: an agency tree (province, cities, counties, their departments and townships),
 * applications spread over two years with realistic mixes of applicant types and outcomes (some
 * still open), and the registers the reports count. Deterministic for a given seed.
 */

export interface ProvinceOptions {
  /** Agencies in the tree, the province included (default 5,000). */
  agencies?: number;
  /** Applications in all (default 1,000,000). */
  applications?: number;
  /** Receipts are spread over this year and the next (default 2024: receipts in 2024 and 2025). */
  firstYear?: number;
  /** The day the data is "taken": nothing closes after it; later handling stays open (default 10 Jan after the second year). */
  asOf?: string;
  seed?: number;
  /** Prefix of every generated id (default "gen"); several provinces can share a database. */
  prefix?: string;
  /** Called after each batch of inserted applications. */
  onProgress?: (done: number, total: number) => void;
}

export interface GeneratedAgency {
  id: string;
  level: AgencyLevel;
  /** Its share of the applications (weights sum to 1). */
  weight: number;
}

export interface Province {
  rootId: string;
  agencies: GeneratedAgency[];
  firstYear: number;
  asOf: string;
}

const LEVEL_WEIGHT: Record<AgencyLevel, number> = {
  province: 40,
  city: 20,
  county: 12,
  department: 3,
  township: 0.6,
};

/** Applicant types as they occur in published reports: mostly natural persons. */
const APPLICANTS: [ApplicantType, number][] = [
  ["naturalPerson", 85],
  ["commercial", 8],
  ["research", 0.5],
  ["publicInterest", 0.5],
  ["legalService", 3],
  ["otherOrganisation", 3],
];

/** Outcomes in roughly the proportions of provincial totals. */
const OUTCOMES: [Outcome, number][] = [
  ["disclosed", 35],
  ["partiallyDisclosed", 8],
  ["refusedStateSecret", 0.3],
  ["refusedProhibitedByLaw", 0.7],
  ["refusedThreeSecurities", 0.3],
  ["refusedThirdParty", 1.2],
  ["refusedInternalAffairs", 1],
  ["refusedProcessInfo", 1.5],
  ["refusedEnforcementFiles", 0.5],
  ["refusedInquiry", 0.5],
  ["unableNotHeld", 25],
  ["unableNeedsCreation", 3],
  ["unableStillUnclear", 2],
  ["notProcessedPetition", 3],
  ["notProcessedRepeat", 2.5],
  ["notProcessedPublication", 0.5],
  ["notProcessedMassRepeat", 1.5],
  ["notProcessedConfirm", 0.5],
  ["otherNoCorrection", 5],
  ["otherFeeUnpaid", 0.5],
  ["otherOther", 7.5],
];

const BATCH = 1000;

const insertSql = new Map<string, string>();

/**
 * A multi-row INSERT with its SQL text built once per engine, table and row count: Kysely's
 * compilation of a thousand-row statement would cost more than the database's work.
 */
async function bulkInsert<T extends object>(db: Kysely<Database>, table: string, rows: T[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const postgres = dialectOf(db) === "postgres";
  const key = `${postgres}:${table}:${rows.length}:${columns.join(",")}`;
  let text = insertSql.get(key);
  if (text === undefined) {
    let n = 0;
    const tuple = () => `(${columns.map(() => (postgres ? `$${++n}` : "?")).join(",")})`;
    text = `insert into ${table} (${columns.join(",")}) values ${rows.map(tuple).join(",")}`;
    insertSql.set(key, text);
  }
  const values: unknown[] = [];
  for (const row of rows) for (const c of columns) values.push((row as Record<string, unknown>)[c] ?? null);
  await db.executeQuery(CompiledQuery.raw(text, values));
}

/** The tree: the province, ~1 city per 360 agencies, ~1 county per 45, the rest departments and townships. */
function planAgencies(total: number, prefix: string, random: Random) {
  const rows: { id: string; parent: string | null; level: AgencyLevel }[] = [];
  let n = 0;
  const add = (parent: string | null, level: AgencyLevel) => {
    const id = `${prefix}-${n++}`;
    rows.push({ id, parent, level });
    return id;
  };
  const root = add(null, "province");
  const cities = Array.from({ length: Math.max(1, Math.round(total / 360)) }, () => add(root, "city"));
  const counties = Array.from({ length: Math.max(1, Math.round(total / 45)) }, (_, i) =>
    add(cities[i % cities.length] as string, "county"),
  );
  for (let i = 0; rows.length < total; i++) {
    if (i % 100 === 0) add(root, "department");
    else if (i % 10 === 0) add(cities[i % cities.length] as string, "department");
    else add(counties[i % counties.length] as string, i % 2 === 0 ? "department" : "township");
  }
  const weights = rows.map((r) => LEVEL_WEIGHT[r.level] * Math.exp(random.normal() * 0.8));
  const sum = weights.reduce((a, b) => a + b, 0);
  return rows.slice(0, total).map((r, i) => ({ ...r, weight: (weights[i] ?? 0) / sum }));
}

/** An agency row with only its place in the tree and its name (generated data, benchmarks). */
export function bareAgencyRow(
  place: { id: string; parentId: string | null; path: string; level: AgencyLevel },
  name: string,
  createdAt: string,
): Insertable<AgenciesTable> {
  return {
    id: place.id,
    parent_id: place.parentId,
    path: place.path,
    name,
    short_name: null,
    level: place.level,
    region_code: null,
    address: null,
    postal_code: null,
    phone: null,
    reconsideration_body: null,
    court: null,
    created_at: createdAt,
  };
}

async function insertAgencies(db: Kysely<Database>, plan: ReturnType<typeof planAgencies>, at: string) {
  const paths = new Map<string, string>();
  const rows: Insertable<AgenciesTable>[] = plan.map((a) => {
    const path = childPath(a.parent === null ? null : (paths.get(a.parent) as string), a.id);
    paths.set(a.id, path);
    const kind = {
      province: "省人民政府",
      city: "市人民政府",
      county: "县人民政府",
      township: "镇人民政府",
      department: "局",
    };
    return bareAgencyRow(
      { id: a.id, parentId: a.parent, path, level: a.level },
      `生成${a.id.replace(/\D+/g, "")}号${kind[a.level]}`,
      at,
    );
  });
  for (let i = 0; i < rows.length; i += BATCH) {
    await db
      .insertInto("agencies")
      .values(rows.slice(i, i + BATCH))
      .execute();
  }
}

/** One application: who, when received, how long the handling took, how it ended. */
function application(
  random: Random,
  i: number,
  prefix: string,
  agencyId: string,
  span: { first: number; days: number; asOf: number },
): Insertable<ApplicationsTable> {
  let received = span.first + random.int(span.days);
  while (isWeekend(received)) received += 1;
  const r = random.next();
  // Handling in calendar days: most within the 20 working days, some extended, some late.
  const handling =
    r < 0.7 ? 3 + random.int(26) : r < 0.9 ? 28 + random.int(14) : r < 0.97 ? 42 + random.int(30) : 400;
  const closed = received + handling;
  const outcome = weighted(random, OUTCOMES);
  const open = closed > span.asOf;
  const unconfirmed = received > span.asOf - 3 && random.next() < 0.3;
  return applicationRow(
    {
      id: `${prefix}-a${i}`,
      agencyId,
      applicantType: weighted(random, APPLICANTS),
      receivedOn: unconfirmed ? null : fromDayNumber(Math.min(received, span.asOf)),
      closedOn: open || unconfirmed ? null : fromDayNumber(closed),
      outcome: unconfirmed ? null : open ? (random.next() < 0.2 ? outcome : null) : outcome,
      replyDueOn: unconfirmed ? null : fromDayNumber(received + 28),
    },
    i,
  );
}

/**
 * Generates a province into `db` (migrated, with no rows of that prefix yet): agencies, registers,
 * then applications in batches — each batch its own transaction — and finally refreshes the
 * planner's statistics so that queries are timed as in production.
 */
export async function generateProvince(
  db: Kysely<Database>,
  options: ProvinceOptions = {},
): Promise<Province> {
  const total = options.agencies ?? 5_000;
  const count = options.applications ?? 1_000_000;
  const firstYear = options.firstYear ?? 2024;
  const prefix = options.prefix ?? "gen";
  const asOf = options.asOf ?? `${firstYear + 2}-01-10`;
  const random = createRandom(options.seed ?? 20_250_101);
  const plan = planAgencies(total, prefix, random);
  const at = `${asOf}T00:00:00.000Z`;
  await insertAgencies(db, plan, at);
  await insertRegisterRows(db, plan, [firstYear, firstYear + 1], random, at);

  const cumulative: number[] = [];
  let acc = 0;
  for (const a of plan) {
    acc += a.weight;
    cumulative.push(acc);
  }
  const pick = (u: number) => {
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 1) < u) lo = mid + 1;
      else hi = mid;
    }
    return plan[lo]?.id as string;
  };
  const first = toDayNumber(`${firstYear}-01-01`);
  const span = { first, days: toDayNumber(`${firstYear + 2}-01-01`) - first, asOf: toDayNumber(asOf) };
  for (let done = 0; done < count; ) {
    const size = Math.min(BATCH * 20, count - done);
    await db.transaction().execute(async (tx) => {
      for (let i = 0; i < size; i += BATCH) {
        const rows: Insertable<ApplicationsTable>[] = [];
        for (let k = done + i; k < done + Math.min(i + BATCH, size); k++) {
          rows.push(application(random, k, prefix, pick(random.next()), span));
        }
        await bulkInsert(tx, "applications", rows);
      }
    });
    done += size;
    options.onProgress?.(done, count);
  }
  // PostgreSQL also needs its visibility map set for index-only scans: a bulk load leaves it empty.
  if (dialectOf(db) === "postgres") {
    await sql`vacuum analyze applications, agencies, normative_documents, register_counts, fee_income, remedy_cases`.execute(
      db,
    );
  } else await sql`analyze`.execute(db);
  return {
    rootId: plan[0]?.id as string,
    agencies: plan.map((a) => ({ id: a.id, level: a.level, weight: a.weight })),
    firstYear,
    asOf,
  };
}
