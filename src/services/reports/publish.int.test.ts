import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { v2021 } from "../../domain/report/format/v2021.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { counterInput, handClock } from "../applications/application-samples.test-support.ts";
import { recordStep } from "../applications/record-step.ts";
import { registerApplication } from "../applications/register-application.ts";
import { listAudit } from "../audit/audit-log.ts";
import { applicationRow, insertApplicationRows } from "../testing/application-rows.ts";
import { editProse, getDraft } from "./drafts.ts";
import { publishReport } from "./publish.ts";
import { buildScenario, filled } from "./report-scenario.test-support.ts";
import { getVersion, listVersions } from "./versions.ts";

const NEW_ROW = v2021.applications.rows.findIndex((r) => r.key === "new");

forEachDialect((getDb) => {
  const setup = async (prefix: string, day = "2026-01-20") => {
    const clock = handClock(day);
    const ctx = { db: getDb().db, clock: clock.now };
    const scenario = await buildScenario(ctx, prefix);
    return { ctx, clock, ...scenario };
  };

  describe("drafts", () => {
    it("start from the suggestions, save with optimistic versions, and are audited", async () => {
      const { ctx, tree, agencyId } = await setup("pub1");
      const clerk = tree.as("clerk");
      const fresh = await getDraft(ctx, clerk, agencyId, 2025);
      expect(fresh.draft).toEqual({ stored: false, version: 0, updatedAt: null, updatedBy: null });
      expect(fresh.report.preamble).toBe(fresh.suggestions.preamble);
      expect(fresh.placeholders).toContain("五、存在的主要问题及改进情况");

      const saved = await editProse(ctx, clerk, agencyId, 2025, {
        expectedVersion: 0,
        sections: { other: "本年度未收取信息处理费。" },
      });
      expect(saved.draft).toMatchObject({ stored: true, version: 1, updatedBy: tree.user("clerk").id });
      expect(saved.report.sections.find((s) => s.key === "other")?.text).toBe("本年度未收取信息处理费。");
      // The other parts were stored from the suggestions.
      expect(saved.report.sections.find((s) => s.key === "overview")?.text).toBe(
        fresh.suggestions.sections.overview,
      );

      await expect(
        editProse(ctx, clerk, agencyId, 2025, { expectedVersion: 0, preamble: "前言" }),
      ).rejects.toMatchObject({ code: "CONFLICT" });
      const second = await editProse(ctx, clerk, agencyId, 2025, { expectedVersion: 1, preamble: "前言" });
      expect(second.draft.version).toBe(2);
      expect(second.report.preamble).toBe("前言");

      const audit = await listAudit(ctx, clerk, { agencyId, entity: "annual_report" });
      expect(audit.map((a) => a.action)).toEqual(["update", "create"]);
      expect(audit[0]?.before).toMatchObject({ year: 2025, preamble: fresh.suggestions.preamble });
      expect(audit[0]?.after).toMatchObject({ year: 2025, preamble: "前言" });
    });

    it("let exactly one of two simultaneous editors, and one of two publishers, win", async () => {
      const { ctx, tree, agencyId } = await setup("pub6");
      const clerk = tree.as("clerk");
      const edits = await Promise.allSettled(
        ["甲", "乙"].map((preamble) =>
          editProse(ctx, clerk, agencyId, 2025, { expectedVersion: 0, preamble }),
        ),
      );
      expect(edits.map((e) => e.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect(edits.find((e) => e.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
      const draft = await getDraft(ctx, clerk, agencyId, 2025);
      expect(draft.draft.version).toBe(1);
      await editProse(ctx, clerk, agencyId, 2025, { expectedVersion: 1, ...filled(draft.suggestions) });
      const publications = await Promise.allSettled(
        [1, 2].map(() => publishReport(ctx, tree.as("kadmin"), agencyId, 2025, { expectedVersion: 2 })),
      );
      expect(publications.map((p) => p.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect(publications.find((p) => p.status === "rejected")).toMatchObject({
        reason: { code: "CONFLICT" },
      });
      expect((await listVersions(ctx, clerk, agencyId, 2025)).map((v) => v.version)).toEqual([1]);
    });

    it("refuse bad input with every problem named", async () => {
      const { ctx, tree, agencyId } = await setup("pub2");
      await expect(
        editProse(ctx, tree.as("clerk"), agencyId, 2025, {
          expectedVersion: -1,
          sections: { overview: "x".repeat(20_001), nonsense: "y" } as never,
        }),
      ).rejects.toMatchObject({
        code: "VALIDATION",
        details: {
          issues: [
            expect.objectContaining({
              path: ["sections", "overview"],
              message: expect.stringContaining("20000"),
            }),
            expect.objectContaining({ path: ["sections"], message: expect.stringContaining("nonsense") }),
            expect.objectContaining({ path: ["expectedVersion"] }),
          ],
        },
      });
    });
  });

  describe("publication", () => {
    it("refuses prompts left unfilled, needs a publisher's role, and freezes the version", async () => {
      const { ctx, clock, tree, agencyId } = await setup("pub3");
      const clerk = tree.as("clerk");
      const head = tree.as("kadmin");
      await expect(publishReport(ctx, head, agencyId, 2025, { expectedVersion: 0 })).rejects.toMatchObject({
        code: "VALIDATION",
        message: expect.stringContaining("【请填写……】"),
      });
      const draft = await getDraft(ctx, clerk, agencyId, 2025);
      await editProse(ctx, clerk, agencyId, 2025, { expectedVersion: 0, ...filled(draft.suggestions) });
      await expect(publishReport(ctx, clerk, agencyId, 2025, { expectedVersion: 1 })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(publishReport(ctx, head, agencyId, 2025, { expectedVersion: 0 })).rejects.toMatchObject({
        code: "CONFLICT",
      });
      const v1 = await publishReport(ctx, head, agencyId, 2025, { expectedVersion: 1 });
      expect(v1).toMatchObject({
        version: 1,
        publishDate: "2026-01-20",
        deadline: "2026-03-31",
        errorCount: 0,
        acknowledgedErrors: [],
        publisherName: "kadmin",
        draftVersion: 1,
      });
      expect(v1.report.publishDate).toBe("2026-01-20");
      const tableAtPublication = v1.report.tables.applications;

      // Records change after publication: an application through the real procedure, and one more row.
      clock.set("2026-01-22");
      const registered = await registerApplication(ctx, clerk, counterInput("2025-12-29"));
      const id = registered.application.id;
      await recordStep(ctx, clerk, id, registered.application.version, {
        type: "decided",
        date: "2026-01-05",
        outcome: "unableNotHeld",
      });
      const later = await getDraft(ctx, clerk, agencyId, 2025);
      expect(later.report.tables.applications[NEW_ROW]?.[0]).toBe(
        (tableAtPublication[NEW_ROW]?.[0] ?? 0) + 1,
      );
      expect(later.changedSincePublication?.any).toBe(true);
      expect(later.changedSincePublication?.cells).toContainEqual({
        table: "applications",
        row: NEW_ROW,
        col: 0,
      });
      expect(later.changedSincePublication?.sections).toEqual([]);

      // The published version did not move; nor can the database be made to move it.
      expect((await getVersion(ctx, clerk, agencyId, 2025, 1)).report.tables.applications).toEqual(
        tableAtPublication,
      );
      await expect(
        sql`update annual_report_versions set publish_date = '2026-01-01'`.execute(ctx.db),
      ).rejects.toThrow(/append-only/);
      await expect(sql`delete from annual_report_versions`.execute(ctx.db)).rejects.toThrow(/append-only/);

      // Publishing again makes version 2, with a reason; both stay listed.
      await expect(publishReport(ctx, head, agencyId, 2025, { expectedVersion: 1 })).rejects.toMatchObject({
        code: "VALIDATION",
        details: { issues: [{ path: ["revisionNote"] }] },
      });
      const v2 = await publishReport(ctx, head, agencyId, 2025, {
        expectedVersion: 1,
        revisionNote: "补录2025年12月29日收到的申请1件",
      });
      expect(v2).toMatchObject({ version: 2, publishDate: "2026-01-22" });
      const versions = await listVersions(ctx, tree.as("super"), agencyId, 2025);
      expect(versions.map((v) => [v.version, v.publishDate, v.onTime, v.revisionNote])).toEqual([
        [1, "2026-01-20", true, null],
        [2, "2026-01-22", true, "补录2025年12月29日收到的申请1件"],
      ]);
      expect((await getVersion(ctx, clerk, agencyId, 2025, 1)).report.tables.applications).toEqual(
        tableAtPublication,
      );
      await expect(
        publishReport(ctx, head, agencyId, 2025, { expectedVersion: 1, revisionNote: "再发一次" }),
      ).rejects.toMatchObject({ code: "CONFLICT" });
      const audit = await listAudit(ctx, head, { agencyId, entity: "annual_report" });
      expect(
        audit.filter((a) => a.action === "publish").map((a) => (a.after as { version: number }).version),
      ).toEqual([2, 1]);
    });

    it("publishes over an error only when each error rule is acknowledged, and keeps the acknowledgement", async () => {
      const { ctx, tree } = await setup("pub4");
      const edu = tree.id(".k1.edu");
      const staff = tree.as("educlerk");
      // A clerk-only department: the system actor (CLI) publishes for it in this test.
      const publish = (year: number, input: Parameters<typeof publishReport>[4]) =>
        publishReport(ctx, tree.system, edu, year, input);
      const fill = async (year: number) => {
        const draft = await getDraft(ctx, staff, edu, year);
        await editProse(ctx, staff, edu, year, {
          expectedVersion: draft.draft.version,
          ...filled(draft.suggestions),
        });
      };
      await fill(2024);
      await publish(2024, { expectedVersion: 1 });
      // An application of 2024 registered late changes 2024's carried-forward after its publication:
      // 2025's carried-over no longer equals what the 2024 report says.
      await insertApplicationRows(ctx.db, [
        applicationRow(
          {
            id: "pub4-late",
            agencyId: edu,
            applicantType: "commercial",
            receivedOn: "2024-12-30",
            closedOn: null,
            outcome: null,
          },
          880_001,
        ),
      ]);
      await fill(2025);
      const draft = await getDraft(ctx, staff, edu, 2025);
      expect(draft.counts.errors).toBeGreaterThan(0);
      expect(new Set(draft.findings.filter((f) => f.severity === "error").map((f) => f.rule))).toEqual(
        new Set(["year.carry-over"]),
      );
      expect(draft.findings[0]?.cellNames[0]).toBe("表三 二、上年结转政府信息公开申请数量 · 商业企业");
      await expect(publish(2025, { expectedVersion: 1 })).rejects.toMatchObject({
        code: "VALIDATION",
        details: {
          issues: expect.arrayContaining([expect.objectContaining({ path: ["acknowledgeErrors"] })]),
        },
      });
      const v1 = await publish(2025, { expectedVersion: 1, acknowledgeErrors: ["year.carry-over"] });
      expect(v1.acknowledgedErrors).toEqual(["year.carry-over"]);
      expect(v1.errorCount).toBe(draft.counts.errors);
      expect(v1.findings.filter((f) => f.severity === "error")).toHaveLength(draft.counts.errors);
    });
  });

  describe("isolation", () => {
    it("lets staff of another agency neither read nor change a report, and supervisors only read down", async () => {
      const { ctx, tree, agencyId } = await setup("pub5");
      const patch = { expectedVersion: 0, preamble: "别人的报告" };
      for (const name of ["clerk2", "super2", "educlerk", "cityclerk"]) {
        await expect(getDraft(ctx, tree.as(name), agencyId, 2025)).rejects.toMatchObject({
          code: "FORBIDDEN",
        });
        await expect(listVersions(ctx, tree.as(name), agencyId, 2025)).rejects.toMatchObject({
          code: "FORBIDDEN",
        });
      }
      for (const name of ["clerk2", "super", "super2", "educlerk", "cityclerk"]) {
        await expect(editProse(ctx, tree.as(name), agencyId, 2025, patch)).rejects.toMatchObject({
          code: "FORBIDDEN",
        });
        await expect(
          publishReport(ctx, tree.as(name), agencyId, 2025, { expectedVersion: 0 }),
        ).rejects.toMatchObject({
          code: "FORBIDDEN",
        });
      }
      expect((await getDraft(ctx, tree.as("super"), agencyId, 2025)).agency.id).toBe(agencyId);
    });
  });
});
