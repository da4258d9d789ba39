/**
 * The public status lookup over HTTP — `GET /api/public/applications/status` with number and code
 * in its headers, through the whole app (session middleware, rate-limit guard, number and code checks,
 * hash check, ledger, derived clock) — against a bare Hono route returning a constant. Both are
 * served on loopback by @hono/node-server in a worker thread, with, to tell the database's share from
 * ours, a bare route that reads one application row by number; autocannon drives them from the main
 * thread with 50 connections, alternating in three rounds so that a busy machine slows both alike
 * (the load generator must not share the server's thread). 2,000 applications at various steps
 * (submitted, received, awaiting a correction); the lookups go through all of them in turn, each
 * request built once by autocannon. Prints the median requests per second of the rounds, p99
 * latency and the ratio to the bare route.
 * Run: npx tsx bench/public-status.ts [seconds] [sqlite|postgres]   (default 10 sqlite)
 */
import type { AddressInfo } from "node:net";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { type ServerType, serve } from "@hono/node-server";
import autocannon from "autocannon";
import { Hono } from "hono";
import type { DialectName } from "../src/db/dialect.ts";
import { createApp } from "../src/http/app.ts";
import { applicationPublicRoutes } from "../src/http/routes/applications-public.ts";
import { systemActor } from "../src/services/actor.ts";
import { createAgency } from "../src/services/agencies/agencies.ts";
import { onlineInput } from "../src/services/applications/application-samples.test-support.ts";
import { confirmReceipt, recordStep, submitOnline } from "../src/services/applications/index.ts";
import { openTestDatabase } from "../src/test-support/dialects.ts";

const APPLICATIONS = 2_000;
const ROUNDS = 3;

interface Ready {
  bare: number;
  status: number;
  credentials: { number: string; code: string }[];
}

/** The worker: seeds the database, serves both apps, stops on "stop". */
async function serveBoth(dialect: DialectName): Promise<void> {
  const db = await openTestDatabase(dialect);
  const ctx = { db: db.db, clock: () => new Date("2026-03-02T02:00:00.000Z") };
  const system = systemActor("bench");
  await createAgency(ctx, system, { id: "bench", parentId: null, level: "county", name: "某县人民政府" });
  const credentials: Ready["credentials"] = [];
  // One in three left unconfirmed, one confirmed, one asked for a correction: a mix of status pages.
  for (let i = 0; i < APPLICATIONS; i++) {
    const receipt = await submitOnline(ctx, onlineInput("bench"));
    credentials.push({ number: receipt.number, code: receipt.queryCode });
    if (i % 3 === 0) continue;
    const { id } = await db.db
      .selectFrom("applications")
      .select("id")
      .where("number", "=", receipt.number)
      .executeTakeFirstOrThrow();
    await confirmReceipt(ctx, system, id, 1, "2026-03-02");
    if (i % 3 === 1) {
      await recordStep(ctx, system, id, 2, {
        type: "correctionRequested",
        date: "2026-03-02",
        workingDays: 10,
      });
    }
  }
  const bare = new Hono();
  bare.get("/", (c) => c.json({ ok: true }));
  // What one read of the database costs over HTTP: a bare route that looks the application up by
  // its number (one indexed row) and returns a constant.
  bare.get("/row", async (c) => {
    const number = c.req.header("x-application-number") ?? "";
    const row = await db.db
      .selectFrom("applications")
      .select("id")
      .where("number", "=", number)
      .executeTakeFirst();
    return c.json({ ok: row !== undefined });
  });
  const app = createApp({ db: db.db, clock: ctx.clock, logError: (e) => console.error(e) }, [
    applicationPublicRoutes(),
  ]);
  const listen = (fetch: (req: Request) => Response | Promise<Response>) =>
    new Promise<ServerType>((resolve) => {
      const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(server));
    });
  const servers = [await listen(bare.fetch), await listen(app.fetch)] as const;
  const port = (s: ServerType) => (s.address() as AddressInfo).port;
  const ready: Ready = { bare: port(servers[0]), status: port(servers[1]), credentials };
  parentPort?.postMessage(ready);
  parentPort?.once("message", async () => {
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    await db.close();
    parentPort?.postMessage("stopped");
  });
}

async function drive(seconds: number, dialect: DialectName): Promise<void> {
  // The worker does not inherit tsx's TypeScript loading: register it in the thread first.
  const boot = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: { serve: dialect } });
  const ready = await new Promise<Ready>((resolve) => worker.once("message", resolve));
  const load = async (port: number, requests: autocannon.Request[]) => {
    const url = `http://127.0.0.1:${port}`;
    const r = await autocannon({ url, connections: 50, duration: seconds, requests });
    return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx };
  };
  const lookups = ready.credentials.map(({ number, code }) => ({
    method: "GET" as const,
    path: "/api/public/applications/status",
    headers: { "x-application-number": number, "x-query-code": code },
  }));
  type Result = Awaited<ReturnType<typeof load>>;
  const rounds: Record<"bare" | "row" | "status", Result[]> = { bare: [], row: [], status: [] };
  for (let round = 0; round < ROUNDS; round++) {
    rounds.bare.push(await load(ready.bare, [{ method: "GET", path: "/" }]));
    rounds.row.push(
      await load(
        ready.bare,
        lookups.map((l) => ({ ...l, path: "/row" })),
      ),
    );
    rounds.status.push(await load(ready.status, lookups));
  }
  const median = (list: Result[]) => [...list].sort((a, b) => a.rps - b.rps)[list.length >> 1] as Result;
  const [bare, row, status] = [median(rounds.bare), median(rounds.row), median(rounds.status)];
  worker.postMessage("stop");
  await new Promise((resolve) => worker.once("message", resolve));
  await worker.terminate();
  const line = (label: string, r: Result) =>
    `  ${label.padEnd(44)} ${Math.round(r.rps).toString().padStart(7)} req/s   p99 ${r.p99} ms   errors ${r.errors}`;
  console.log(
    `public status lookup, ${APPLICATIONS} applications on ${dialect}, 50 connections, median of ${ROUNDS} rounds of ${seconds} s`,
  );
  console.log(line("bare Hono GET returning a constant (baseline)", bare));
  console.log(line("bare Hono GET reading one row by number", row));
  console.log(line("GET /api/public/applications/status", status));
  console.log(
    `  ratio ${(status.rps / bare.rps).toFixed(2)} of the bare route (target ≥ 0.50); the bare one-row read alone is at ${(row.rps / bare.rps).toFixed(2)}, the lookup at ${(status.rps / row.rps).toFixed(2)} of it`,
  );
}

const served = (workerData as { serve?: DialectName } | null)?.serve;
if (isMainThread)
  await drive(Number(process.argv[2] ?? 10), process.argv[3] === "postgres" ? "postgres" : "sqlite");
else if (served) await serveBoth(served);
