import { readFileSync } from "node:fs";
import type { ServerType } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { counterInput } from "../src/services/applications/application-samples.test-support.ts";
import { chinaDate, recordStep, registerApplication } from "../src/services/applications/index.ts";
import { loadCalendarYear } from "../src/services/calendar/calendar-years.ts";
import type { ServiceContext } from "../src/services/context.ts";
import { createSampleTree, SAMPLE_PASSWORD, type SampleTree } from "../src/services/testing/sample-tree.ts";
import { openTestDatabase, type TestDb } from "../src/test-support/dialects.ts";
import { browserTestsCanRun, SHOTS, startServerAndBrowser, stopAll } from "./harness.ts";

/**
 * The staff workspace's application screens in headless Chromium against the real server over a
 * fresh SQLite file and the built workspace (dist/workspace: `npm run build` first; `npm test`
 * does). A clerk finds the application in the list with its deadline, opens it, unfolds the
 * deadline day by day, requests a correction through the step's form, sees the ledger and the
 * letter it calls for, issues the letter and sees its number; a change made meanwhile by someone
 * else is reported as a conflict; a clerk of another county gets no data. Screenshots go to
 * test-artifacts/screenshots/workspace-applications-*.png.
 */

const SAMPLE_2027 = "src/domain/calendar/test-data/2027-sample.json";
const available = browserTestsCanRun("the workspace's application tests", { workspace: true });

/** Browsers on a shared two-core machine are slow to start and to draw: room for that, not for waiting. */
const SLOW = 120_000;

