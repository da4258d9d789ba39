import type { ServerType } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../src/services/actor.ts";
import { createAgency } from "../src/services/agencies/agencies.ts";
import { chinaDate, confirmReceipt, recordStep } from "../src/services/applications/index.ts";
import type { ServiceContext } from "../src/services/context.ts";
import { editProse, getDraft, publishReport } from "../src/services/reports/index.ts";
import { filled } from "../src/services/reports/report-scenario.test-support.ts";
import { openTestDatabase, type TestDb } from "../src/test-support/dialects.ts";
import { browserTestsCanRun, SHOTS, startServerAndBrowser, stopAll } from "./harness.ts";

/**
 * The public portal in headless Chromium with JavaScript disabled, against the real server over a
 * fresh SQLite file: an applicant finds the county, applies (a mistake first, fixed), keeps the
 * number and code, follows the status, sends a correction; the keyboard alone reaches every control
 * with a visible focus ring. Screenshots go to test-artifacts/screenshots/portal-*.png.
 */

const available = browserTestsCanRun("the portal's browser tests", { workspace: false });

const COUNTY = "e2e-qh";

/** The collapsed text of the first element matching. */
async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? "").replace(/\s+/g, " ").trim();
}
const system = systemActor("e2e");

/** A county with two departments and a township, its 2025 report published: all through the services. */
async function seed(ctx: ServiceContext): Promise<void> {
  await createAgency(ctx, system, {
    id: COUNTY,
    parentId: null,
    level: "county",
    name: "青禾县人民政府",
    address: "青禾县城关镇府前路 1 号",
    postalCode: "650100",
    phone: "0870-6121001",
    reconsiderationBody: "云川市人民政府",
    court: "云川市中级人民法院",
  });
  for (const [id, name, level] of [
    ["jyj", "青禾县教育局", "department"],
    ["czj", "青禾县财政局", "department"],
    ["bsz", "青禾县白沙镇人民政府", "township"],
  ] as const) {
    await createAgency(ctx, system, { id: `${COUNTY}.${id}`, parentId: COUNTY, level, name });
  }
  const draft = await getDraft(ctx, system, COUNTY, 2025);
  const saved = await editProse(ctx, system, COUNTY, 2025, {
    expectedVersion: draft.draft.version,
    ...filled(draft.suggestions),
  });
  await publishReport(ctx, system, COUNTY, 2025, { expectedVersion: saved.draft.version });
}

/** Browsers on a shared two-core machine are slow to start and to draw: room for that, not for waiting. */
const SLOW = 120_000;

