import { readFileSync } from "node:fs";
import type { ServerType } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../src/services/actor.ts";
import { createAgency } from "../src/services/agencies/agencies.ts";
import { counterInput } from "../src/services/applications/application-samples.test-support.ts";
import { registerApplication } from "../src/services/applications/index.ts";
import type { ServiceContext } from "../src/services/context.ts";
import { addUser } from "../src/services/users/users.ts";
import { openTestDatabase, type TestDb } from "../src/test-support/dialects.ts";
import { browserTestsCanRun, SHOTS, spaced, startServerAndBrowser, stopAll } from "./harness.ts";

/**
 * The staff workspace's registers, calendar, administration and supervisor's screens in headless
 * Chromium against the real server over a fresh SQLite file (the built workspace in dist/workspace:
 * run `npm run build` first). The server's clock stands on 10 December 2026 (or later), so the 2027
 * schedule is missing and the banner shows. Screenshots go to test-artifacts/screenshots/workspace-*.png.
 */

const available = browserTestsCanRun("the workspace's browser tests", { workspace: true });

const COUNTY = "e2e-ws";
const OTHER = "e2e-ws-other";
const PASSWORD = "Gongkai-e2e-2026";
const SAMPLE = readFileSync("src/domain/calendar/test-data/2027-sample.json", "utf8");
/** The server's day: 10 December 2026 when the test runs before it (moved forward only: session cookies expire by the browser's real clock). */
const START = Date.parse("2026-12-10T02:00:00.000Z");
const shift = Math.max(0, START - Date.now());
const clock = () => new Date(Date.now() + shift);
const system = systemActor("e2e");
const SLOW = 120_000;

/** A county with two departments, a county elsewhere, one account per role, two applications. */
async function seed(ctx: ServiceContext): Promise<void> {
  await createAgency(ctx, system, { id: COUNTY, parentId: null, level: "county", name: "青溪县人民政府" });
  await createAgency(ctx, system, { id: OTHER, parentId: null, level: "county", name: "远山县人民政府" });
  for (const [id, name] of [
    ["jyj", "青溪县教育局"],
    ["czj", "青溪县财政局"],
  ] as const) {
    await createAgency(ctx, system, { id: `${COUNTY}.${id}`, parentId: COUNTY, level: "department", name });
  }
  for (const [username, roles, agencyId] of [
    ["ws.clerk", ["clerk"], COUNTY],
    ["ws.admin", ["system_admin"], COUNTY],
    ["ws.super", ["supervisor"], COUNTY],
    ["ws.dept.admin", ["system_admin"], `${COUNTY}.jyj`],
  ] as const) {
    await addUser(ctx, system, {
      agencyId,
      username,
      displayName: username,
      roles: [...roles],
      password: PASSWORD,
    });
  }
  // One long overdue, one whose deadline runs into 2027 (provisional until the schedule is loaded).
  await registerApplication(ctx, system, counterInput("2026-10-09", { agencyId: `${COUNTY}.jyj` }));
  await registerApplication(ctx, system, counterInput("2026-12-09", { agencyId: `${COUNTY}.czj` }));
}

