/**
 * Table 三 of the annual report computed in SQL, on a generated province of 1,000,000 applications
 * over 5,000 agencies (src/services/testing/province-generator.ts): one agency's table 三 through
 * the report service's query and placement, against one hand-written
 * `SELECT applicant_type, outcome, count(*) … WHERE agency_id = ? GROUP BY applicant_type, outcome`
 * over the same table in the same run (interleaved, same agencies, same driver), as a ratio of
 * totals — the target is at most 2×. Then all 5,000 agencies' table 三, and all 5,000 complete
 * reports (tables 二–四, reply and fee facts, prose suggestions, validation) as totals.
 * SQLite always (a temporary file); PostgreSQL when DATABASE_URL is a postgres:// URL (a fresh schema,
 * dropped afterwards).
 * Run: npx tsx bench/report-table3.ts [applications] [agencies]   (default 1000000 5000)
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Kysely, sql } from "kysely";
import pg from "pg";
import { type Db, openDatabase } from "../src/db/connect.ts";
import { isPostgresUrl } from "../src/db/dialect.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import type { Database } from "../src/db/schema.ts";
import { FORMATS } from "../src/domain/report/format/index.ts";
import { applicationsTable } from "../src/services/reports/applications-table.ts";
import { loadBasis, reportOf, validateAgainstBasis } from "../src/services/reports/report-basis.ts";
import { generateProvince, type Province } from "../src/services/testing/province-generator.ts";

const APPLICATIONS = Number(process.argv[2] ?? 1_000_000);
const AGENCIES = Number(process.argv[3] ?? 5_000);
const YEAR = 2025;
/** Agencies timed one by one (both queries each), in rounds that alternate which query goes first. */
const SAMPLE = 1_000;
const ROUNDS = 5;
const format = FORMATS["2021"];

const ms = (ns: bigint) => Number(ns) / 1e6;
const fmt = (n: number, digits = 2) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

function handWritten(db: Kysely<Database>, agencyId: string) {
  return sql`select applicant_type, outcome, count(*) as n from applications
    where agency_id = ${agencyId} group by applicant_type, outcome`.execute(db);
}

async function time(work: () => Promise<unknown>): Promise<bigint> {
  const start = process.hrtime.bigint();
  await work();
  return process.hrtime.bigint() - start;
}

/** Total time of each query over the same agencies, interleaved so that caches and load favour neither. */
async function compare(db: Kysely<Database>, agencies: string[]) {
  let ours = 0n;
  let baseline = 0n;
  for (let round = 0; round < ROUNDS; round++) {
    for (const id of agencies) {
      const a = () => applicationsTable(db, id, YEAR, format);
      const b = () => handWritten(db, id);
      if (round % 2 === 0) {
        ours += await time(a);
        baseline += await time(b);
      } else {
        baseline += await time(b);
        ours += await time(a);
      }
    }
  }
  const runs = ROUNDS * agencies.length;
  return { ours: ms(ours) / runs, baseline: ms(baseline) / runs, ratio: Number(ours) / Number(baseline) };
}

async function run(label: string, opened: Db): Promise<void> {
  const { db } = opened;
  await migrateToLatest(db);
  let shown = 0;
  const started = process.hrtime.bigint();
  const province: Province = await generateProvince(db, {
    agencies: AGENCIES,
    applications: APPLICATIONS,
    onProgress: (done, total) => {
      if (done - shown >= total / 10 || done === total) {
        process.stderr.write(`  ${label}: ${fmt(done, 0)} / ${fmt(total, 0)} applications written\r`);
        shown = done;
      }
    },
  });
  const generated = ms(process.hrtime.bigint() - started) / 1000;
  process.stderr.write("\n");
  const counts = await sql<{ agency_id: string; n: number }>`select agency_id, count(*) as n from applications
    group by agency_id`.execute(db);
  const size = new Map(counts.rows.map((r) => [r.agency_id, Number(r.n)]));
  const ids = province.agencies.map((a) => a.id);
  const bySize = [...ids].sort((a, b) => (size.get(a) ?? 0) - (size.get(b) ?? 0));
  const median = bySize[Math.floor(bySize.length / 2)] as string;
  const busiest = bySize[bySize.length - 1] as string;
  const sample = Array.from(
    { length: Math.min(SAMPLE, ids.length) },
    (_, i) => ids[Math.floor((i * ids.length) / SAMPLE)] as string,
  );

  for (const id of sample.slice(0, 50)) await applicationsTable(db, id, YEAR, format); // warm-up
  const spread = await compare(db, sample);
  const typical = await compare(db, Array(200).fill(median));
  const big = await compare(db, Array(50).fill(busiest));

  let t3 = 0n;
  for (const id of ids) t3 += await time(() => applicationsTable(db, id, YEAR, format));
  let full = 0n;
  let errors = 0;
  for (const id of ids) {
    full += await time(async () => {
      const basis = await loadBasis(db, id, YEAR);
      errors += validateAgainstBasis(basis, reportOf(basis, basis.suggestions)).filter(
        (f) => f.severity === "error",
      ).length;
    });
  }

  console.log(
    `\n${label} — ${fmt(APPLICATIONS, 0)} applications, ${fmt(ids.length, 0)} agencies (generated in ${fmt(generated, 1)} s)`,
  );
  const line = (what: string, r: { ours: number; baseline: number; ratio: number }) =>
    console.log(
      `  ${what}: table 三 ${fmt(r.ours, 3)} ms vs hand-written GROUP BY ${fmt(r.baseline, 3)} ms → ratio ${fmt(r.ratio)} (limit 2.00) ${r.ratio <= 2 ? "OK" : "OVER"}`,
    );
  line(`${fmt(sample.length, 0)} agencies spread over the province, ${ROUNDS} rounds`, spread);
  line(`median agency (${fmt(size.get(median) ?? 0, 0)} applications)`, typical);
  line(`busiest agency (${fmt(size.get(busiest) ?? 0, 0)} applications)`, big);
  console.log(
    `  all ${fmt(ids.length, 0)} agencies' table 三: ${fmt(ms(t3) / 1000)} s (${fmt(ms(t3) / ids.length, 3)} ms each)`,
  );
  console.log(
    `  all ${fmt(ids.length, 0)} complete reports (tables 二–四, facts, suggestions, validation): ${fmt(ms(full) / 1000)} s ` +
      `(${fmt(ms(full) / ids.length, 3)} ms each); error-level findings: ${errors}`,
  );
}

async function sqlite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "gk-bench-report-"));
  const opened = await openDatabase({ url: join(dir, "bench.db") });
  try {
    await run("SQLite", opened);
  } finally {
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgres(url: string): Promise<void> {
  const schema = `gk_bench_${randomBytes(6).toString("hex")}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await admin(`create schema ${schema}`);
  const separator = url.includes("?") ? "&" : "?";
  const opened = await openDatabase({
    url: `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    poolSize: 2,
  });
  try {
    await run("PostgreSQL", opened);
  } finally {
    await opened.close();
    await admin(`drop schema ${schema} cascade`);
  }
}

await sqlite();
const url = process.env.DATABASE_URL;
if (url && isPostgresUrl(url)) await postgres(url);
else console.log("\nPostgreSQL: skipped (set DATABASE_URL=postgres://… to include it)");
