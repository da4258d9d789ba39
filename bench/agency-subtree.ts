/**
 * Subtree scoping over a province of ~5,000 agencies: the materialised-path range scan the services
 * use (`path >= '/…/k/' AND path < '/…/k0'`) against a recursive CTE walking `parent_id`, both
 * returning the ids of a county's subtree (25 agencies) and of a city's (251), on SQLite and —
 * when reachable — PostgreSQL, in the same run. Prints queries per second and the ratio path / CTE.
 * Run: npx tsx bench/agency-subtree.ts
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Kysely, sql } from "kysely";
import pg from "pg";
import { childPath, subtreeAgencyIds } from "../src/db/agency-tree.ts";
import { type Db, openDatabase } from "../src/db/connect.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import type { Database } from "../src/db/schema.ts";
import { bareAgencyRow } from "../src/services/testing/province-generator.ts";

const CITIES = 20;
const COUNTIES = 10;
const CHILDREN = 24;
const ROUNDS = 400;
const AT = "2026-01-01T00:00:00.000Z";

async function seed(db: Kysely<Database>): Promise<{ counties: string[]; cities: string[] }> {
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
  const counties: string[] = [];
  const cities: string[] = [];
  for (let c = 0; c < CITIES; c++) {
    const city = add(`p.c${c}`, province, "city");
    cities.push(city.id);
    for (let k = 0; k < COUNTIES; k++) {
      const county = add(`${city.id}.k${k}`, city, "county");
      counties.push(county.id);
      for (let d = 0; d < CHILDREN; d++)
        add(`${county.id}.d${d}`, county, d < 12 ? "department" : "township");
    }
  }
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += 500)
      await tx
        .insertInto("agencies")
        .values(rows.slice(i, i + 500))
        .execute();
  });
  return { counties, cities };
}

/** What the services do: the root's path is known (from the access check), one range scan. */
const byKnownPath = (paths: Map<string, string>) => async (db: Kysely<Database>, rootId: string) =>
  (await subtreeAgencyIds(db, paths.get(rootId) ?? "").execute()).length;

/** From the id alone, in one statement: the root's path read in a join. */
const byPathJoin = async (db: Kysely<Database>, rootId: string) => {
  const { rows } = await sql<{ id: string }>`
    select a.id from agencies r join agencies a
      on a.path >= r.path and a.path < substr(r.path, 1, length(r.path) - 1) || '0'
    where r.id = ${rootId}`.execute(db);
  return rows.length;
};

const byCte = async (db: Kysely<Database>, rootId: string) => {
  const { rows } = await sql<{ id: string }>`
    with recursive sub(id) as (
      select id from agencies where id = ${rootId}
      union all
      select a.id from agencies a join sub on a.parent_id = sub.id
    ) select id from sub`.execute(db);
  return rows.length;
};

async function rate(run: (id: string) => Promise<number>, ids: string[], expected: number): Promise<number> {
  for (const id of ids.slice(0, 20)) await run(id); // warm up
  const start = performance.now();
  for (let i = 0; i < ROUNDS; i++) {
    const n = await run(ids[i % ids.length] ?? "");
    if (n !== expected) throw new Error(`expected ${expected} agencies, got ${n}`);
  }
  return (ROUNDS / (performance.now() - start)) * 1000;
}

async function measure(name: string, opened: Db): Promise<void> {
  await migrateToLatest(opened.db);
  const { counties, cities } = await seed(opened.db);
  const paths = new Map(
    (await opened.db.selectFrom("agencies").select(["id", "path"]).execute()).map((r) => [r.id, r.path]),
  );
  const total = 1 + CITIES + CITIES * COUNTIES * (1 + CHILDREN);
  console.log(`${name}: ${total} agencies`);
  for (const [label, ids, size] of [
    ["county subtree", counties, 1 + CHILDREN],
    ["city subtree", cities, 1 + COUNTIES * (1 + CHILDREN)],
  ] as const) {
    const known = await rate((id) => byKnownPath(paths)(opened.db, id), [...ids], size);
    const joined = await rate((id) => byPathJoin(opened.db, id), [...ids], size);
    const cte = await rate((id) => byCte(opened.db, id), [...ids], size);
    const ratio = (x: number) => `${(x / cte).toFixed(2)}×`;
    console.log(
      `  ${label} (${size} agencies): recursive CTE ${cte.toFixed(0)}/s (baseline); ` +
        `path range, root path known ${known.toFixed(0)}/s (${ratio(known)}); path range from the id ${joined.toFixed(0)}/s (${ratio(joined)})`,
    );
  }
}

const dir = mkdtempSync(join(tmpdir(), "gk-bench-"));
try {
  const sqlite = await openDatabase({ url: join(dir, "bench.db") });
  try {
    await measure("SQLite", sqlite);
  } finally {
    await sqlite.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const pgUrl = process.env.GONGKAI_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `gk_bench_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: pgUrl });
try {
  await admin.connect();
} catch (err) {
  console.log(`PostgreSQL at ${pgUrl} not reachable (${(err as Error).message}): skipped`);
  process.exit(0);
}
try {
  await admin.query(`create schema ${schema}`);
  const url = `${pgUrl}${pgUrl.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const postgres = await openDatabase({ url });
  try {
    await measure("PostgreSQL", postgres);
  } finally {
    await postgres.close();
  }
} finally {
  await admin.query(`drop schema ${schema} cascade`);
  await admin.end();
}