describe.skipIf(!available)("the application screens of the staff workspace", () => {
  let db: TestDb;
  let server: ServerType;
  let browser: Browser;
  let base: string;
  let ctx: ServiceContext;
  let tree: SampleTree;
  const apps: { id: string; number: string; version: number }[] = [];

  beforeAll(async () => {
    db = await openTestDatabase("sqlite");
    ctx = { db: db.db, clock: () => new Date() };
    tree = await createSampleTree(ctx, "wa");
    // The test runs on the real day: with the sample 2027 schedule in force, deadlines that reach
    // into 2027 are exact (not 暂定) and their letters can be issued, whenever in 2026 it runs.
    await loadCalendarYear(ctx, tree.system, JSON.parse(readFileSync(SAMPLE_2027, "utf8")));
    const today = chinaDate(new Date());
    for (const description of [
      "2025年本县农村公路维修工程的招标文件及中标结果",
      "2025年县城供水价格调整的听证会记录",
    ]) {
      const { application } = await registerApplication(
        ctx,
        tree.as("clerk"),
        counterInput(today, { description }),
      );
      apps.push(application);
    }
    ({ server, base, browser } = await startServerAndBrowser(db));
  });

  afterAll(async () => {
    await stopAll({ browser, server }, db);
  });

  /** A fresh browser signed in as one of the sample users, on the given workspace address. */
  const signedIn = async (user: string, path: string): Promise<Page> => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1366, height: 900 } });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto(`${base}/staff/login?from=${encodeURIComponent(path)}`);
    await page.getByLabel("用户名").fill(tree.user(user).username);
    await page.getByLabel("密码").fill(SAMPLE_PASSWORD);
    await page.getByRole("button", { name: /登\s*录/ }).click();
    await page.waitForURL(`${base}/staff${path}`);
    return page;
  };
  const dialog = (page: Page) => page.getByRole("dialog");
  /** A form's 登记 button: antd spaces it out (登 记) and may keep its faded loading icon in the name. */
  const SUBMIT = /登\s*记$/;

  it(
    "a clerk finds the application, reads its deadline day by day, requests a correction and issues its letter",
    async () => {
      const [app] = apps;
      if (!app) throw new Error("no application");
      const page = await signedIn("clerk", "/applications");
      const row = page.getByRole("row").filter({ hasText: app.number });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.textContent()).toMatch(/\d{4}-\d{2}-\d{2}按期，剩 20 个工作日/);
      // The table's loading veil fades out after the rows arrive.
      await page.locator(".ant-spin-blur").waitFor({ state: "detached" });
      await page.screenshot({ path: `${SHOTS}/workspace-applications-list.png`, fullPage: true });

      await row.getByText("农村公路维修").click();
      await page.waitForURL(`${base}/staff/applications/${app.id}`);
      await expect.poll(() => page.locator("h1").textContent()).toBe(`申请 ${app.number}`);
      expect(await page.getByTestId("applicant").textContent()).toContain("11010519491231002X");
      await page.getByText(/答复期限逐日说明/).click();
      const explanation = page.getByTestId("day-explanation");
      await expect.poll(() => explanation.getByText(/计入：第 20 个工作日/).count()).toBe(1);
      expect(await explanation.getByText("不计入：周末").count()).toBeGreaterThan(0);
      // The panel unfolds with an animation: the picture is taken once it has ended.
      await page.locator(".ant-motion-collapse").waitFor({ state: "detached" });
      await page.screenshot({ path: `${SHOTS}/workspace-applications-page.png`, fullPage: true });

      await page.getByTestId("steps").getByRole("button", { name: "告知补正" }).click();
      await dialog(page).getByLabel("补正事项 1").fill("请写明所需招标文件对应的工程名称或项目编号");
      await page.screenshot({ path: `${SHOTS}/workspace-applications-step.png` });
      await dialog(page).getByRole("button", { name: SUBMIT }).click();

      // The step is in the ledger, and its letter opens with the items already filled in.
      await expect.poll(() => page.getByTestId("event-correctionRequested").count()).toBe(1);
      await expect.poll(() => page.getByTestId("phase").textContent()).toBe("等待申请人补正");
      await expect.poll(() => page.getByText(/申请人补正期限逐日说明/).count()).toBe(1);
      await expect.poll(() => dialog(page).getByText("出具补正告知书").count()).toBe(1);
      expect(await dialog(page).getByLabel("补正事项 1").inputValue()).toContain("项目编号");
      await dialog(page)
        .getByRole("button", { name: /预\s*览/ })
        .click();
      await expect.poll(() => page.getByTestId("letter-preview").textContent()).toContain("项目编号");
      await dialog(page).getByRole("button", { name: "编号并出具" }).click();
      const numbers = page.getByTestId("letter-number");
      await expect.poll(() => numbers.allTextContents()).toEqual([expect.stringMatching(/补〔\d{4}〕1号$/)]);
      expect(await page.getByTestId("letters").textContent()).toContain("登记回执");
      await page.getByTestId("letters").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/workspace-applications-letters.png` });

      // Delivery of the notice enters the ledger (the applicant's limit runs from it).
      await page.getByTestId("letters").getByRole("button", { name: "登记送达" }).click();
      await dialog(page).getByRole("button", { name: SUBMIT }).click();
      await expect.poll(() => page.getByTestId("event-noticeDelivered").count()).toBe(1);
      await expect.poll(() => page.getByTestId("letters").textContent()).toMatch(/\d{4}-\d{2}-\d{2} 邮寄/);
    },
    SLOW,
  );

  it(
    "a change made meanwhile by someone else is refused as a conflict, and the page shows it",
    async () => {
      const [, app] = apps;
      if (!app) throw new Error("no application");
      const page = await signedIn("clerk", `/applications/${app.id}`);
      await expect.poll(() => page.locator("h1").textContent()).toBe(`申请 ${app.number}`);
      await recordStep(ctx, tree.as("clerk"), app.id, app.version, {
        type: "confidentialityReviewed",
        date: chinaDate(new Date()),
        reviewer: "李审核",
        conclusion: "releasable",
      });
      await page.getByTestId("steps").getByRole("button", { name: "延长答复期限" }).click();
      await dialog(page)
        .getByLabel(/延长的工作日数/)
        .fill("10");
      await dialog(page).getByLabel("批准延期的负责人").fill("王主任");
      await dialog(page).getByRole("button", { name: SUBMIT }).click();
      const problem = page.getByTestId("step-problem");
      await expect.poll(() => problem.textContent()).toContain("办理冲突");
      expect(await problem.textContent()).toContain("该申请已被他人更新");
      // The page now shows the other change.
      await expect.poll(() => page.getByTestId("event-confidentialityReviewed").count()).toBe(1);
    },
    SLOW,
  );

  it(
    "the fee notice's 按件 count starts from the applicant's applications received this month",
    async () => {
      const [, app] = apps;
      if (!app) throw new Error("no application");
      const page = await signedIn("clerk", `/applications/${app.id}`);
      await page.getByTestId("steps").getByRole("button", { name: "发出收费通知" }).click();
      // Both sample applications are 张三丰's, received today: this is his second this month.
      const count = dialog(page).getByLabel("申请人本月第几件申请");
      await expect.poll(() => count.inputValue()).toBe("2");
      expect(await dialog(page).textContent()).toMatch(
        /本件是该申请人 \d{4}-\d{2} 向本机关提出的第 2 件申请/,
      );
    },
    SLOW,
  );

  it(
    "a clerk registers an application handed in at the counter: a wrong field named beside it, then the code shown once",
    async () => {
      const page = await signedIn("clerk", "/applications");
      await page.getByRole("button", { name: /登记申请/ }).click();
      const form = dialog(page);
      await form.getByLabel("姓名", { exact: true }).fill("李四光");
      await form.getByLabel("身份证件号码").fill("110105194912310021");
      await form.getByLabel("联系电话").fill("13900001111");
      await form.getByLabel("通信地址").fill("甲市一县城关镇文昌路 18 号");
      await form.getByLabel(/所需政府信息的名称/).fill("2025年一县中小学校舍维修项目的资金安排");
      await form.getByRole("button", { name: SUBMIT }).click();
      const idItem = form.locator(".ant-form-item").filter({ has: page.getByLabel("身份证件号码") });
      await expect.poll(() => idItem.textContent()).toContain("居民身份证号码有误");
      await form.getByLabel("身份证件号码").fill("11010519491231002X");
      await form.getByRole("button", { name: SUBMIT }).click();
      await expect.poll(() => form.getByText("已登记").count()).toBe(1);
      const number = (await form.locator(".ant-descriptions-item-content").first().textContent()) ?? "";
      expect(await form.locator(".ant-descriptions-item-content").nth(1).textContent()).toMatch(
        /^[0-9A-Z]{5}-[0-9A-Z]{5}$/,
      );
      await form.getByRole("button", { name: "打开申请" }).click();
      await expect.poll(() => page.locator("h1").textContent()).toBe(`申请 ${number}`);
    },
    SLOW,
  );

  it(
    "a clerk of another county gets no data",
    async () => {
      const [app] = apps;
      if (!app) throw new Error("no application");
      const page = await signedIn("clerk2", `/applications/${app.id}`);
      await expect.poll(() => page.getByText("未找到").count()).toBe(1);
      const body = (await page.locator("body").textContent()) ?? "";
      expect(body).not.toContain(app.number);
      expect(body).not.toContain("张三丰");
      await page.goto(`${base}/staff/applications`);
      await expect.poll(() => page.getByText("没有符合条件的申请").count()).toBe(1);
    },
    SLOW,
  );

  it(
    "a supervisor above reads the subtree's applications masked, with no step to take",
    async () => {
      const [app] = apps;
      if (!app) throw new Error("no application");
      const page = await signedIn("super", "/applications");
      await page.getByText("包括下级机关").click();
      await page.waitForURL(/subtree=true/);
      const row = page.getByRole("row").filter({ hasText: app.number });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.textContent()).not.toContain("张三丰");
      await row.getByText(app.number).click();
      await expect.poll(() => page.getByText("个人信息已脱敏").count()).toBe(1);
      expect(await page.getByTestId("applicant").textContent()).not.toContain("11010519491231002X");
      expect(await page.getByTestId("steps").count()).toBe(0);
      expect(await page.getByTestId("letters").count()).toBe(0);
    },
    SLOW,
  );
});
