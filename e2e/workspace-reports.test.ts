import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ServerType } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServiceContext } from "../src/services/context.ts";
import { computeReport, editProse, getDraft, renderReport } from "../src/services/reports/index.ts";
import { buildScenario, type Scenario } from "../src/services/reports/report-scenario.test-support.ts";
import { SAMPLE_PASSWORD } from "../src/services/testing/sample-tree.ts";
import { openTestDatabase, type TestDb } from "../src/test-support/dialects.ts";
import { browserTestsCanRun, SHOTS, spaced, startServerAndBrowser, stopAll } from "./harness.ts";

/**
 * The workspace's annual report and report checker in headless Chromium against the real server
 * over a fresh SQLite file (the built workspace in dist/workspace: run `npm run build` first). The
 * county of the report scenario has hand-worked 2025 records. Screenshots go to
 * test-artifacts/screenshots/workspace-report*.png and workspace-checker.png.
 */

const available = browserTestsCanRun("the report screens' browser tests", { workspace: true });

const SLOW = 120_000;
const ADDED = "本年度组织政府信息公开业务培训两次，参训六十人次。";

describe.skipIf(!available)("the workspace's annual report and report checker", () => {
  let db: TestDb;
  let server: ServerType;
  let browser: Browser;
  let base: string;
  let ctx: ServiceContext;
  let scenario: Scenario;

  beforeAll(async () => {
    db = await openTestDatabase("sqlite");
    ctx = { db: db.db, clock: () => new Date() };
    scenario = await buildScenario(ctx, "wr");
    ({ server, base, browser } = await startServerAndBrowser(db));
  });

  afterAll(async () => {
    await stopAll({ browser, server }, db);
  });

  /** A fresh browser signed in as the county's agency administrator (who edits and publishes). */
  async function signIn(): Promise<Page> {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1366, height: 900 } });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(`${base}/staff/login`);
    await page.getByLabel("用户名").fill(scenario.tree.user("kadmin").username);
    await page.getByLabel("密码").fill(SAMPLE_PASSWORD);
    await page.getByRole("button", { name: spaced("登录") }).click();
    await page.getByTestId("agency-name").waitFor();
    return page;
  }

  it(
    "shows the 2025 tables with every cross-check green, saves a prose edit, previews and publishes version 1",
    async () => {
      const page = await signIn();
      await page.getByRole("link", { name: "年度报告" }).click();
      const pickYear = async (year: number) => {
        await page.getByTestId("year-select").click();
        await page.locator(`.ant-select-item-option[title="${year} 年度"]`).click();
        await page.waitForURL(new RegExp(`/staff/reports/${year}$`));
      };
      await page.getByRole("heading", { name: "2025 年政府信息公开工作年度报告" }).waitFor();
      await pickYear(2024);
      await page.getByRole("heading", { name: "2024 年政府信息公开工作年度报告" }).waitFor();
      await pickYear(2025);
      // The router renders a navigation in a transition: the address changes first, then the page.
      await page.getByRole("heading", { name: "2025 年政府信息公开工作年度报告" }).waitFor();
      await expect.poll(() => page.getByTestId("check-status").getAttribute("data-ok")).toBe("true");
      await expect(page.getByTestId("check-status").textContent()).resolves.toContain("勾稽关系核查全部通过");
      // 一、本年新收 · 总计 and （七）总计 · 总计 of the hand-worked records.
      const tables = page.getByTestId("report-tables");
      await expect.poll(() => tables.locator('td[data-cell="applications:0:6"]').textContent()).toBe("9");
      expect(await tables.locator("h2").allTextContents()).toEqual([
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
      ]);
      expect(await tables.locator("td.gk-mark-error").count()).toBe(0);
      await page.screenshot({ path: `${SHOTS}/workspace-report.png`, fullPage: true });

      // The prose: answer every prompt of the suggestions, add a sentence, save.
      await page.getByRole("tab", { name: "正文" }).click();
      const areas = page.getByTestId("prose-form").locator("textarea");
      for (let i = 0; i < (await areas.count()); i++) {
        const area = areas.nth(i);
        const text = await area.inputValue();
        if (text.includes("【请填写")) {
          await area.fill(text.replace(/【请填写：[^】]*】/g, "已按要求逐项落实"));
        }
      }
      const other = page.locator('textarea[data-section="other"]');
      await other.fill(`${await other.inputValue()}\n${ADDED}`);
      // The unsaved text is checked as it is typed (nothing stored yet).
      await expect(page.getByTestId("unsaved-check").textContent()).resolves.toContain("按未保存的正文核查");
      await page.getByRole("button", { name: "保存正文" }).click();
      await page.getByText("正文已保存").waitFor();
      await expect.poll(() => page.locator('textarea[data-section="other"]').inputValue()).toContain(ADDED);

      // Someone else saves meanwhile: the next save is refused with the conflict said, nothing lost.
      const clerk = scenario.tree.as("clerk");
      const current = await getDraft(ctx, clerk, scenario.agencyId, 2025);
      await editProse(ctx, clerk, scenario.agencyId, 2025, {
        expectedVersion: current.draft.version,
        preamble: `${current.report.preamble}（承办人已核对）`,
      });
      await page.getByLabel("开头说明").fill("我的修改");
      await page.getByRole("button", { name: "保存正文" }).click();
      await expect(page.getByTestId("prose-conflict").textContent()).resolves.toContain("他人已修改并保存");
      await page.screenshot({ path: `${SHOTS}/workspace-report-conflict.png` });
      await page.getByRole("button", { name: "载入最新正文" }).click();
      await expect.poll(() => page.getByLabel("开头说明").inputValue()).toContain("（承办人已核对）");

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: /导出 Word/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(
        "甲市一县人民政府2025年政府信息公开工作年度报告（草稿）.docx",
      );

      await page.getByRole("tab", { name: "预览" }).click();
      const preview = page.frameLocator('[data-testid="report-preview"]');
      await preview.getByText(ADDED).waitFor();
      expect(await preview.locator("h1").textContent()).toContain(
        "甲市一县人民政府2025年政府信息公开工作年度报告",
      );

      await page.getByRole("button", { name: /^\S*\s*发\s*布$/ }).click();
      const modal = page.getByRole("dialog");
      await modal.getByText("第 1 版").first().waitFor();
      await modal.getByRole("button", { name: "确认发布" }).click();
      await page.getByText("已发布第 1 版").first().waitFor();
      const versions = page.getByTestId("versions");
      await versions.getByText("第 1 版").waitFor();
      await versions.getByRole("button", { name: spaced("查看") }).click();
      await page.frameLocator('[data-testid="version-view"]').getByText(ADDED).waitFor();
      await page.screenshot({ path: `${SHOTS}/workspace-report-published.png` });
    },
    SLOW,
  );

  it(
    "the checker reads a rendered report with one figure altered and points at the failing rule's cells",
    async () => {
      const report = await computeReport(ctx, scenario.tree.as("kadmin"), scenario.agencyId, 2025);
      const row = report.tables.applications[0] ?? [];
      row[0] = (row[0] ?? 0) + 1; // 一、本年新收 · 自然人: its row no longer adds up
      const file = await renderReport(report, "docx");
      const path = join(mkdtempSync(join(tmpdir(), "gongkai-checker-")), file.filename);
      writeFileSync(path, file.bytes);

      const page = await signIn();
      await page.getByRole("link", { name: "报告检查" }).click();
      await page.getByTestId("drop-report").locator('input[type="file"]').setInputFiles(path);
      await page.getByRole("button", { name: "开始核查" }).click();
      const status = page.getByTestId("check-status");
      await status.waitFor();
      expect(await status.getAttribute("data-ok")).toBe("false");
      expect(await status.locator('[data-rule="t3.row-total"]').textContent()).toContain("✗");
      const finding = page.getByTestId("findings").locator('[data-rule="t3.row-total"]').first();
      expect(await finding.textContent()).toContain("表三");
      const cell = page.locator('td[data-cell="applications:0:0"]');
      expect(await cell.getAttribute("data-mark")).toBe("error");
      await finding.click();
      await expect.poll(() => cell.getAttribute("class")).toContain("gk-focus");
      expect(await cell.textContent()).toBe(String(row[0]));
      await page.screenshot({ path: `${SHOTS}/workspace-checker.png`, fullPage: true });
    },
    SLOW,
  );
});
