/**
 * The staff workspace's two targets (issue 6), measured in headless Chromium (/usr/bin/chromium)
 * against the real server (startServer) on temporary SQLite files, with the workspace built by Vite
 * into a temporary folder in the same run (the sources as they stand; dist/workspace is left alone).
 *
 * (a) Weight: the JavaScript a browser downloads for the first screen after login — the dashboard
 *     opened at /staff/ with a session: index.html's entry, its static imports and the dashboard
 *     route's lazy chunk with its imports — as every .js response the page received, each gzipped
 *     at level 9 (the server sends them uncompressed), per chunk and in total; the limit is 400 KB.
 *     Baseline in the same run: the login page alone (no session) — the shell every screen shares
 *     (React, react-router, antd's ConfigProvider and zh_CN) plus the small login form.
 * (b) Speed: 100,000 generated applications in one agency tree (the province generator of
 *     bench/report-table3.ts, 10 agencies), a clerk of the busiest agency signed in; the time from
 *     navigation start to the first row of the application list visible, as a full load of
 *     /staff/applications (assets in the browser's cache, as for a returning user; performance.now()
 *     in the page, whose origin is the navigation's start) and as a click on the Sider's menu entry
 *     from the dashboard; median of several navigations. The target is 1 s. Baselines in the same
 *     run: the same navigations by a clerk of the least busy agency of the tree, and the bare API
 *     call behind the list's first page (GET /api/applications?sort=due, from Node, no browser).
 *
 * Run: npx tsx bench/workspace-weight.ts [navigations]   (default 7)
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { ServerType } from "@hono/node-server";
import { sql } from "kysely";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { startServer } from "../src/http/server.ts";
import { systemActor } from "../src/services/actor.ts";
import { createAgency } from "../src/services/agencies/agencies.ts";
import type { ServiceContext } from "../src/services/context.ts";
import { generateProvince } from "../src/services/testing/province-generator.ts";
import { addUser } from "../src/services/users/users.ts";
import { openTestDatabase, type TestDb } from "../src/test-support/dialects.ts";

const NAVIGATIONS = Number(process.argv[2] ?? 7);
const APPLICATIONS = 100_000;
const AGENCIES = 10;
const LIMIT_KB = 400;
const TARGET_MS = 1000;
const PASSWORD = "Bench-workspace-2026";
const CHROMIUM = "/usr/bin/chromium";
const system = systemActor("bench");
/** The list's first row: an antd Table row (the empty placeholder row has another class). */
const FIRST_ROW = "[data-testid=application-list] tr.ant-table-row";

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

