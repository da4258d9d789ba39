import { readFileSync } from "node:fs";
import type { ServerType } from "@hono/node-server";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../src/services/actor.ts";
import { createAgency } from "../src/services/agencies/agencies.ts";
import type { ServiceContext } from "../src/services/context.ts";
import { addUser } from "../src/services/users/users.ts";
import { openTestDatabase, type TestDb } from "../src/test-support/dialects.ts";
import { browserTestsCanRun, SHOTS, spaced, startServerAndBrowser, stopAll } from "./harness.ts";

/**
 * Issue 6's whole scenario in headless Chromium against the real server over a fresh SQLite file
 * (the built workspace in dist/workspace: run `npm run build` first): an applicant applies through
 * the portal with JavaScript off and keeps number and code; a clerk finds it in the workspace's
 * list, confirms receipt and asks for a correction; the applicant sends the correction from the
 * status page; the clerk extends, decides and replies through the step buttons and their letters;
 * the applicant reads the reply and its letter; the annual report page counts the application in
 * table 三 with every cross-check green; a clerk of another county cannot open it.
 * Screenshots go to test-artifacts/screenshots/scenario-*.png.
 */

const available = browserTestsCanRun("the scenario", { workspace: true });

const ROOT = "e2e-sc";
const COUNTY = `${ROOT}.qs`;
const OTHER = `${ROOT}.yh`;
const PASSWORD = "Gongkai-scenario-2026";
/** Next year's schedule, loaded through the API: an extension late in the year runs into it. */
const NEXT_YEAR = readFileSync("src/domain/calendar/test-data/2027-sample.json", "utf8");
const system = systemActor("e2e");
const SLOW = 150_000;

/** The collapsed text of the first element matching. */
async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? "").replace(/\s+/g, " ").trim();
}

/** A signed-in API caller (cookie and CSRF token), as a script or another client would call. */
async function apiAs(base: string, username: string) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!login.ok) throw new Error(`login of ${username}: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown, contentType = "application/json") => {
    const answer = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, "x-csrf-token": csrfToken, "content-type": contentType },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${await answer.text()}`);
    return answer.json() as Promise<unknown>;
  };
}

