import { describe, expect, it } from "vitest";
import type { Actor } from "../services/actor.ts";
import type { ServiceContext } from "../services/context.ts";
import { createNormativeDocument } from "../services/registers/normative-documents.ts";
import { editProse, getDraft, publishReport } from "../services/reports/index.ts";
import { filled } from "../services/reports/report-scenario.test-support.ts";
import { forEachDialect } from "../test-support/dialects.ts";
import { STYLESHEET_URL } from "./index.ts";
import { K1_DETAILS, portalApp, textOf } from "./portal.test-support.ts";

/** Publishes the agency's 2025 report with the suggested prose (prompts answered), or a revision of it. */
async function publish(ctx: ServiceContext, actor: Actor, agencyId: string, revisionNote?: string) {
  const draft = await getDraft(ctx, actor, agencyId, 2025);
  const prose = filled(draft.suggestions);
  if (revisionNote) prose.preamble = `${prose.preamble}（已更正联系电话）`;
  const saved = await editProse(ctx, actor, agencyId, 2025, {
    expectedVersion: draft.draft.version,
    ...prose,
  });
  await publishReport(ctx, actor, agencyId, 2025, { expectedVersion: saved.draft.version, revisionNote });
}

forEachDialect((getDb) => {
  describe("the home page", () => {
    it("lists each root with its agencies grouped by kind, in pinyin order, with the status lookup", async () => {
      const { tree, browser } = await portalApp(getDb(), "hp1");
      const { status, $, headers } = await browser().get("/");
      expect(status).toBe(200);
      expect($("html").attr("lang")).toBe("zh-CN");
      expect($("title").text()).toBe("首页 - 政府信息公开申请平台");
      expect(headers.get("content-security-policy")).toContain("default-src 'none'");
      const box = $(`.tree:has(a[href="/agencies/${tree.id("")}"])`);
      expect(
        box
          .children("h4")
          .toArray()
          .map((h) => $(h).text()),
      ).toEqual(["县级（2）"]);
      const county = box.find(`li:has(> a[href="/agencies/${tree.id(".k1")}"])`);
      expect(
        county
          .children("h4")
          .toArray()
          .map((h) => $(h).text()),
      ).toEqual(["政府部门（2）", "乡镇（街道）（1）"]);
      // 财政 (cai) before 教育 (jiao): pinyin order, not the order of the codes (edu before fin).
      expect(
        county
          .find("ul a")
          .toArray()
          .map((a) => $(a).text()),
      ).toEqual(["一县财政局", "一县教育局", "一县东镇人民政府"]);
      expect($("form[action='/status'][method=post] #f-number").length).toBe(1);
      expect($("script").length).toBe(0);
    });

    it("finds agencies by a few characters of the name, and says when nothing matches", async () => {
      const { tree, browser } = await portalApp(getDb(), "hp2");
      const found = await browser().get(`/?q=${encodeURIComponent("教育")}`);
      // Other tests' trees share the database: every result has the words, and this tree's is among them.
      const results = found.$("search section li a").toArray();
      expect(textOf(found.$, "#results-title")).toBe(`“教育”的查找结果：${results.length} 个机关`);
      expect(results.every((a) => found.$(a).text().includes("教育"))).toBe(true);
      expect(results.map((a) => found.$(a).attr("href"))).toContain(`/agencies/${tree.id(".k1.edu")}`);
      const none = await browser().get(`/?q=${encodeURIComponent("海关总署")}`);
      expect(textOf(none.$, "search section")).toContain("没有名称中含有这些字的机关");
    });
  });

  describe("the agency home and its guide", () => {
    it("prints the contact details, the time limits, the fee bands and the remedies", async () => {
      const { tree, browser } = await portalApp(getDb(), "ag1");
      const { status, $ } = await browser().get(`/agencies/${tree.id(".k1")}`);
      expect(status).toBe(200);
      expect(textOf($, "h1")).toBe("甲市一县人民政府");
      const contact = textOf($, "section[aria-labelledby=contact-title]");
      for (const v of [K1_DETAILS.address, K1_DETAILS.postalCode, K1_DETAILS.phone])
        expect(contact).toContain(v);
      expect($(`a[href="/agencies/${tree.id(".k1")}/apply"]`).length).toBeGreaterThan(0);
      expect(textOf($, "#g-limits + ul")).toContain("自收到申请之日起 20 个工作日内答复");
      expect(textOf($, "#g-limits + ul")).toContain("延长最多 20 个工作日");
      expect(textOf($, "section[aria-labelledby=g-correction]")).toContain("7 个工作日内一次性告知");
      expect(textOf($, "section[aria-labelledby=g-consult]")).toContain("15 个工作日内提出意见");
      // The bands of 国办函〔2020〕109号, by hand: 1–10 free, 11–30 100 元, 31–40 200 元, 41–50 300 元;
      // pages 1–30 free, 31–100 10 元, 101–200 20 元, 201 on 40 元.
      const rows = (table: number) =>
        $("section[aria-labelledby=g-fees] table")
          .eq(table)
          .find("tbody tr")
          .toArray()
          .map((tr) => $(tr).text());
      expect(rows(0)).toEqual([
        "第1—10件免费",
        "第11—30件100 元",
        "第31—40件200 元",
        "第41—50件300 元",
        "第51件起每增加 10 件，每件收费标准提高 100 元，依此类推",
      ]);
      expect(rows(1)).toEqual(["第1—30页免费", "第31—100页10 元", "第101—200页20 元", "第201页及以上40 元"]);
      const remedies = textOf($, "section[aria-labelledby=g-remedies]");
      expect(remedies).toContain("向甲市人民政府或者政府信息公开工作主管部门投诉、举报");
      expect(remedies).toContain("60 日内向甲市人民政府申请行政复议");
      expect(remedies).toContain("6 个月内向甲市中级人民法院提起行政诉讼");
      // Headings in order: one h1, then h2, h3 below them, never skipping a level.
      const levels = $("main h1, main h2, main h3, main h4")
        .toArray()
        .map((h) => Number(h.tagName.slice(1)));
      expect(levels[0]).toBe(1);
      for (let i = 1; i < levels.length; i++)
        expect((levels[i] ?? 0) - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
    });

    it("says which details an agency has not registered instead of leaving them blank", async () => {
      const { tree, browser } = await portalApp(getDb(), "ag2");
      const { $ } = await browser().get(`/agencies/${tree.id(".k1.edu")}`);
      expect(textOf($, "section[aria-labelledby=contact-title]")).toContain("（本机关尚未登记，请来电咨询）");
      expect(textOf($, "nav.crumbs")).toBe("首页甲市一县人民政府一县教育局");
    });
  });

  describe("published annual reports", () => {
    it("lists published years only, shows the official layout with every version dated, and offers Word", async () => {
      const { tree, browser, ctx, setNow } = await portalApp(getDb(), "rp1");
      const k1 = tree.id(".k1");
      const b = browser();
      expect(textOf((await b.get(`/agencies/${k1}/reports`)).$, "main")).toContain("还没有发布年度报告");
      setNow("2026-01-20");
      await publish(ctx, tree.system, k1, undefined);
      // A draft of the edu department is never shown.
      const eduDraft = await getDraft(ctx, tree.system, tree.id(".k1.edu"), 2025);
      await editProse(ctx, tree.system, tree.id(".k1.edu"), 2025, {
        expectedVersion: eduDraft.draft.version,
        ...filled(eduDraft.suggestions),
      });
      expect((await b.get(`/agencies/${tree.id(".k1.edu")}/reports/2025`)).status).toBe(404);

      const list = await b.get(`/agencies/${k1}/reports`);
      expect(
        list
          .$("tbody tr")
          .toArray()
          .map((tr) => list.$(tr).text()),
      ).toEqual(["2025 年度报告2026-01-20第 1 版"]);
      const first = await b.get(`/agencies/${k1}/reports/2025`);
      expect(first.status).toBe(200);
      expect(first.$("main article.gk-report h1").length).toBe(1);
      expect(first.$("main h1").length).toBe(1);
      expect(first.$("main article.gk-report table").length).toBe(3);
      expect(textOf(first.$, "main .notice")).toContain("第 1 版，发布于 2026-01-20");

      setNow("2026-02-10");
      await publish(ctx, tree.system, k1, "更正前言中的联系电话");
      const latest = await b.get(`/agencies/${k1}/reports/2025`);
      const notice = textOf(latest.$, "main .notice");
      expect(notice).toContain("第 2 版，发布于 2026-02-10（修订说明：更正前言中的联系电话）");
      expect(notice).toContain("本报告发布后共有 2 个版本");
      expect(textOf(latest.$, "article.gk-report")).toContain("（已更正联系电话）");
      const history = latest
        .$("section[aria-labelledby=versions-title] tbody tr")
        .toArray()
        .map((tr) => latest.$(tr).text());
      expect(history).toEqual([
        "第 1 版2026-01-20首次发布Word 文件",
        "第 2 版（当前显示）2026-02-10更正前言中的联系电话Word 文件",
      ]);
      const old = await b.get(`/agencies/${k1}/reports/2025?version=1`);
      expect(textOf(old.$, "main .notice")).toContain("这不是最新版本");
      expect(textOf(old.$, "article.gk-report")).not.toContain("（已更正联系电话）");

      const word = await b.get(`/agencies/${k1}/reports/2025/word?version=1`);
      expect(word.status).toBe(200);
      expect(word.headers.get("content-type")).toContain("wordprocessingml");
      expect(decodeURIComponent(word.headers.get("content-disposition") ?? "")).toContain("（第1版）.docx");
      expect((await b.get(`/agencies/${k1}/reports/2024`)).status).toBe(404);
      expect((await b.get(`/agencies/${k1}/reports/abc`)).status).toBe(404);
    });
  });

  describe("the catalogue of normative documents", () => {
    it("lists what is in force today by kind, abolished ones apart, nothing not yet issued", async () => {
      const { tree, browser, ctx, setNow } = await portalApp(getDb(), "ct1");
      const k1 = tree.id(".k1");
      setNow("2026-03-02");
      const doc = (
        title: string,
        kind: "regulation" | "normative_document",
        issuedOn: string,
        abolishedOn?: string,
      ) =>
        createNormativeDocument(ctx, tree.system, {
          agencyId: k1,
          kind,
          title,
          docNumber: `一政规〔${issuedOn.slice(0, 4)}〕${title.length}号`,
          issuedOn,
          abolishedOn,
        });
      await doc("一县城区停车管理办法", "normative_document", "2024-05-06");
      await doc("一县农村宅基地管理办法", "normative_document", "2025-08-25");
      await doc("一县城市绿化管理规定", "regulation", "2023-01-10");
      await doc("一县最低生活保障标准的通知", "normative_document", "2021-07-05", "2026-03-02");
      await doc("一县征地补偿办法", "normative_document", "2020-03-04", "2026-03-03");
      const { $, status } = await browser().get(`/agencies/${k1}/catalogue`);
      expect(status).toBe(200);
      const titles = (section: string) =>
        $(`section[aria-labelledby=${section}] tbody th`)
          .toArray()
          .map((th) => $(th).text());
      expect(titles("k-regulation")).toEqual(["一县城市绿化管理规定"]);
      // Abolished tomorrow: still in force today.
      expect(titles("k-normative_document")).toEqual([
        "一县农村宅基地管理办法",
        "一县城区停车管理办法",
        "一县征地补偿办法",
      ]);
      expect(titles("abolished-title")).toEqual(["一县最低生活保障标准的通知"]);
      expect(textOf($, "main > p")).toContain("截至 2026-03-02，本机关现行有效的规章和行政规范性文件共 4 件");
    });
  });

  describe("around the pages", () => {
    it("switches to larger text without JavaScript and comes back to the same page", async () => {
      const { tree, browser } = await portalApp(getDb(), "tx1");
      const b = browser();
      const page = `/agencies/${tree.id(".k1")}`;
      const before = await b.get(page);
      const link = before.$("header nav a").last();
      expect(link.text()).toBe("大字版");
      const switched = await b.get(link.attr("href") ?? "");
      expect(switched.status).toBe(303);
      expect(switched.location).toBe(page);
      const after = await b.get(page);
      expect(after.$("html").hasClass("gk-large")).toBe(true);
      expect(after.$("header nav a").last().text()).toBe("标准字号");
      // Never back to another site.
      for (const back of ["//example.com/x", "/\\example.com", "https://example.com"]) {
        expect((await b.get(`/text-size?to=large&back=${encodeURIComponent(back)}`)).location).toBe("/");
      }
    });

    it("serves one stylesheet at a hashed address, cacheable for a year", async () => {
      const { browser } = await portalApp(getDb(), "css1");
      const home = await browser().get("/");
      expect(home.$("link[rel=stylesheet]").attr("href")).toBe(STYLESHEET_URL);
      const css = await browser().get(STYLESHEET_URL);
      expect(css.status).toBe(200);
      expect(css.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(css.html).toContain(".gk-report");
      expect(css.html).toContain(":focus-visible");
    });

    it("answers unknown addresses with the portal's 404 page, but keeps JSON errors under /api", async () => {
      const { browser } = await portalApp(getDb(), "nf1");
      const page = await browser().get("/no/such/page");
      expect(page.status).toBe(404);
      expect(page.headers.get("content-type")).toContain("text/html");
      expect(textOf(page.$, "h1")).toBe("找不到这个页面");
      const api = await browser().get("/api/no/such/thing");
      expect(api.status).toBe(404);
      expect(JSON.parse(api.html)).toEqual({
        error: { code: "NOT_FOUND", message: "没有这个地址：/api/no/such/thing" },
      });
    });
  });
});