/** The workspace built from the current sources into a fresh folder. */
function build(): string {
  const dir = mkdtempSync(join(tmpdir(), "gk-ws-build-"));
  const started = performance.now();
  execFileSync(
    "npx",
    ["vite", "build", "--config", "src/workspace/vite.config.ts", "--outDir", dir, "--emptyOutDir"],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  console.log(`workspace built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

async function serve(db: TestDb, dir: string): Promise<{ server: ServerType; base: string }> {
  const server = await startServer(db, {
    port: 0,
    host: "127.0.0.1",
    workspace: { dir },
    logError: (e) => console.error(e),
  });
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const closeServer = (server: ServerType) => new Promise((resolve) => server.close(resolve));

/** A browser context signed in as `username` through the API (the cookie lands in the context). */
async function signedIn(browser: Browser, base: string, username: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1366, height: 900 } });
  context.setDefaultTimeout(30_000);
  const answer = await context.request.post(`${base}/api/auth/login`, {
    data: { username, password: PASSWORD },
  });
  if (!answer.ok()) throw new Error(`login of ${username} failed: ${answer.status()} ${await answer.text()}`);
  return context;
}

/** Every .js response `page` receives while `work` runs: name → [bytes, gzipped bytes]. */
async function scripts(page: Page, work: () => Promise<void>): Promise<Map<string, [number, number]>> {
  const seen = new Map<string, [number, number]>();
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith(".js")) return;
    pending.push(
      response.body().then((body) => {
        seen.set(url.pathname.split("/").pop() as string, [body.length, gzipSync(body, { level: 9 }).length]);
      }),
    );
  });
  await work();
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);
  return seen;
}

const total = (m: Map<string, [number, number]>) =>
  [...m.values()].reduce((acc, [raw, gz]) => [acc[0] + raw, acc[1] + gz], [0, 0]);

async function weight(browser: Browser, dir: string): Promise<void> {
  const db = await openTestDatabase("sqlite");
  const { server, base } = await serve(db, dir);
  try {
    const ctx: ServiceContext = { db: db.db, clock: () => new Date() };
    await createAgency(ctx, system, {
      id: "bench-w",
      parentId: null,
      level: "county",
      name: "测速县人民政府",
    });
    await addUser(ctx, system, {
      agencyId: "bench-w",
      username: "bench.clerk",
      displayName: "测速承办人",
      roles: ["clerk"],
      password: PASSWORD,
    });

    const anonymous = await browser.newContext({ locale: "zh-CN" });
    const loginPage = await anonymous.newPage();
    const login = await scripts(loginPage, async () => {
      await loginPage.goto(`${base}/staff/login`);
      await loginPage.getByLabel("密码").waitFor();
    });
    await anonymous.close();

    const context = await signedIn(browser, base, "bench.clerk");
    const page = await context.newPage();
    const dashboard = await scripts(page, async () => {
      await page.goto(`${base}/staff/`);
      await page.getByTestId("queue-counts").waitFor();
    });
    await context.close();

    console.log("\n(a) JavaScript of the first screen after login (dashboard at /staff/, gzip -9 per file)");
    console.log(`${"chunk".padEnd(40)} ${"bytes KB".padStart(10)} ${"gzip KB".padStart(9)}`);
    for (const [name, [raw, gz]] of [...dashboard].sort((a, b) => b[1][1] - a[1][1])) {
      console.log(
        `${name.padEnd(40)} ${kb(raw).padStart(10)} ${kb(gz).padStart(9)}${login.has(name) ? "" : "  (not on the login page)"}`,
      );
    }
    const [dRaw, dGz] = total(dashboard);
    const [lRaw, lGz] = total(login);
    console.log(
      `dashboard: ${dashboard.size} files, ${kb(dRaw)} KB, gzipped ${kb(dGz)} KB (limit ${LIMIT_KB} KB: ${dGz <= LIMIT_KB * 1024 ? "met" : "MISSED"})`,
    );
    console.log(`baseline, the login page alone: ${login.size} files, ${kb(lRaw)} KB, gzipped ${kb(lGz)} KB`);
    console.log(`ratio dashboard / login page: ${(dGz / lGz).toFixed(2)}×`);
  } finally {
    await closeServer(server);
    await db.close();
  }
}

/** Time from navigation start to the first row visible, for a full load and for the menu click. */
async function navigations(
  page: Page,
  base: string,
): Promise<{ load: number[]; listAnswered: number[]; click: number[] }> {
  const load: number[] = [];
  /** When the list's API answer had arrived, in the same full loads. */
  const listAnswered: number[] = [];
  const click: number[] = [];
  // Warm-up: assets into the browser's cache, the server's statements prepared.
  await page.goto(`${base}/staff/applications`);
  await page.locator(FIRST_ROW).first().waitFor();
  for (let i = 0; i < NAVIGATIONS; i++) {
    await page.goto(`${base}/staff/applications`, { waitUntil: "commit" });
    await page.locator(FIRST_ROW).first().waitFor();
    const [shown, answered] = await page.evaluate(() => {
      const list = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find(
        (e) => new URL(e.name).pathname === "/api/applications",
      );
      return [performance.now(), list?.responseEnd ?? Number.NaN];
    });
    load.push(shown);
    listAnswered.push(answered);

    await page.goto(`${base}/staff/`);
    await page.getByTestId("queue-counts").waitFor();
    const menu = page.getByRole("menuitem", { name: /申请办理/ });
    const started = performance.now();
    await menu.click();
    await page.locator(FIRST_ROW).first().waitFor();
    click.push(performance.now() - started);
  }
  return { load, listAnswered, click };
}

/** The bare API call behind the list's first page, from Node with the clerk's cookie. */
async function apiCalls(base: string, username: string): Promise<number[]> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const cookie = (login.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
  const times: number[] = [];
  for (let i = 0; i < NAVIGATIONS + 1; i++) {
    const started = performance.now();
    const answer = await fetch(`${base}/api/applications?sort=due&page=1&pageSize=20`, {
      headers: { cookie },
    });
    await answer.json();
    if (i > 0) times.push(performance.now() - started);
  }
  return times;
}

async function speed(browser: Browser, dir: string): Promise<void> {
  const db = await openTestDatabase("sqlite");
  try {
    const generating = performance.now();
    const province = await generateProvince(db.db, { agencies: AGENCIES, applications: APPLICATIONS });
    const counts = await sql<{ agency_id: string; n: number }>`select agency_id, count(*) as n
      from applications group by agency_id order by n desc`.execute(db.db);
    console.log(
      `\n(b) ${APPLICATIONS.toLocaleString("en-US")} applications over ${province.agencies.length} agencies generated in ${((performance.now() - generating) / 1000).toFixed(1)} s`,
    );
    const ctx: ServiceContext = { db: db.db, clock: () => new Date() };
    const busiest = counts.rows[0] as { agency_id: string; n: number };
    const quietest = counts.rows[counts.rows.length - 1] as { agency_id: string; n: number };
    for (const [username, agencyId] of [
      ["bench.busy", busiest.agency_id],
      ["bench.quiet", quietest.agency_id],
    ] as const) {
      await addUser(ctx, system, {
        agencyId,
        username,
        displayName: username,
        roles: ["clerk"],
        password: PASSWORD,
      });
    }
    const { server, base } = await serve(db, dir);
    try {
      const rows: [string, string, number][] = [
        ["busiest agency", "bench.busy", Number(busiest.n)],
        ["baseline: least busy agency", "bench.quiet", Number(quietest.n)],
      ];
      const results = new Map<string, { load: number; click: number; api: number }>();
      for (const [label, username, n] of rows) {
        const context = await signedIn(browser, base, username);
        const page = await context.newPage();
        const { load, listAnswered, click } = await navigations(page, base);
        await context.close();
        const api = await apiCalls(base, username);
        results.set(username, { load: median(load), click: median(click), api: median(api) });
        console.log(
          `${label} (${n.toLocaleString("en-US")} applications): full load of /staff/applications ${median(load).toFixed(0)} ms` +
            ` [${load.map((x) => x.toFixed(0)).join(" ")}] (the list's API answer in by ${median(listAnswered).toFixed(0)} ms), menu click ${median(click).toFixed(0)} ms` +
            ` [${click.map((x) => x.toFixed(0)).join(" ")}], bare API call ${median(api).toFixed(1)} ms`,
        );
      }
      const busy = results.get("bench.busy") as { load: number; click: number; api: number };
      const quiet = results.get("bench.quiet") as { load: number; click: number; api: number };
      console.log(
        `first row visible, medians of ${NAVIGATIONS}: full load ${busy.load.toFixed(0)} ms, menu click ${busy.click.toFixed(0)} ms` +
          ` (target ${TARGET_MS} ms: ${Math.max(busy.load, busy.click) <= TARGET_MS ? "met" : "MISSED"})`,
      );
      console.log(
        `ratio to the least busy agency: full load ${(busy.load / quiet.load).toFixed(2)}×, menu click ${(busy.click / quiet.click).toFixed(2)}×;` +
          ` full load / bare API call of the same clerk: ${(busy.load / busy.api).toFixed(1)}×`,
      );
    } finally {
      await closeServer(server);
    }
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const dir = build();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--lang=zh-CN"],
  });
  try {
    await weight(browser, dir);
    await speed(browser, dir);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