describe.skipIf(!available)("the workspace's registers, calendar, administration and supervision", () => {
  let db: TestDb;
  let server: ServerType;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    db = await openTestDatabase("sqlite");
    await seed({ db: db.db, clock });
    ({ server, base, browser } = await startServerAndBrowser(db, clock));
  });

  afterAll(async () => {
    await stopAll({ browser, server }, db);
  });

  /** A fresh browser signed in as `username`, on the dashboard. */
  async function signIn(username: string): Promise<Page> {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1366, height: 900 } });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto(`${base}/staff/login`);
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: spaced("登录") }).click();
    await page.getByTestId("agency-name").waitFor();
    return page;
  }

  /** Types a day into the antd DatePicker with this id and takes it. */
  async function pickDay(page: Page, id: string, day: string): Promise<void> {
    await page.locator(`#${id}`).click();
    await page.locator(`#${id}`).fill(day);
    await page.locator(`#${id}`).press("Enter");
  }

  it(
    "a clerk registers a normative document: a missing title is named beside its field, then it is listed",
    async () => {
      const page = await signIn("ws.clerk");
      await page.getByRole("link", { name: "登记簿" }).click();
      await page.getByRole("button", { name: "登记文件" }).click();
      const modal = page.getByRole("dialog", { name: "登记规章或规范性文件" });
      await pickDay(page, "document_issuedOn", "2026-03-10");
      await page.getByRole("button", { name: spaced("保存") }).click();
      await expect
        .poll(() => modal.locator("#document_title_help").textContent())
        .toContain("请填写文件标题");

      await page.getByLabel("文件标题").fill("青溪县农村公路养护管理办法");
      await page.getByLabel("文号", { exact: true }).fill("青政办〔2026〕7号");
      await page.getByRole("button", { name: spaced("保存") }).click();
      await modal.waitFor({ state: "hidden" });
      const table = page.getByTestId("documents-table");
      await table.getByText("青溪县农村公路养护管理办法").waitFor();
      expect(await table.textContent()).toContain("青政办〔2026〕7号");
      await page.screenshot({ path: `${SHOTS}/workspace-registers.png`, fullPage: true });

      // The year's figures: 2025's permits and fee income saved, and read back after a reload.
      await page.getByRole("tab", { name: "许可、处罚、强制和收费" }).click();
      await page.getByLabel("2025 年行政许可决定（件）").fill("120");
      await page.getByLabel("2025 年收费金额（元）").fill("35.5");
      await page.getByRole("button", { name: "保存 2025 年" }).click();
      await page.getByTestId("year-figures").getByText("已保存").waitFor();
      await page.reload();
      await page.getByRole("tab", { name: "许可、处罚、强制和收费" }).click();
      await expect.poll(() => page.getByLabel("2025 年行政许可决定（件）").inputValue()).toBe("120");
      expect(await page.getByLabel("2025 年收费金额（元）").inputValue()).toBe("35.50");
    },
    SLOW,
  );

  it(
    "a system administrator below the root is refused; the root's loads 2027: a bad file's problem is listed with its path, a good one ends the banner",
    async () => {
      // A system administrator below the root: the API refuses, and the page says why.
      const below = await signIn("ws.dept.admin");
      await below.goto(`${base}/staff/calendar?load=2027`);
      await below.getByLabel("节假日安排 JSON").fill(SAMPLE);
      await below.getByRole("button", { name: "载入 2027 年安排" }).click();
      await expect
        .poll(() => below.getByTestId("calendar-load-error").textContent())
        .toContain("只能由最上级机关的系统管理员载入");
      await below.context().close();

      const page = await signIn("ws.admin");
      const banner = page.getByTestId("calendar-banner");
      expect(await banner.textContent()).toContain("2027");
      await banner.getByRole("link", { name: /载入 2027 年/ }).click();

      const bad = JSON.parse(SAMPLE) as { restDays: { date: string }[] };
      (bad.restDays[3] as { date: string }).date = "2027-02-30";
      await page.getByLabel("节假日安排 JSON").fill(JSON.stringify(bad, null, 2));
      await page.getByRole("button", { name: "载入 2027 年安排" }).click();
      const error = page.getByTestId("calendar-load-error");
      await error.waitFor();
      expect(await error.textContent()).toContain("restDays[3].date");
      expect(await error.textContent()).toContain("2027-02-30");
      expect(await banner.count()).toBe(1);

      await page.getByLabel("节假日安排 JSON").fill(SAMPLE);
      await page.getByRole("button", { name: "载入 2027 年安排" }).click();
      const loaded = page.getByTestId("calendar-loaded");
      await loaded.waitFor();
      expect(await loaded.textContent()).toContain("其中 1 件有变化");
      await banner.waitFor({ state: "detached" });
      expect(new URL(page.url()).pathname).toBe("/staff/calendar/2027");
      expect(await page.getByTestId("year-days").textContent()).toContain("调休补班");
      await page.screenshot({ path: `${SHOTS}/workspace-calendar.png`, fullPage: true });
    },
    SLOW,
  );

  it(
    "an administrator creates an account and sees its password once; a template without a required variable is refused by name",
    async () => {
      const page = await signIn("ws.admin");
      await page.getByRole("link", { name: "系统管理" }).click();
      await page.getByRole("tab", { name: "账号" }).click();
      await page.getByRole("button", { name: "新建账号" }).click();
      await page.getByLabel("登录名").fill("ws.new");
      await page.getByLabel("姓名").fill("新同事");
      await page.getByRole("button", { name: spaced("保存") }).click();
      const password = page.getByTestId("generated-password");
      await password.waitFor();
      expect(((await password.textContent()) ?? "").trim()).toMatch(/^\S{16}$/);
      await page.getByRole("button", { name: "我已记下" }).click();
      await page.getByTestId("users-table").getByText("ws.new").waitFor();

      await page.getByRole("tab", { name: "文书模板" }).click();
      await page.getByTestId("templates-table").getByRole("button", { name: /^修改/ }).first().click();
      const drawer = page.getByRole("dialog", { name: /^文书模板：/ });
      const required = ((await drawer.locator(".ant-tag-red").first().textContent()) ?? "").trim();
      expect(required).toMatch(/^\{\{\w+\}\}$/);
      const body = drawer.getByLabel("正文（每行一段）");
      await body.fill((await body.inputValue()).split(required).join(""));
      await drawer.getByRole("button", { name: "保存为新版本" }).click();
      await expect.poll(() => drawer.textContent()).toContain(`缺少必需的变量 ${required}`);
      await page.screenshot({ path: `${SHOTS}/workspace-admin-template.png` });
    },
    SLOW,
  );

  it(
    "a supervisor sees the county's table and four charts, and not another county",
    async () => {
      const page = await signIn("ws.super");
      await page.getByRole("link", { name: "监督概览" }).click();
      const table = page.getByTestId("overview-table");
      await table.getByText("青溪县财政局").waitFor();
      expect(await table.textContent()).toContain("青溪县教育局");
      for (const id of ["chart-monthly", "chart-outcomes", "chart-overdue", "chart-year-on-year"]) {
        await page.getByTestId(id).locator("svg, canvas").first().waitFor();
      }
      await page.screenshot({ path: `${SHOTS}/workspace-supervision.png`, fullPage: true });

      await page.goto(`${base}/staff/supervision?agencyId=${OTHER}`);
      await page.getByText("无权查看").first().waitFor();
    },
    SLOW,
  );
});
