import { describe, expect, it } from "vitest";
import { readReport } from "../../ingest/read-report.ts";
import { handClock } from "../../services/applications/application-samples.test-support.ts";
import { buildScenario, filled } from "../../services/reports/report-scenario.test-support.ts";
import { SAMPLE_PASSWORD } from "../../services/testing/sample-tree.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { TestClient } from "../../test-support/http-client.ts";
import { createApp } from "../app.ts";
import { authRoutes } from "./auth.ts";
import { reportRoutes } from "./reports.ts";
import { publicReportRoutes } from "./reports-public.ts";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The file name a browser takes from `filename*=UTF-8''…`. */
function downloadName(disposition: string | null): string {
  const m = /filename\*=UTF-8''([^;]+)/.exec(disposition ?? "");
  return m ? decodeURIComponent(m[1] ?? "") : "";
}

forEachDialect((getDb) => {
  const setup = async (prefix: string) => {
    const clock = handClock("2026-01-20");
    const deps = { db: getDb().db, clock: clock.now, logError: (e: unknown) => console.error(e) };
    const scenario = await buildScenario(deps, prefix);
    const app = createApp(deps, [authRoutes, reportRoutes, publicReportRoutes]);
    const signIn = async (name: string) => {
      const client = new TestClient(app);
      await client.login(scenario.tree.user(name).username, SAMPLE_PASSWORD);
      return client;
    };
    const base = `/api/reports/${scenario.agencyId}/2025`;
    return { app, signIn, base, ...scenario };
  };

  describe("annual report routes (staff)", () => {
    it("show the draft, save prose with a version check, validate unsaved prose, export files", async () => {
      const { app, signIn, base } = await setup("hr1");
      const clerk = await signIn("clerk");
      const draft = await clerk.get(`${base}/draft`);
      expect(draft.status).toBe(200);
      expect(draft.body.draft).toMatchObject({ stored: false, version: 0 });
      expect(draft.body.findings).toEqual([]);
      expect(draft.body.report.tables.applications[0]).toEqual([4, 1, 1, 1, 1, 1, 9]);

      const saved = await clerk.patch(`${base}/draft`, {
        expectedVersion: 0,
        sections: { other: "本年度未收取信息处理费。" },
      });
      expect(saved.status).toBe(200);
      expect(saved.body.draft.version).toBe(1);
      const stale = await clerk.patch(`${base}/draft`, { expectedVersion: 0, preamble: "x" });
      expect(stale.status).toBe(409);
      expect(stale.body.error.message).toContain("已被他人修改");

      const checked = await clerk.post(`${base}/validate`, { sections: { other: "其他事项。" } });
      expect(checked.status).toBe(200);
      expect(checked.body.findings.map((f: { rule: string }) => f.rule)).toEqual(["text.fee"]);
      const plain = await clerk.post(`${base}/validate`);
      expect(plain.status).toBe(200);
      expect(plain.body.counts).toEqual({ errors: 0, warnings: 0 });

      const word = await app.request(`${base}/render?to=docx`, { headers: { cookie: clerkCookie(clerk) } });
      expect(word.status).toBe(200);
      expect(word.headers.get("content-type")).toBe(DOCX);
      expect(downloadName(word.headers.get("content-disposition"))).toBe(
        "甲市一县人民政府2025年政府信息公开工作年度报告（草稿）.docx",
      );
      expect(word.headers.get("content-disposition")).toMatch(/^attachment; filename="annual-report\.docx"/);
      const read = await readReport({ name: "x.docx", bytes: new Uint8Array(await word.arrayBuffer()) });
      expect(read.report?.tables).toEqual(draft.body.report.tables);
      const md = await clerk.get(`${base}/render?to=md`);
      expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
      expect(md.body).toContain("## 三、收到和处理政府信息公开申请情况");
      expect((await clerk.get(`${base}/render?to=pdf`)).status).toBe(400);
    });

    it("publish for the office head only, list versions, and show one as published", async () => {
      const { signIn, base } = await setup("hr2");
      const clerk = await signIn("clerk");
      const head = await signIn("kadmin");
      const draft = await clerk.get(`${base}/draft`);
      await clerk.patch(`${base}/draft`, { expectedVersion: 0, ...filled(draft.body.suggestions) });
      expect((await clerk.post(`${base}/publish`, { expectedVersion: 1 })).status).toBe(403);
      const published = await head.post(`${base}/publish`, { expectedVersion: 1 });
      expect(published.status).toBe(201);
      expect(published.body).toMatchObject({
        version: 1,
        publishDate: "2026-01-20",
        onTime: true,
        errorCount: 0,
      });
      const versions = await clerk.get(`${base}/versions`);
      expect(versions.body.map((v: { version: number }) => v.version)).toEqual([1]);
      const one = await clerk.get(`${base}/versions/1`);
      expect(one.body.report.publishDate).toBe("2026-01-20");
      expect((await clerk.get(`${base}/versions/2`)).status).toBe(404);
      const again = await head.post(`${base}/publish`, { expectedVersion: 1, revisionNote: "无" });
      expect(again.status).toBe(409);
    });

    it("keep other agencies out and ask for a session and its CSRF token", async () => {
      const { app, signIn, base } = await setup("hr3");
      const other = await signIn("clerk2");
      expect((await other.get(`${base}/draft`)).status).toBe(403);
      expect((await other.patch(`${base}/draft`, { expectedVersion: 0, preamble: "x" })).status).toBe(403);
      expect((await other.get(`${base}/render?to=md`)).status).toBe(403);
      expect((await other.get(`${base}/versions`)).status).toBe(403);
      expect((await (await signIn("super2")).get(`${base}/draft`)).status).toBe(403);
      expect((await new TestClient(app).get(`${base}/draft`)).status).toBe(401);
      const clerk = await signIn("clerk");
      clerk.csrfToken = undefined;
      expect((await clerk.patch(`${base}/draft`, { expectedVersion: 0, preamble: "x" })).status).toBe(403);
    });
  });

  describe("supervisor's status route", () => {
    it("lists the supervisor's subtree, and nobody else's", async () => {
      const { signIn, tree } = await setup("hr4");
      const supervisor = await signIn("super");
      const rows = await supervisor.get("/api/reports/status?year=2025");
      expect(rows.status).toBe(200);
      expect(rows.body.map((r: { agencyId: string }) => r.agencyId)).toEqual(
        [".c1", ".k1", ".k1.edu", ".k1.t1", ".k10", ".k2"].map(tree.id),
      );
      expect((await supervisor.get(`/api/reports/status?year=2025&agencyId=${tree.id(".c2")}`)).status).toBe(
        403,
      );
      expect((await (await signIn("clerk")).get("/api/reports/status?year=2025")).status).toBe(403);
    });
  });

  describe("public report routes", () => {
    it("show published reports only, as JSON, an HTML fragment or a Word file", async () => {
      const { app, signIn, base, tree, agencyId } = await setup("hr5");
      const clerk = await signIn("clerk");
      const draft = await clerk.get(`${base}/draft`);
      await clerk.patch(`${base}/draft`, { expectedVersion: 0, ...filled(draft.body.suggestions) });
      const anon = new TestClient(app);
      expect((await anon.get(`/api/public/reports/${agencyId}/2025`)).status).toBe(404);
      expect((await anon.get(`/api/public/reports?under=${tree.id("")}`)).body).toEqual({
        total: 0,
        items: [],
      });

      await (await signIn("kadmin")).post(`${base}/publish`, { expectedVersion: 1 });
      const list = await anon.get(`/api/public/reports?under=${tree.id("")}&year=2025`);
      expect(list.body.items).toEqual([
        {
          agencyId,
          agencyName: "甲市一县人民政府",
          year: 2025,
          firstPublished: "2026-01-20",
          latestVersion: 1,
          versions: [{ version: 1, publishDate: "2026-01-20", revisionNote: null }],
        },
      ]);
      const shown = await anon.get(`/api/public/reports/${agencyId}/2025`);
      expect(shown.body.report.tables).toEqual(draft.body.report.tables);
      const html = await anon.get(`/api/public/reports/${agencyId}/2025?to=html`);
      expect(html.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(html.body).toMatch(/^<article class="gk-report"/);
      expect(html.headers.get("content-disposition")).toBeNull();
      const word = await app.request(`/api/public/reports/${agencyId}/2025?to=docx`);
      expect(word.headers.get("content-type")).toBe(DOCX);
      expect(downloadName(word.headers.get("content-disposition"))).toBe(
        "甲市一县人民政府2025年政府信息公开工作年度报告.docx",
      );
      expect((await anon.get(`/api/public/reports/${agencyId}/2025?version=0`)).status).toBe(400);
      expect((await anon.get(`/api/public/reports/${tree.id(".k2")}/2025`)).status).toBe(404);
    });

    it("are documented in the OpenAPI document under 年度报告", async () => {
      const { app } = await setup("hr6");
      const doc = await (await app.request("/api/openapi.json")).json();
      const paths = Object.keys(doc.paths).filter((p) => p.includes("reports"));
      expect(paths).toEqual(
        expect.arrayContaining([
          "/api/reports/{agencyId}/{year}/draft",
          "/api/reports/{agencyId}/{year}/publish",
          "/api/reports/status",
          "/api/public/reports",
          "/api/public/reports/{agencyId}/{year}",
        ]),
      );
      expect(doc.paths["/api/reports/{agencyId}/{year}/draft"].get.tags).toEqual(["年度报告"]);
    });
  });
});

/** The session cookie a TestClient holds, for requests that need raw bytes. */
function clerkCookie(client: TestClient): string {
  return (client as unknown as { cookie: string }).cookie;
}
