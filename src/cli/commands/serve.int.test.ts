import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { COUNTY_ID } from "../../demo/county.ts";
import { HttpSession, runGongkai, startServerProcess } from "./server-process.test-support.ts";

/** Account lines of the printed tables: `机关  角色  用户名  密码  姓名`, and `机关  用户名  密码`. */
function printedAccounts(stdout: string): { username: string; password: string }[] {
  return [...stdout.matchAll(/^ {2}(?:\S+ +){1,2}([a-z0-9.-]+) +([A-Za-z2-9]{16})(?: +\S+)?$/gm)].map(
    (m) => ({
      username: m[1] as string,
      password: m[2] as string,
    }),
  );
}

describe("gongkai serve --demo (what npm start runs)", () => {
  const dir = mkdtempSync(join(tmpdir(), "gk-serve-"));
  const file = join(dir, "gongkai.db");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("creates the demo in an empty database, prints the accounts once, serves, and they sign in", async () => {
    const server = await startServerProcess(file, ["--demo"]);
    try {
      const health = await fetch(`${server.base}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true });
      const out = server.stdout();
      expect(out).toMatch(/已生成演示数据：青禾县人民政府/);
      expect(out).toMatch(/公开 Gongkai 已启动：http:\/\/localhost:\d+\//);
      const accounts = printedAccounts(out);
      expect(accounts.map((a) => a.username)).toEqual(
        expect.arrayContaining(["qh-clerk", "qh-supervisor", "zrzy-head", "smx-officer"]),
      );
      expect(accounts).toHaveLength(24);
      for (const account of accounts.filter((a) => a.username.startsWith("qh-"))) {
        const session = new HttpSession(server.base);
        await session.login(account.username, account.password);
        const me = await session.send("GET", "/api/auth/me");
        expect(me.body.agency.id).toBe(COUNTY_ID);
      }
      const clerk = new HttpSession(server.base);
      const qh = accounts.find((a) => a.username === "qh-clerk");
      await clerk.login(qh?.username ?? "", qh?.password ?? "");
      const list = await clerk.send("GET", "/api/applications?open=true");
      expect(list.status).toBe(200);
      expect(list.body.total).toBeGreaterThan(5);
    } finally {
      await server.stop();
    }
  }, 600_000);

  it("serves the same data on the next start, creating nothing and printing no password", async () => {
    const server = await startServerProcess(file, ["--demo"]);
    try {
      expect(server.stdout()).toContain("数据库中已有数据，直接启动");
      expect(printedAccounts(server.stdout())).toEqual([]);
      expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 300_000);

  it("says in Chinese that the port is taken, and exits 2", async () => {
    const server = await startServerProcess(file);
    try {
      const port = new URL(server.base).port;
      const second = await runGongkai(["serve", "--port", port], { DATABASE_URL: file });
      expect(second.code).toBe(2);
      expect(second.stderr).toContain(`端口 ${port} 已被占用`);
      expect(second.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    } finally {
      await server.stop();
    }
  }, 300_000);
});