describe.skipIf(!available)("issue 6's scenario: portal without JavaScript, workspace, report", () => {
  let db: TestDb;
  let server: ServerType;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    db = await openTestDatabase("sqlite");
    // A root agency and its system administrator come from the CLI (gongkai agencies/users); the rest through the API.
    const ctx: ServiceContext = { db: db.db, clock: () => new Date() };
    await createAgency(ctx, system, { id: ROOT, parentId: null, level: "city", name: "云川市人民政府" });
    await addUser(ctx, system, {
      agencyId: ROOT,
      username: "sc.admin",
      displayName: "系统管理员",
      roles: ["system_admin"],
      password: PASSWORD,
    });
    ({ server, base, browser } = await startServerAndBrowser(db));
  });

  afterAll(async () => {
    await stopAll({ browser, server }, db);
  });

  /** Two counties under the city, a clerk in each, next year's schedule: all through the API. */
  async function setUp(): Promise<void> {
    const admin = await apiAs(base, "sc.admin");
    for (const [id, name, place] of [
      [COUNTY, "青石县人民政府", "青石县城关镇府前路 1 号"],
      [OTHER, "远禾县人民政府", "远禾县城关镇人民路 2 号"],
    ] as const) {
      await admin("POST", "/api/agencies", {
        id,
        parentId: ROOT,
        level: "county",
        name,
        address: place,
        postalCode: "650100",
        phone: "0870-6121001",
        reconsiderationBody: "云川市人民政府",
        court: "云川市中级人民法院",
      });
    }
    for (const [agencyId, username, displayName] of [
      [COUNTY, "sc.clerk", "李承办"],
      [OTHER, "sc.other", "王承办"],
    ] as const) {
      await admin("POST", `/api/agencies/${agencyId}/users`, {
        username,
        displayName,
        roles: ["clerk"],
        password: PASSWORD,
      });
    }
    await admin("PUT", "/api/calendar/years/2027", NEXT_YEAR);
  }

  /** A browser for the applicant: JavaScript off, as the portal promises to work. */
  async function applicantPage(): Promise<Page> {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      locale: "zh-CN",
      viewport: { width: 1280, height: 900 },
    });
    context.setDefaultTimeout(20_000);
    return context.newPage();
  }

  /** A browser for a member of staff (JavaScript on), signed in through the login page, on the dashboard. */
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

  /** Opens the step `label` from the 办理 card, lets `fill` complete its form, and records it. */
  async function step(page: Page, label: string, fill: (modal: Locator) => Promise<void> = async () => {}) {
    await page
      .getByTestId("steps")
      .getByRole("button", { name: spaced(label) })
      .click();
    const modal = page.getByRole("dialog", { name: label });
    await fill(modal);
    await modal.getByRole("button", { name: spaced("登记") }).click();
    // A step the procedure refuses keeps the form open with the server's reason: fail with that reason.
    const problem = modal.getByTestId("step-problem");
    await Promise.race([modal.waitFor({ state: "detached" }), problem.waitFor().catch(() => undefined)]);
    if (await problem.isVisible()) throw new Error(`${label}：${await problem.textContent()}`);
    await modal.waitFor({ state: "detached" });
  }

  /** The letter the step calls for opens by itself: `fill` adds what the ledger lacks, then it is numbered and issued. */
  async function issueLetter(
    page: Page,
    title: string,
    fill: (modal: Locator) => Promise<void> = async () => {},
  ) {
    const modal = page.getByRole("dialog", { name: `出具${title}` });
    await modal.waitFor();
    await fill(modal);
    await modal.getByRole("button", { name: "编号并出具" }).click();
    await modal.waitFor({ state: "detached" });
  }

  /** A screenshot of the workspace once antd's toasts (已登记…, 已出具…) have gone and loading veils have faded. */
  async function staffShot(page: Page, name: string): Promise<void> {
    await expect.poll(() => page.locator(".ant-message-notice").count(), { timeout: 10_000 }).toBe(0);
    const veiled = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll(".ant-spin-container")].filter(
            (e) => getComputedStyle(e).opacity !== "1",
          ).length,
      );
    await expect.poll(veiled, { timeout: 10_000 }).toBe(0);
    await page.screenshot({ path: `${SHOTS}/${name}`, fullPage: true });
  }

  it(
    "an application from the portal to the reply, counted in the annual report, closed to another county",
    async () => {
      await setUp();

      // The applicant applies without JavaScript and keeps number and code.
      const applicant = await applicantPage();
      await applicant.goto(`${base}/agencies/${COUNTY}/apply`);
      await applicant.getByLabel("自然人（公民个人）").check();
      await applicant.getByLabel("姓名或名称").fill("赵晓梅");
      await applicant.getByLabel("身份证件类型").selectOption("residentId");
      await applicant.getByLabel("身份证件号码").fill("11010519491231002X");
      await applicant.getByLabel(/^联系电话/).fill("13800138000");
      await applicant.getByLabel("通信地址").fill("青石县城关镇文昌路 18 号");
      await applicant
        .getByLabel("所需政府信息的名称、文号或者便于查询的其他特征性描述")
        .fill("2026 年青石县城关镇老旧小区改造项目的立项批复文件");
      await applicant.getByLabel("纸质", { exact: true }).check();
      await applicant.getByLabel("邮寄", { exact: true }).check();
      await applicant.getByRole("button", { name: "提交申请" }).click();
      expect(await text(applicant, "h1")).toBe("申请已提交");
      const [number = "", code = ""] = await applicant.locator(".receipt dd.code").allTextContents();
      expect(number).toMatch(/^\d{4}-\d{4}-\d{4}-\d$/);
      expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
      await applicant.screenshot({ path: `${SHOTS}/scenario-1-portal-receipt.png`, fullPage: true });

      // The clerk finds it in the list, opens it, confirms receipt and asks for a correction.
      const clerk = await signIn("sc.clerk");
      await clerk.getByRole("menuitem", { name: /申请办理/ }).click();
      const list = clerk.getByTestId("application-list");
      await list.locator("tr.ant-table-row", { hasText: number }).waitFor();
      expect(await list.locator("tr.ant-table-row").count()).toBe(1);
      await staffShot(clerk, "scenario-2-workspace-list.png");
      await list.getByRole("link", { name: number }).click();
      await clerk.getByTestId("steps").getByRole("button", { name: "确认收到申请" }).click();
      const confirm = clerk.getByRole("dialog", { name: "确认收到申请" });
      await confirm.getByRole("button", { name: spaced("确认") }).click();
      await confirm.waitFor({ state: "detached" });
      await step(clerk, "告知补正", async (modal) => {
        await modal.getByLabel("补正事项 1").fill("请写明所需立项批复的文号或者作出机关");
      });
      await issueLetter(clerk, "补正告知书");
      await staffShot(clerk, "scenario-3-workspace-correction.png");

      // The applicant sends the correction from the status page, still without JavaScript.
      await applicant.goto(`${base}/status`);
      await applicant.getByLabel("申请编号").fill(number);
      await applicant.getByLabel("查询码").fill(code);
      await applicant.getByRole("button", { name: "查询" }).click();
      expect(await text(applicant, "#correction-title")).toBe("提交补正");
      await applicant
        .getByLabel("补正内容")
        .fill("所需信息为县发展和改革局 2026 年 4 月作出的立项批复（青发改〔2026〕15号）");
      await applicant.getByRole("button", { name: "提交补正" }).click();
      expect(await text(applicant, "[role=status]")).toContain("补正已提交");

      // The clerk extends, decides and replies, each step with its letter.
      await clerk.reload();
      await clerk
        .getByTestId("steps")
        .getByRole("button", { name: spaced("延长答复期限") })
        .waitFor();
      await step(clerk, "延长答复期限", async (modal) => {
        await modal.getByLabel(/^延长的工作日数/).fill("15");
        await modal.getByLabel("批准延期的负责人").fill("张主任");
      });
      await issueLetter(clerk, "延期答复告知书", async (modal) => {
        await modal.getByLabel("延期理由").fill("所需信息涉及多个部门，需要调取档案核对");
      });
      await step(clerk, "保密审查", async (modal) => {
        await modal.getByLabel("保密审查人").fill("王保密");
        await modal.getByLabel("可以公开", { exact: true }).check();
      });
      await step(clerk, "作出答复决定", async (modal) => {
        await modal.getByRole("combobox", { name: "答复结果" }).click();
        await modal.getByRole("combobox", { name: "答复结果" }).fill("予以公开");
        await clerk.locator('.ant-select-item-option[title="予以公开"]').click();
      });
      await issueLetter(clerk, "答复书", async (modal) => {
        await modal
          .getByLabel("获取信息的方式和途径（公开、部分公开时填写）")
          .fill("随本答复书邮寄立项批复复印件一份");
      });
      await step(clerk, "答复申请人");
      expect(await text(clerk, "[data-testid=phase]")).toBe("已答复");
      await staffShot(clerk, "scenario-4-workspace-application.png");

      // The applicant reads the reply and its letter on the status page.
      await applicant.goto(`${base}/status/view`);
      expect(await text(applicant, "#decision-title + .box")).toContain("予以公开");
      expect(await text(applicant, "#letters-title")).toBe("告知书和答复书（3 份）");
      expect(await text(applicant, "details[open]")).toContain("随本答复书邮寄立项批复复印件一份");
      await applicant.screenshot({ path: `${SHOTS}/scenario-5-portal-reply.png`, fullPage: true });

      // The annual report page counts it in table 三 (received this year; 予以公开 · 自然人), every cross-check green.
      const applicationPath = new URL(clerk.url()).pathname;
      // The number begins with the year of arrival, which is also the year received here (same day).
      const year = number.slice(0, 4);
      await clerk.goto(`${base}/staff/reports/${year}`);
      const status = clerk.getByTestId("check-status");
      await status.waitFor();
      expect(await status.getAttribute("data-ok")).toBe("true");
      expect(await status.locator(".ant-tag-red").count()).toBe(0);
      const tables = clerk.getByTestId("report-tables");
      /** The 自然人 cell (the first number) of the row labelled `label`. */
      const naturalPerson = async (label: string) =>
        (
          await tables
            .locator("tr", { has: clerk.locator("th", { hasText: label }) })
            .locator("td.gk-num")
            .first()
            .textContent()
        )?.trim();
      expect(await naturalPerson("一、本年新收政府信息公开申请数量")).toBe("1");
      expect(await naturalPerson("（一）予以公开")).toBe("1");
      await staffShot(clerk, "scenario-6-workspace-report.png");

      // A clerk of the other county cannot open it: to them it does not exist (its existence is not disclosed sideways).
      const other = await signIn("sc.other");
      await other.goto(`${base}${applicationPath}`);
      await other.locator(".ant-result-title").waitFor();
      expect(await text(other, ".ant-result-title")).toBe("未找到");
      expect(await other.locator("body").textContent()).not.toContain("赵晓梅");
    },
    SLOW,
  );
});
