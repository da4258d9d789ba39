import { describe, expect, it } from "vitest";
import type { ReportModel } from "../../domain/report/model.ts";
import { handClock } from "../../services/applications/application-samples.test-support.ts";
import { computeReport, renderReport } from "../../services/reports/index.ts";
import { buildScenario } from "../../services/reports/report-scenario.test-support.ts";
import { SAMPLE_PASSWORD } from "../../services/testing/sample-tree.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { TestClient } from "../../test-support/http-client.ts";
import { createApp } from "../app.ts";
import { authRoutes } from "./auth.ts";
import { checkRoutes, MAX_CHECK_BYTES } from "./check.ts";

type Finding = { rule: string; severity: string; cells: unknown[]; cellNames: string[]; message: string };

/** A multipart body with the report and, optionally, last year's. */
function form(file: [string, Uint8Array], previous?: [string, Uint8Array]): FormData {
  const body = new FormData();
  body.set("file", new File([file[1] as Uint8Array<ArrayBuffer>], file[0]));
  if (previous) body.set("previous", new File([previous[1] as Uint8Array<ArrayBuffer>], previous[0]));
  return body;
}

const rulesOf = (findings: Finding[]) => findings.map((f) => f.rule);

forEachDialect((getDb) => {
  const setup = async (prefix: string) => {
    const deps = {
      db: getDb().db,
      clock: handClock("2026-01-20").now,
      logError: (e: unknown) => console.error(e),
    };
    const { tree, agencyId } = await buildScenario(deps, prefix);
    const app = createApp(deps, [authRoutes, checkRoutes]);
    const clerk = new TestClient(app);
    await clerk.login(tree.user("clerk").username, SAMPLE_PASSWORD);
    const report = await computeReport(deps, tree.as("clerk"), agencyId, 2025);
    const lastYear = await computeReport(deps, tree.as("clerk"), agencyId, 2024);
    const file = async (r: ReportModel, to: "md" | "html" | "docx"): Promise<[string, Uint8Array]> => {
      const rendered = await renderReport(r, to);
      return [rendered.filename, rendered.bytes];
    };
    return { app, clerk, report, lastYear, file };
  };

  describe("POST /api/check", () => {
    it("reads a rendered report as markdown, HTML and Word with no error, and marks an altered figure", async () => {
      const { clerk, report, file } = await setup("ck1");
      for (const to of ["md", "html", "docx"] as const) {
        const res = await clerk.post("/api/check", form(await file(report, to)));
        expect(res.status, to).toBe(200);
        expect(res.body.report.tables, to).toEqual(report.tables);
        expect(res.body.counts.errors, to).toBe(0);
        expect(res.body.file).toBe(`甲市一县人民政府2025年政府信息公开工作年度报告.${to}`);
        expect(res.body.previous).toBeNull();
      }
      const altered = structuredClone(report);
      const row = altered.tables.applications[0] ?? [];
      row[0] = (row[0] ?? 0) + 1; // 一、本年新收 · 自然人: the row total and the balance no longer hold
      const res = await clerk.post("/api/check", form(await file(altered, "md")));
      expect(res.status).toBe(200);
      const errors = (res.body.findings as Finding[]).filter((f) => f.severity === "error");
      expect(rulesOf(errors)).toEqual(expect.arrayContaining(["t3.row-total", "t3.balance"]));
      const rowTotal = errors.find((f) => f.rule === "t3.row-total");
      expect(rowTotal?.cells).toContainEqual({ table: "applications", row: 0, col: 0 });
      expect(rowTotal?.cellNames.join("")).toContain("表三");
      expect(res.body.html).toMatch(
        /class="gk-num gk-highlight" data-table="applications" data-row="0" data-col="0"/,
      );
    });

    it("applies the cross-year rules against last year's report, and says when that cannot be read", async () => {
      const { clerk, report, lastYear, file } = await setup("ck2");
      const current = await file(report, "md");
      const agreeing = await clerk.post("/api/check", form(current, await file(lastYear, "html")));
      expect(agreeing.status).toBe(200);
      expect(agreeing.body.previous).toEqual({
        file: expect.stringContaining("2024"),
        year: 2024,
        read: true,
      });
      expect(agreeing.body.counts.errors).toBe(0);

      const changed = structuredClone(lastYear);
      const forward = changed.tables.applications.at(-1) ?? [];
      forward[0] = (forward[0] ?? 0) + 2;
      forward[6] = (forward[6] ?? 0) + 2;
      const disagreeing = await clerk.post("/api/check", form(current, await file(changed, "md")));
      expect(rulesOf(disagreeing.body.findings)).toContain("year.carry-over");

      const broken = await clerk.post(
        "/api/check",
        form(current, ["2024.docx", new Uint8Array([80, 75, 3, 4, 1, 2])]),
      );
      expect(broken.status).toBe(200);
      expect(broken.body.previous).toMatchObject({ read: false, year: null });
      expect(broken.body.findings[0]).toMatchObject({ rule: "check.previous", severity: "warning" });
      expect(broken.body.findings[0].message).toContain("上年报告无法读取");
    });

    it("answers a broken Word file with a read.failed finding, and refuses too large or anonymous uploads", async () => {
      const { app, clerk, report, file } = await setup("ck3");
      const [name, docx] = await file(report, "docx");
      const broken = await clerk.post("/api/check", form([name, docx.slice(0, Math.floor(docx.length / 2))]));
      expect(broken.status).toBe(200);
      expect(broken.body.report).toBeNull();
      expect(broken.body.html).toBeNull();
      expect(broken.body.findings).toHaveLength(1);
      expect(broken.body.findings[0]).toMatchObject({ rule: "read.failed", severity: "error" });
      expect(broken.body.findings[0].message).toMatch(/[\u4e00-\u9fff]/);

      const empty = await clerk.post("/api/check", form(["空.txt", new Uint8Array()]));
      expect(empty.body.findings[0].message).toContain("文件是空的");

      const big = await clerk.post("/api/check", form(["大.pdf", new Uint8Array(MAX_CHECK_BYTES + 1)]));
      expect(big.status).toBe(400);
      expect(big.body.error.message).toContain("20 MB");
      expect(big.body.error.issues[0].path).toEqual(["file"]);

      const missing = await clerk.post("/api/check", new FormData());
      expect(missing.status).toBe(400);
      expect(missing.body.error.issues[0].path).toEqual(["file"]);

      const anonymous = await new TestClient(app).post("/api/check", form([name, docx]));
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.error.message).toBe("请先登录");
      // Refused before the body is read: an anonymous request without a file is 401, not a 400 about the form.
      expect((await new TestClient(app).post("/api/check", new FormData())).status).toBe(401);
    });
  });
});
