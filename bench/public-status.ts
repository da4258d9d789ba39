/**
 * The public status lookup over HTTP — `POST /api/public/applications/status` with number and code,
 * through the whole app (session middleware, rate-limit guard, hash check, ledger, derived clock) —
 * against a bare Hono route returning a constant, both served on loopback by @hono/node-server and
 * driven by autocannon with 50 connections in the same run. SQLite with 2,000 applications at
 * various steps; each request asks for a different one. Prints requests per second, p99 latency and
 * the ratio to the bare route.
 * Run: npx tsx bench/public-status.ts [seconds]   (default 10)
 */
import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import autocannon from "autocannon";
import { Hono } from "hono";
import { createApp } from "../src/http/app.ts";
import { applicationPublicRoutes } from "../src/http/routes/applications-public.ts";
import { systemActor } from "../src/services/actor.ts";
import { createAgency } from "../src/services/agencies/agencies.ts";
import { onlineInput } from "../src/services/applications/application-samples.test-support.ts";
import { confirmReceipt, recordStep, submitOnline } from "../src/services/applications/index.ts";
import { openTestDatabase } from "../src/test-support/dialects.ts";

const SECONDS = Number(process.argv[2] ?? 10);
const APPLICATIONS = 2_000;

const db = await openTestDatabase("sqlite");
const ctx = { db: db.db, clock: () => new Date("2026-03-02T02:00:00.000Z") };
const system = systemActor("bench");
await createAgency(ctx, system, { id: "bench", parentId: null, level: "county", name: "某县人民政府" });
const bodies: string[] = [];
for (let i = 0; i < APPLICATIONS; i++) {
  const receipt = await submitOnline(ctx, onlineInput("bench"));
  bodies.push(JSON.stringify({ number: receipt.number, code: receipt.queryCode }));
}
// Two in three confirmed, one in three of those asked for a correction: a mix of status pages.
const ids = (await db.db.selectFrom("applications").select("id").orderBy("id").execute()).map((r) => r.id);
for (const [i, id] of ids.entries()) {
  if (i % 3 === 0) continue;
  await confirmReceipt(ctx, system, id, 1, "2026-03-02");
  if (i % 3 === 1) {
    await recordStep(ctx, system, id, 2, {
      type: "correctionRequested",
      date: "2026-03-02",
      workingDays: 10,
    });
  }
}

function listen(fetch: (req: Request) => Response | Promise<Response>): Promise<ServerType> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(server));
  });
}

async function load(server: ServerType, requests: autocannon.Request[]) {
  const { port } = server.address() as AddressInfo;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 50,
    duration: SECONDS,
    requests,
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const bare = new Hono();
bare.get("/", (c) => c.json({ ok: true }));
const app = createApp({ db: db.db, clock: ctx.clock, logError: (e) => console.error(e) }, [
  applicationPublicRoutes(),
]);

const bareServer = await listen(bare.fetch);
const statusServer = await listen(app.fetch);
try {
  const baseline = await load(bareServer, [{ method: "GET", path: "/" }]);
  const status = await load(
    statusServer,
    bodies.map((body) => ({
      method: "POST",
      path: "/api/public/applications/status",
      headers: { "content-type": "application/json" },
      body,
    })),
  );
  const line = (label: string, r: typeof baseline) =>
    `  ${label.padEnd(34)} ${Math.round(r.rps).toString().padStart(7)} req/s   p99 ${r.p99} ms   errors ${r.errors}`;
  console.log(
    `public status lookup, ${APPLICATIONS} applications on SQLite, 50 connections, ${SECONDS} s each`,
  );
  console.log(line("bare Hono route (baseline)", baseline));
  console.log(line("POST /api/public/applications/status", status));
  console.log(`  ratio ${(status.rps / baseline.rps).toFixed(2)} of the bare route`);
} finally {
  // Let the last answers go out before the database closes under them.
  const closed = (server: ServerType) => new Promise<void>((resolve) => server.close(() => resolve()));
  await Promise.all([closed(bareServer), closed(statusServer)]);
  await db.close();
}
