import { existsSync, mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { ServerType } from "@hono/node-server";
import { type Browser, chromium } from "playwright-core";
import { startServer } from "../src/http/server.ts";
import { HEADLESS_CHROMIUM } from "../src/render/letters/pdf-converter.ts";
import type { TestDb } from "../src/test-support/dialects.ts";

/**
 * What every browser test shares: Debian's Chromium, the real server on a test database, the
 * screenshots folder, and how a test file says it cannot run.
 */

export const CHROMIUM = "/usr/bin/chromium";
export const SHOTS = "test-artifacts/screenshots";
const WORKSPACE_BUILD = "dist/workspace/index.html";

/**
 * Whether the browser tests of `what` can run here: Chromium, and the built workspace when they
 * need it. Missing pieces skip them with a warning, but fail the run under CI=true.
 */
export function browserTestsCanRun(what: string, options: { workspace: boolean }): boolean {
  const missing = [
    existsSync(CHROMIUM) ? null : `${CHROMIUM}（apt-get install -y chromium）`,
    !options.workspace || existsSync(WORKSPACE_BUILD) ? null : `${WORKSPACE_BUILD}（npm run build）`,
  ].filter((m) => m !== null);
  if (missing.length === 0) return true;
  if (process.env.CI === "true") throw new Error(`CI=true but ${missing.join(" and ")} is missing`);
  console.warn(`${missing.join(" and ")} is missing: ${what} are skipped`);
  return false;
}

/**
 * A button's accessible name: antd spaces out a two-character label (登 录), and a button that has
 * just stopped loading may keep its spinner's "loading" label until the icon's exit animation ends,
 * which a busy headless browser can leave pending. Both are matched.
 */
export const spaced = (label: string) => new RegExp(`^(?:loading\\s*)?${[...label].join("\\s*")}$`);

export interface Running {
  server: ServerType;
  /** `http://127.0.0.1:PORT` of the server. */
  base: string;
  browser: Browser;
}

/** The real server on `db` (a free port) and a headless Chromium in Chinese. */
export async function startServerAndBrowser(db: TestDb, clock?: () => Date): Promise<Running> {
  mkdirSync(SHOTS, { recursive: true });
  const server = await startServer(db, { port: 0, host: "127.0.0.1", clock });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...HEADLESS_CHROMIUM, "--lang=zh-CN"],
  });
  return { server, base, browser };
}

/** Closes what a test file opened, whatever of it was opened. */
export async function stopAll(running: Partial<Running>, db: TestDb | undefined): Promise<void> {
  await running.browser?.close();
  const { server } = running;
  if (server) await new Promise((resolve) => server.close(resolve));
  await db?.close();
}
