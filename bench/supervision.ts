/**
 * The supervisor's view over a province: 5,000 agencies and 1,000,000 applications made by the
 * province generator. Times the overview table (every agency of the subtree with its figures) and
 * the chart data, through the real services, for the whole province, a city and a county, against
 * a baseline measured in the same run: one hand-written `SELECT agency_id, count(*) … GROUP BY
 * agency_id` over the same subtree — the least any per-agency figure of the subtree can cost.
 * SQLite always, PostgreSQL when reachable (the test database). Prints median and p95 in ms and the
 * ratio of medians to the baseline.
 * Run: npx tsx bench/supervision.ts [applications] [agencies]   (default 1000000 5000)
 */
import { sql } from "kysely";
import { subtreeAgencyIds } from "../src/db/agency-tree.ts";
import type { DialectName } from "../src/db/dialect.ts";
import type { Actor } from "../src/services/actor.ts";
import { supervisionCharts, supervisionOverview } from "../src/services/supervision/index.ts";
import { generateProvince } from "../src/services/testing/province-generator.ts";
import { availableDialects, openTestDatabase, type TestDb } from "../src/test-support/dialects.ts";

const APPLICATIONS = Number(process.argv[2] ?? 1_000_000);
const AGENCIES = Number(process.argv[3] ?? 5_000);
const RUNS = 7;
const AS_OF = "2026-01-10";

const supervisorOf = (agencyId: string): Actor => ({
  kind: "user",
  userId: "bench",
  agencyId,
  roles: ["supervisor"],
});

async function time(label: string, run: () => Promise<unknown>) {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { label, median: ms[Math.floor(RUNS / 2)] ?? 0, p95: ms[RUNS - 1] ?? 0 };
}

/** A subtree's root and how many agencies it holds. */
async function pick(db: TestDb, level: "province" | "city" | "county") {
  const row = await db.db
    .selectFrom("agencies")
    .select(["id", "path"])
    .where("level", "=", level)
    .orderBy("path")
    .executeTakeFirstOrThrow();
  const size = await subtreeAgencyIds(db.db, row.path)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return { ...row, agencies: Number(size.n) };
}

async function benchDialect(dialect: DialectName): Promise<void> {
  const db = await openTestDatabase(dialect);
  try {
    const t0 = performance.now();
    await generateProvince(db.db, { agencies: AGENCIES, applications: APPLICATIONS, asOf: AS_OF });
    console.log(
      `\n${dialect}: ${APPLICATIONS.toLocaleString()} applications in ${AGENCIES.toLocaleString()} agencies, generated in ${((performance.now() - t0) / 1000).toFixed(0)} s; seen on ${AS_OF}, year 2025`,
    );
    const ctx = { db: db.db, clock: () => new Date(`${AS_OF}T02:00:00.000Z`) };
    for (const level of ["province", "city", "county"] as const) {
      const root = await pick(db, level);
      const actor = supervisorOf(root.id);
      const baseline = await time("one GROUP BY agency_id over the subtree (baseline)", () =>
        db.db
          .selectFrom("applications")
          .select(["agency_id", sql<number>`count(*)`.as("n")])
          .where("agency_id", "in", subtreeAgencyIds(db.db, root.path))
          .groupBy("agency_id")
          .execute(),
      );
      const overview = await time("overview (table of every agency)", () =>
        supervisionOverview(ctx, actor, { year: 2025 }),
      );
      const charts = await time("charts (monthly, outcomes, trend, year on year)", () =>
        supervisionCharts(ctx, actor, { year: 2025 }),
      );
      console.log(`  ${level}: subtree of ${root.agencies.toLocaleString()} agencies`);
      for (const r of [baseline, overview, charts]) {
        console.log(
          `    ${r.label.padEnd(52)} median ${r.median.toFixed(1).padStart(8)} ms  p95 ${r.p95.toFixed(1).padStart(8)} ms  ×${(r.median / baseline.median).toFixed(1)} of baseline`,
        );
      }
    }
  } finally {
    await db.close();
  }
}

for (const dialect of availableDialects) await benchDialect(dialect);
