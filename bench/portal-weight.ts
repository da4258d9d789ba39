/**
 * The public portal's weight and speed with the demo county (gongkai demo: a county government,
 * its departments and townships, two years of applications, published reports, registers).
 *
 * Weight: bytes of HTML plus the one stylesheet for the home, form and status pages (limit 60 KB
 * each), uncompressed and gzipped. Speed: server time per page through `app.request` on the whole
 * app as `gongkai serve` builds it (every route module, the session middleware), median and p95
 * over many requests, beside a baseline measured in the same run and interleaved with the pages —
 * a bare Hono route returning a constant string — and the mean CPU time per request (process CPU
 * over a batch), which a machine shared with other work disturbs far less than wall time.
 * SQLite, as the demo runs. The home page is measured a second time on a generated province of
 * 5,000 agencies (no applications), where it lists the upper levels only.
 * Run: npx tsx bench/portal-weight.ts [requests per page]   (default 400)
 */
import { gzipSync } from "node:zlib";
import { Hono } from "hono";
import { seedDemo } from "../src/demo/seed-demo.ts";
import { createApp } from "../src/http/app.ts";
import { API_ROUTES } from "../src/http/routes/index.ts";
import { STYLESHEET, STYLESHEET_URL } from "../src/portal/index.ts";
import { generateProvince } from "../src/services/testing/province-generator.ts";
import { openTestDatabase } from "../src/test-support/dialects.ts";

const REQUESTS = Number(process.argv[2] ?? 400);
const LIMIT = 60 * 1024;
const address = { incoming: { socket: { remoteAddress: "192.0.2.10" } } };

type Fetcher = { request: (path: string, init: RequestInit, env: unknown) => Response | Promise<Response> };

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const at = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

async function main(): Promise<void> {
  const db = await openTestDatabase("sqlite");
  const provinceDb = await openTestDatabase("sqlite");
  try {
    const seeding = performance.now();
    const demo = await seedDemo(db.db);
    console.log(
      `demo county ${demo.countyName}: ${demo.applications} applications, seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );
    const app = createApp(
      { db: db.db, clock: () => new Date(), logError: (e) => console.error(e) },
      API_ROUTES,
    );
    const bare = new Hono().get("/", (c) => c.text("ok"));
    await generateProvince(provinceDb.db, { agencies: 5_000, applications: 0 });
    const provinceApp = createApp(
      { db: provinceDb.db, clock: () => new Date(), logError: (e) => console.error(e) },
      API_ROUTES,
    );

    // The status page at its longest among the demo's showcases: a correction awaited (form, notice, timeline).
    const showcase = demo.showcases.find((s) => s.label.startsWith("等待补正")) ?? demo.showcases[0];
    if (!showcase) throw new Error("the demo has no showcase application");
    const opened = await app.request(
      "/status",
      { method: "POST", body: new URLSearchParams({ number: showcase.number, code: showcase.queryCode }) },
      address,
    );
    const cookie = (opened.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
    if (opened.status !== 303 || !cookie.startsWith("gk_status="))
      throw new Error("the status lookup failed");

    const pages: [label: string, path: string, headers: Record<string, string>, target: Fetcher][] = [
      ["home /", "/", {}, app],
      ["form /agencies/{county}/apply", `/agencies/${demo.countyId}/apply`, {}, app],
      ["status /status/view", "/status/view", { cookie }, app],
      ["agency home (guide)", `/agencies/${demo.countyId}`, {}, app],
      ["home /, a 5,000-agency province", "/", {}, provinceApp],
    ];
    const css = new TextEncoder().encode(STYLESHEET);
    const cssGz = gzipSync(css).length;
    console.log(`\nstylesheet ${STYLESHEET_URL}: ${css.length} B (${cssGz} B gzipped), cached for a year\n`);
    console.log(
      "page                          HTML B   +CSS B  gzip B  limit   median ms  p95 ms  ×base  CPU ms  ×base",
    );

    const timed = async (target: Fetcher, path: string, headers: Record<string, string>) => {
      const t = performance.now();
      const response = await target.request(path, { headers }, address);
      const body = await response.text();
      const ms = performance.now() - t;
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      return { ms, body };
    };

    /** Mean process CPU time per request over a batch, in ms. */
    const cpuPer = async (target: Fetcher, path: string, headers: Record<string, string>) => {
      const before = process.cpuUsage();
      for (let i = 0; i < REQUESTS; i++) await (await target.request(path, { headers }, address)).text();
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 1000 / REQUESTS;
    };

    for (const [label, path, headers, target] of pages) {
      const first = await timed(target, path, headers);
      const html = new TextEncoder().encode(first.body);
      const total = html.length + css.length;
      const gz = gzipSync(html).length + cssGz;
      for (let i = 0; i < 30; i++) {
        await timed(target, path, headers);
        await timed(bare, "/", {});
      }
      const page: number[] = [];
      const base: number[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        page.push((await timed(target, path, headers)).ms);
        base.push((await timed(bare, "/", {})).ms);
      }
      const [p, b] = [sorted(page), sorted(base)];
      const [cpuPage, cpuBase] = [await cpuPer(target, path, headers), await cpuPer(bare, "/", {})];
      const ok = total <= LIMIT ? "ok" : "OVER";
      console.log(
        `${label.padEnd(30)}${String(html.length).padStart(7)}${String(total).padStart(9)}${String(gz).padStart(8)}  ${ok.padEnd(5)}${at(p, 0.5).toFixed(2).padStart(10)}${at(p, 0.95).toFixed(2).padStart(8)}${(at(p, 0.5) / at(b, 0.5)).toFixed(0).padStart(7)}${cpuPage.toFixed(2).padStart(8)}${(cpuPage / cpuBase).toFixed(0).padStart(7)}`,
      );
      console.log(
        `${"  baseline (bare Hono route)".padEnd(56)}${at(b, 0.5).toFixed(3).padStart(10)}${at(b, 0.95).toFixed(3).padStart(8)}${cpuBase.toFixed(3).padStart(15)}`,
      );
    }
  } finally {
    await db.close();
    await provinceDb.close();
  }
}

await main();
