import { describe, expect, it } from "vitest";
import type { LedgerEvent } from "../domain/applications/index.ts";
import { counterInput } from "../services/applications/application-samples.test-support.ts";
import { newApplicationNumber, recordStep, registerApplication } from "../services/applications/index.ts";
import type { ServiceContext } from "../services/context.ts";
import { forEachDialect } from "../test-support/dialects.ts";
import { portalApp, type TestBrowser, textOf } from "./portal.test-support.ts";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** An application registered at the counter on `day`, with further steps taken by the office. */
async function counterApplication(
  ctx: ServiceContext,
  agencyId: string,
  day: string,
  steps: LedgerEvent[] = [],
) {
  const system = { kind: "system", label: "test" } as const;
  const { application, queryCode } = await registerApplication(ctx, system, {
    agencyId,
    ...counterInput(day),
  });
  let version = application.version;
  for (const step of steps) {
    version = (await recordStep(ctx, system, application.id, version, step)).application.version;
  }
  return { number: application.number, code: queryCode };
}

async function open(b: TestBrowser, credentials: { number: string; code: string }) {
  const sent = await b.post("/status", credentials);
  expect(sent.status).toBe(303);
  return b.get(sent.location ?? "");
}

forEachDialect((getDb) => {
  describe("the status lookup", () => {
    it("takes number and code by POST, keeps them out of every address, and opens the status page", async () => {
      const { tree, browser, ctx } = await portalApp(getDb(), "st1");
      const credentials = await counterApplication(ctx, tree.id(".k1"), "2026-03-02");
      const b = browser();
      const sent = await b.post("/status", {
        number: credentials.number.replaceAll("-", ""),
        code: credentials.code.toLowerCase(),
      });
      expect(sent.status).toBe(303);
      expect(sent.location).toBe("/status/view");
      const cookie = sent.headers.getSetCookie().find((c) => c.startsWith("gk_status="));
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).toMatch(/Path=\/status/);
      // Sealed: neither the code nor the number can be read from the cookie.
      expect(cookie).not.toContain(credentials.code.replace("-", ""));
      expect(cookie).not.toContain(credentials.number.slice(5, 9));
      const { status, $, headers } = await b.get("/status/view");
      expect(status).toBe(200);
      expect(headers.get("cache-control")).toBe("no-store");
      const main = textOf($, "main");
      expect(main).toContain("甲市一县人民政府已于 2026-03-02 收到申请，正在办理");
      expect(main).toContain(credentials.number);
      expect(main).toContain("张**");
      // 2 March + 20 working days = 30 March 2026; nothing provisional.
      expect(textOf($, "section[aria-labelledby=due-title]")).toBe("答复期限最迟答复日期：2026-03-30");
      expect($("ol.timeline li").length).toBe(2);
      expect($("form[action='/status/correction']").length).toBe(0);
    });

    it("gives a wrong code and an unknown number the very same answer", async () => {
      const { tree, browser, ctx } = await portalApp(getDb(), "st2");
      const real = await counterApplication(ctx, tree.id(".k1"), "2026-03-02");
      const wrongCode = await browser().post("/status", { number: real.number, code: "AAAAA-AAAAA" });
      const unknown = await browser().post("/status", {
        number: newApplicationNumber(2026),
        code: real.code,
      });
      expect(wrongCode.status).toBe(404);
      expect(unknown.status).toBe(404);
      expect(textOf(wrongCode.$, "main")).toBe(textOf(unknown.$, "main"));
      expect(textOf(wrongCode.$, "#f-number-error")).toContain("申请编号或查询码不正确");
      // The number typed is kept; the code never comes back.
      expect(wrongCode.$("#f-number").val()).toBe(real.number);
      expect(unknown.$("#f-code").val()).toBe("");
      expect(unknown.html).not.toContain(real.code);
    });

    it("refuses a mistyped number on its field (check digit) before any lookup", async () => {
      const { browser } = await portalApp(getDb(), "st3");
      const good = newApplicationNumber(2026);
      const last = Number(good.slice(-1));
      const typo = `${good.slice(0, -1)}${(last + 1) % 10}`;
      const { status, $ } = await browser().post("/status", { number: typo, code: "AAAAA-AAAAA" });
      expect(status).toBe(400);
      expect($("#f-number").attr("aria-invalid")).toBe("true");
      expect(textOf($, "#error-summary")).toContain("申请编号");
    });

    it("stops guessing: after five wrong codes for a number even the right one waits, in the API too", async () => {
      const { tree, browser, ctx, app } = await portalApp(getDb(), "st4");
      const real = await counterApplication(ctx, tree.id(".k1"), "2026-03-02");
      for (let i = 0; i < 5; i++) {
        const b = browser();
        expect((await b.post("/status", { number: real.number, code: `AAAAA-AAAA${i}` })).status).toBe(404);
      }
      const blocked = await browser().post("/status", real);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(textOf(blocked.$, "#f-number-error")).toContain("操作过于频繁");
      const api = await app.request("/api/public/applications/status", {
        headers: { "x-application-number": real.number, "x-query-code": real.code },
      });
      expect(api.status).toBe(429);
    });

    it("keeps the applicant signed in for 30 minutes from the last page, and refuses an altered cookie", async () => {
      const { tree, browser, ctx, setNow } = await portalApp(getDb(), "st5");
      const real = await counterApplication(ctx, tree.id(".k1"), "2026-03-02");
      const b = browser();
      await open(b, real);
      setNow("2026-03-02T02:25:00.000Z");
      expect((await b.get("/status/view")).status).toBe(200);
      setNow("2026-03-02T02:50:00.000Z");
      expect((await b.get("/status/view")).status).toBe(200);
      setNow("2026-03-02T03:21:00.000Z");
      const expired = await b.get("/status/view");
      expect(expired.status).toBe(303);
      expect(expired.location).toBe("/status?again=1");
      expect(textOf((await b.get("/status?again=1")).$, "main")).toContain("请重新输入申请编号和查询码");

      const other = browser();
      await open(other, real);
      const sealed = other.cookie("gk_status") ?? "";
      other.setCookie("gk_status", `${sealed.slice(0, -2)}${sealed.endsWith("A") ? "B" : "A"}A`, "/status");
      expect((await other.get("/status/view")).location).toBe("/status?again=1");
    });

    it("signs out on request", async () => {
      const { tree, browser, ctx } = await portalApp(getDb(), "st6");
      const b = browser();
      await open(b, await counterApplication(ctx, tree.id(".k1"), "2026-03-02"));
      const out = await b.post("/status/exit", {});
      expect(out.location).toBe("/status");
      expect(b.cookie("gk_status")).toBeUndefined();
      expect((await b.get("/status/view")).status).toBe(303);
    });

    it("marks a deadline in a year without a published schedule as provisional, and says why", async () => {
      const { tree, browser, ctx, setNow } = await portalApp(getDb(), "st7");
      setNow("2026-12-21");
      const b = browser();
      const { $ } = await open(b, await counterApplication(ctx, tree.id(".k1"), "2026-12-21"));
      const due = textOf($, "section[aria-labelledby=due-title]");
      expect(due).toContain("暂定");
      expect(due).toContain("尚未公布法定节假日安排");
      // 21 Dec 2026 + 20 working days, 2027 by weekends alone (1 Jan counted as a working day): 18 Jan.
      expect(due).toContain("2027-01-18");
    });
  });

  describe("the correction", () => {
    it("offers the form only while a correction is awaited, and takes text and files once", async () => {
      const { tree, browser, ctx, setNow } = await portalApp(getDb(), "sc1");
      setNow("2026-03-05");
      const credentials = await counterApplication(ctx, tree.id(".k1"), "2026-03-02", [
        { type: "correctionRequested", date: "2026-03-04", workingDays: 10 },
      ]);
      const b = browser();
      const page = await open(b, credentials);
      expect(page.$("form[action='/status/correction']").length).toBe(1);
      expect(textOf(page.$, "section[aria-labelledby=correction-title]")).toContain(
        "受理机关于 2026-03-04 告知您补正申请",
      );
      // 4 March + 10 working days = 18 March 2026.
      expect(textOf(page.$, "section[aria-labelledby=correction-title]")).toContain("在 2026-03-18 前提交");

      const empty = new FormData();
      empty.append("text", "  ");
      empty.append("attachments", new File([PNG], "补充.png"));
      const refused = await b.post("/status/correction", empty);
      expect(refused.status).toBe(400);
      expect(refused.$("#f-text").attr("aria-invalid")).toBe("true");
      expect(textOf(refused.$, "#f-text-error")).toContain("请填写补正内容");
      expect(textOf(refused.$, "main")).toContain("您上次选择了 1 个附件");

      const form = new FormData();
      form.append("text", "所需信息为 2025 年城关镇老旧小区改造项目的立项批复（县发改委文件）");
      form.append("attachments", new File([PNG], "补充.png"));
      const sent = await b.post("/status/correction", form);
      expect(sent.status).toBe(303);
      expect(sent.location).toBe("/status/view?done=correction");
      const after = await b.get(sent.location ?? "");
      expect(textOf(after.$, "[role=status]")).toContain("补正已提交");
      expect(after.$("form[action='/status/correction']").length).toBe(0);
      expect(textOf(after.$, "ol.timeline")).toContain("收到补正");
      const stored = await ctx.db
        .selectFrom("attachments")
        .select("filename")
        .where("filename", "=", "补充.png")
        .execute();
      expect(stored).toHaveLength(1);

      const again = new FormData();
      again.append("text", "再补充一次");
      const twice = await b.post("/status/correction", again);
      expect(twice.status).toBe(409);
      expect(textOf(twice.$, "[role=alert]")).toContain("本申请目前不需要补正");
    });

    it("without an opened application, a correction goes back to the lookup", async () => {
      const { browser } = await portalApp(getDb(), "sc2");
      const form = new FormData();
      form.append("text", "补正");
      const sent = await browser().post("/status/correction", form);
      expect(sent.status).toBe(303);
      expect(sent.location).toBe("/status?again=1");
    });
  });
});
