/**
 * The staff application list over 1,000,000 applications in 5,000 agencies: the first page sorted
 * by due date, through the real service (access check, count, page, masking), against a hand-written
 * `SELECT … WHERE agency_id = ? ORDER BY due_sort, id LIMIT 20` on the same table in the same run.
 * Also a supervisor's open list over a county's subtree (25 agencies) and over the whole province.
 * SQLite always, PostgreSQL when reachable (the test database). Prints median and p95 in ms and the
 * ratio of medians to the baseline.
 * Run: npx tsx bench/applications-list.ts [rows]   (default 1000000)
 */
import { sql } from "kysely";
import { childPath } from "../src/db/agency-tree.ts";
import type { DialectName } from "../src/db/dialect.ts";
import type { Database } from "../src/db/schema.ts";
import type { Actor } from "../src/services/actor.ts";
import { listApplications } from "../src/services/applications/index.ts";
import { bareAgencyRow } from "../src/services/testing/province-generator.ts";
import { availableDialects, openTestDatabase, type TestDb } from "../src/test-support/dialects.ts";

const ROWS = Number(process.argv[2] ?? 1_000_000);
const LEAVES = 5_000;
const RUNS = 200;
const AT = "2026-06-01T00:00:00.000Z";

async function seedAgencies(db: TestDb): Promise<void> {
  const rows: Database["agencies"][] = [];
  const add = (id: string, parent: Database["agencies"] | null, level: Database["agencies"]["level"]) => {
    const path = childPath(parent?.path ?? null, id);
    const row = bareAgencyRow(
      { id, parentId: parent?.id ?? null, path, level },
      id,
      AT,
    ) as Database["agencies"];
    rows.push(row);
    return row;
  };
  const province = add("p", null, "province");
  for (let c = 0; c < 20; c++) {
    const city = add(`p.c${c}`, province, "city");
    for (let k = 0; k < 10; k++) {
      const county = add(`${city.id}.k${k}`, city, "county");
      for (let d = 0; d < 25; d++) add(`${county.id}.d${d}`, county, "department");
    }
  }
  await db.db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += 500)
      await tx
        .insertInto("agencies")
        .values(rows.slice(i, i + 500))
        .execute();
  });
}

/** One statement generating every row in the database: leaf n % 5000, 90% closed, one open in ten. */
async function seedApplications(db: TestDb): Promise<void> {
  const postgres = db.dialect === "postgres";
  const day = (offset: string) =>
    postgres
      ? `(date '2025-01-01' + (${offset})::int)::text`
      : `date('2025-01-01', '+' || (${offset}) || ' days')`;
  const received = "(n * 7919) % 700";
  const leaf = `'p.c' || (n % ${LEAVES} / 250) || '.k' || (n % 250 / 25) || '.d' || (n % 25)`;
  const open = "n % 10 = 0";
  const series = postgres
    ? `select n::bigint as n from generate_series(0, ${ROWS - 1}) as g(n)`
    : `with recursive s(n) as (select 0 union all select n + 1 from s where n < ${ROWS - 1}) select n from s`;
  const statement = `insert into applications (id, agency_id, number, query_code_hash, applicant_type,
      applicant_name, phone, channel, arrived_on, received_on, description, requested_form, delivery, phase,
      reply_due_on, due_provisional, due_sort, closed_on, outcome, created_at, updated_at, version)
    select 'b' || n, ${leaf}, 'N' || n, 'x', 'naturalPerson', '张三丰', '13812345678', 'inPerson',
      ${day(received)}, ${day(received)}, '关于道路维修的文件', 'paper', 'post',
      case when ${open} then 'processing' else 'replied' end,
      ${day(`${received} + 28`)}, 0, ${day(`${received} + 28`)},
      case when ${open} then null else ${day(`${received} + 15`)} end,
      case when ${open} then null else 'disclosed' end, '${AT}', '${AT}', 2
    from (${series}) as t`;
  await db.db.transaction().execute(async (tx) => {
    await sql.raw(statement).execute(tx);
  });
  await sql.raw("analyze").execute(db.db);
}

const clerkOf = (agencyId: string): Actor => ({ kind: "user", userId: "bench", agencyId, roles: ["clerk"] });
const supervisorOf = (agencyId: string): Actor => ({
  kind: "user",
  userId: "bench",
  agencyId,
  roles: ["supervisor"],
});
const leafId = (i: number) => `p.c${Math.floor(i / 250)}.k${Math.floor((i % 250) / 25)}.d${i % 25}`;

async function time(label: string, run: (i: number) => Promise<unknown>, runs = RUNS) {
  for (let i = 0; i < 10; i++) await run(i);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run(i * 7_919);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { label, median: ms[Math.floor(runs / 2)] ?? 0, p95: ms[Math.floor(runs * 0.95)] ?? 0 };
}

async function benchDialect(dialect: DialectName): Promise<void> {
  const db = await openTestDatabase(dialect);
  try {
    const t0 = performance.now();
    await seedAgencies(db);
    await seedApplications(db);
    console.log(
      `\n${dialect}: ${ROWS.toLocaleString()} applications in ${LEAVES} agencies, seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const ctx = { db: db.db, clock: () => new Date(AT) };
    const baseline = await time("hand-written first page (baseline)", (i) =>
      sql`select * from applications where agency_id = ${leafId(i % LEAVES)} order by due_sort, id limit 20`.execute(
        db.db,
      ),
    );
    const results = [
      baseline,
      await time("staff list, first page by due date", (i) =>
        listApplications(ctx, clerkOf(leafId(i % LEAVES))),
      ),
      await time("staff list, open only", (i) =>
        listApplications(ctx, clerkOf(leafId(i % LEAVES)), { open: true }),
      ),
      await time("supervisor, a county's open list (25 agencies)", (i) => {
        const county = `p.c${i % 20}.k${i % 10}`;
        return listApplications(ctx, supervisorOf(`p.c${i % 20}`), {
          agencyId: county,
          subtree: true,
          open: true,
        });
      }),
      await time(
        "supervisor, the province's open list (one in ten open)",
        () => listApplications(ctx, supervisorOf("p"), { agencyId: "p", subtree: true, open: true }),
        20,
      ),
    ];
    for (const r of results) {
      const ratio = r.median / baseline.median;
      console.log(
        `  ${r.label.padEnd(54)} median ${r.median.toFixed(2).padStart(7)} ms  p95 ${r.p95.toFixed(2).padStart(7)} ms  ×${ratio.toFixed(1)} of baseline`,
      );
    }
  } finally {
    await db.close();
  }
}

for (const dialect of availableDialects) await benchDialect(dialect);