describe.skipIf(!available)("the portal in a browser without JavaScript", () => {
  let db: TestDb;
  let server: ServerType;
  let browser: Browser;
  let base: string;
  let ctx: ServiceContext;

  beforeAll(async () => {
    db = await openTestDatabase("sqlite");
    ctx = { db: db.db, clock: () => new Date() };
    await seed(ctx);
    ({ server, base, browser } = await startServerAndBrowser(db));
  });

  afterAll(async () => {
    await stopAll({ browser, server }, db);
  });

  const newPage = async (): Promise<Page> => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      locale: "zh-CN",
      viewport: { width: 1280, height: 900 },
    });
    // Fail on the step that waits, not on the whole test's timeout.
    context.setDefaultTimeout(20_000);
    return context.newPage();
  };

  it(
    "an applicant applies, fixes a mistake beside its field, keeps number and code, follows and corrects",
    async () => {
      const page = await newPage();
      await page.goto(`${base}/`);
      expect(await text(page, "h1")).toBe("政府信息公开申请");
      await page.screenshot({ path: `${SHOTS}/portal-home.png`, fullPage: true });

      await page.getByRole("link", { name: "青禾县人民政府", exact: true }).first().click();
      expect(await text(page, "h1")).toBe("青禾县人民政府");
      expect(await text(page, "#guide")).toBe("政府信息公开指南");
      await page.getByRole("link", { name: "在线提交申请" }).click();

      await page.getByLabel("自然人（公民个人）").check();
      await page.getByLabel("姓名或名称").fill("王小明");
      await page.getByLabel("身份证件类型").selectOption("residentId");
      // A mistyped last digit: the check digit catches it.
      await page.getByLabel("身份证件号码").fill("110105194912310021");
      await page.getByLabel(/^联系电话/).fill("13800138000");
      await page.getByLabel("通信地址").fill("青禾县城关镇文昌路 18 号");
      await page
        .getByLabel("所需政府信息的名称、文号或者便于查询的其他特征性描述")
        .fill("2025 年城关镇老旧小区改造项目的立项批复文件");
      await page.getByLabel("纸质", { exact: true }).check();
      await page.getByLabel("邮寄", { exact: true }).check();
      await page.getByRole("button", { name: "提交申请" }).click();

      const idNumber = page.locator("#f-idNumber");
      expect(await idNumber.getAttribute("aria-invalid")).toBe("true");
      expect(await text(page, "#f-idNumber-error")).toContain("居民身份证号码有误");
      expect(await page.locator("#error-summary a").allTextContents()).toEqual([
        "居民身份证号码有误：应为 18 位，末位为数字或 X，请逐位核对",
      ]);
      expect(await page.getByLabel("姓名或名称").inputValue()).toBe("王小明");
      expect(await page.getByLabel("邮寄", { exact: true }).isChecked()).toBe(true);
      await page.screenshot({ path: `${SHOTS}/portal-form-errors.png`, fullPage: true });

      // The summary's link takes the reader to the field.
      await page.locator("#error-summary a").click();
      expect(new URL(page.url()).hash).toBe("#f-idNumber");
      await idNumber.fill("11010519491231002X");
      await page.getByRole("button", { name: "提交申请" }).click();

      expect(await text(page, "h1")).toBe("申请已提交");
      const [number, code] = await page.locator(".receipt dd.code").allTextContents();
      expect(number).toMatch(/^\d{4}-\d{4}-\d{4}-\d$/);
      expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
      expect(page.url()).not.toContain(code ?? "-");
      await page.screenshot({ path: `${SHOTS}/portal-confirmation.png`, fullPage: true });

      // Another browser, as the applicant days later: number and code in, the status out.
      const later = await newPage();
      await later.goto(`${base}/`);
      await later.getByRole("link", { name: "查询办理进度" }).first().click();
      await later.getByLabel("申请编号").fill(number ?? "");
      await later.getByLabel("查询码").fill((code ?? "").toLowerCase());
      await later.getByRole("button", { name: "查询" }).click();
      expect(new URL(later.url()).pathname).toBe("/status/view");
      expect(later.url()).not.toContain(code ?? "-");
      expect(await text(later, "main .lead")).toContain("等待青禾县人民政府确认收到");

      // The office confirms receipt and asks for a correction; the applicant sends it from the page.
      const row = await db.db
        .selectFrom("applications")
        .select(["id", "version"])
        .where("number", "=", number ?? "")
        .executeTakeFirstOrThrow();
      const today = chinaDate(new Date());
      const confirmed = await confirmReceipt(ctx, system, row.id, row.version, today);
      await recordStep(ctx, system, row.id, confirmed.application.version, {
        type: "correctionRequested",
        date: today,
        workingDays: 10,
      });
      await later.reload();
      expect(await text(later, "#correction-title")).toBe("提交补正");
      await later.screenshot({ path: `${SHOTS}/portal-status.png`, fullPage: true });
      await later
        .getByLabel("补正内容")
        .fill("所需信息为县发展和改革局 2025 年 4 月对城关镇老旧小区改造项目的立项批复");
      await later.getByRole("button", { name: "提交补正" }).click();
      expect(await text(later, "[role=status]")).toContain("补正已提交");
      expect(await text(later, "ol.timeline")).toContain("收到补正");
      expect(await later.locator("#correction-title").count()).toBe(0);
    },
    SLOW,
  );

  it(
    "reaches the form's controls by keyboard alone, each with a visible focus ring",
    async () => {
      const page = await newPage();
      await page.goto(`${base}/agencies/${COUNTY}/apply`);
      const seen: string[] = [];
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return {
            key: el.getAttribute("name") ?? el.textContent?.trim() ?? el.tagName,
            outline: style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2,
          };
        });
        if (!focused) continue;
        expect(focused.outline, `focus ring on ${focused.key}`).toBe(true);
        seen.push(focused.key);
        if (focused.key === "提交申请") break;
      }
      expect(seen[0]).toBe("跳到主要内容");
      for (const name of [
        "applicantType",
        "name",
        "idType",
        "idNumber",
        "phone",
        "description",
        "delivery",
        "attachments",
      ]) {
        expect(seen, `reached ${name}`).toContain(name);
      }
      expect(seen.at(-1)).toBe("提交申请");
      // The skip link lands in the main content.
      await page.goto(`${base}/agencies/${COUNTY}/apply`);
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      expect(new URL(page.url()).hash).toBe("#main");
    },
    SLOW,
  );

  it(
    "shows the published report in the official layout, and the larger text without JavaScript",
    async () => {
      const page = await newPage();
      await page.goto(`${base}/agencies/${COUNTY}/reports`);
      await page.getByRole("link", { name: "2025 年度报告" }).click();
      expect(await text(page, "article.gk-report h1")).toContain(
        "青禾县人民政府2025年政府信息公开工作年度报告",
      );
      expect(await page.locator("article.gk-report table").count()).toBe(3);
      await page.screenshot({ path: `${SHOTS}/portal-report.png`, fullPage: true });

      const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
      const before = Number.parseFloat(await size());
      await page.getByRole("link", { name: "大字版" }).click();
      expect(new URL(page.url()).pathname).toBe(`/agencies/${COUNTY}/reports/2025`);
      expect(Number.parseFloat(await size())).toBeCloseTo(before * 1.25, 1);
    },
    SLOW,
  );

  it(
    "fits a phone screen without sideways scrolling",
    async () => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 360, height: 740 },
      });
      const page = await context.newPage();
      for (const path of ["/", `/agencies/${COUNTY}`, `/agencies/${COUNTY}/apply`, "/status"]) {
        await page.goto(`${base}${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    },
    SLOW,
  );
});
