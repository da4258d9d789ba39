/**
 * Issuing a letter: `issueLetter` (access check, the application's record and ledger, composition,
 * the agency's wording, a gapless number from the counter row, Word and HTML rendering, storage of
 * the letter, its file and the audit entry, in one transaction) against rendering the same letter
 * without storing it (composition from the same record, Word and HTML) — interleaved letter by
 * letter in the same run, so that a busy machine slows both alike. A reply with reasons (拒绝公开
 * of internal affairs) for each of LETTERS applications, on SQLite and — when reachable — PostgreSQL.
 * Prints the median and 95th percentile wall time per letter and the ratio of the medians.
 * Run: npx tsx bench/letters.ts
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Db, openDatabase } from "../src/db/connect.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { composeLetter, type LetterRequest, renderLetter } from "../src/domain/letters/index.ts";
import { renderLetterDocx, renderLetterHtml } from "../src/render/letters/index.ts";
import { systemActor } from "../src/services/actor.ts";
import { updateAgency } from "../src/services/agencies/agencies.ts";
import { counterInput } from "../src/services/applications/application-samples.test-support.ts";
import { recordStep } from "../src/services/applications/record-step.ts";
import { registerApplication } from "../src/services/applications/register-application.ts";
import type { ServiceContext } from "../src/services/context.ts";
import { issueLetter } from "../src/services/letters/issue-letter.ts";
import { loadLetterRecord } from "../src/services/letters/letter-record.ts";
import { templateInForce } from "../src/services/letters/letter-templates.ts";
import { createSampleTree } from "../src/services/testing/sample-tree.ts";

const LETTERS = 200;
const WARM_UP = 10;
const DAY = "2026-03-10";
const PG_URL = process.env.GONGKAI_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const REQUEST: LetterRequest = {
  kind: "reply",
  reasons: "您申请获取的会议纪要系本机关内部人事管理会议形成的记录，属于内部事务信息",
};

async function seed(ctx: ServiceContext): Promise<string[]> {
  const tree = await createSampleTree(ctx, "b");
  await updateAgency(ctx, systemActor("bench"), tree.id(".k1"), {
    shortName: "一县",
    phone: "0591-12345678",
    address: "甲市一县人民路1号",
    reconsiderationBody: "甲市一县人民政府",
    court: "甲市一县人民法院",
  });
  const ids: string[] = [];
  for (let i = 0; i < LETTERS + WARM_UP; i++) {
    const { application } = await registerApplication(ctx, tree.as("clerk"), counterInput("2026-03-02"));
    await recordStep(ctx, tree.as("clerk"), application.id, 2, {
      type: "decided",
      date: DAY,
      outcome: "refusedInternalAffairs",
    });
    ids.push(application.id);
  }
  return ids;
}

/** The baseline: the same letter composed from the same record and rendered, nothing stored. */
async function renderOnly(ctx: ServiceContext, id: string): Promise<() => Promise<void>> {
  const app = await ctx.db
    .selectFrom("applications")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  const { record } = await loadLetterRecord(ctx.db, app);
  const { template } = await templateInForce(ctx.db, app.agency_id, "reply.refusedInternalAffairs");
  return async () => {
    const content = renderLetter(composeLetter(record, REQUEST), template, "一县政信复〔2026〕1号");
    renderLetterHtml(content, { standalone: false });
    await renderLetterDocx(content);
  };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function run(name: string, db: Db): Promise<void> {
  await migrateToLatest(db.db);
  const ctx: ServiceContext = { db: db.db, clock: () => new Date(`${DAY}T02:00:00.000Z`) };
  const ids = await seed(ctx);
  const actor = await ctx.db
    .selectFrom("users")
    .select(["id", "agency_id"])
    .where("username", "=", "b-clerk")
    .executeTakeFirstOrThrow();
  const clerk = { kind: "user", userId: actor.id, agencyId: actor.agency_id, roles: ["clerk"] } as const;
  const issued: number[] = [];
  const rendered: number[] = [];
  const cpu = process.cpuUsage();
  for (const [i, id] of ids.entries()) {
    const render = await renderOnly(ctx, id);
    let t = performance.now();
    await render();
    const renderMs = performance.now() - t;
    t = performance.now();
    await issueLetter(ctx, clerk, id, REQUEST);
    const issueMs = performance.now() - t;
    if (i < WARM_UP) continue;
    rendered.push(renderMs);
    issued.push(issueMs);
  }
  const used = process.cpuUsage(cpu);
  issued.sort((a, b) => a - b);
  rendered.sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`${name}: ${LETTERS} reply letters`);
  console.log(
    `  issueLetter (render + number + store): median ${fmt(quantile(issued, 0.5))}, p95 ${fmt(quantile(issued, 0.95))}`,
  );
  console.log(
    `  baseline (compose + render, no storage): median ${fmt(quantile(rendered, 0.5))}, p95 ${fmt(quantile(rendered, 0.95))}`,
  );
  console.log(`  ratio of medians: ${(quantile(issued, 0.5) / quantile(rendered, 0.5)).toFixed(2)}×`);
  console.log(
    `  process CPU for both: ${((used.user + used.system) / 1000 / (LETTERS + WARM_UP)).toFixed(1)} ms per letter pair`,
  );
}

async function postgresSchema(): Promise<{ db: Db; drop: () => Promise<void> } | null> {
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const schema = `gk_bench_${randomBytes(4).toString("hex")}`;
  await admin.query(`create schema ${schema}`);
  const separator = PG_URL.includes("?") ? "&" : "?";
  const db = await openDatabase({
    url: `${PG_URL}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
  });
  return {
    db,
    drop: async () => {
      await db.close();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

const dir = mkdtempSync(join(tmpdir(), "gk-bench-letters-"));
try {
  const sqlite = await openDatabase({ url: join(dir, "bench.db") });
  await run("SQLite (WAL, one file)", sqlite);
  await sqlite.close();
  const postgres = await postgresSchema();
  if (postgres) {
    await run("PostgreSQL", postgres.db);
    await postgres.drop();
  } else {
    console.log(`PostgreSQL at ${PG_URL} not reachable: skipped`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
