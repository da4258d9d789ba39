import { describe, expect, it } from "vitest";
import { forEachDialect } from "../../test-support/dialects.ts";
import type { Actor } from "../actor.ts";
import { handClock } from "../applications/application-samples.test-support.ts";
import type { ServiceContext } from "../context.ts";
import { editProse, getDraft } from "./drafts.ts";
import { getPublishedReport, listPublishedReports } from "./public-reports.ts";
import { publishReport } from "./publish.ts";
import { buildScenario, filled } from "./report-scenario.test-support.ts";
import { reportStatus } from "./report-status.ts";

/** Saves the suggestions with their prompts answered; returns the draft version. */
async function fillDraft(ctx: ServiceContext, actor: Actor, agencyId: string, year: number): Promise<number> {
  const draft = await getDraft(ctx, actor, agencyId, year);
  const saved = await editProse(ctx, actor, agencyId, year, {
    expectedVersion: draft.draft.version,
    ...filled(draft.suggestions),
  });
  return saved.draft.version;
}

forEachDialect((getDb) => {
  /**
   * On 5 February 2026: county k1 published on 20 January (its deadline is 31 March), township t1
   * on 3 February (its deadline was 31 January), department edu has a draft only (deadline passed),
   * the rest nothing (city and counties: deadline 31 March still ahead).
   */
  const setup = async (prefix: string) => {
    const clock = handClock("2026-01-20");
    const ctx = { db: getDb().db, clock: clock.now };
    const { tree, agencyId } = await buildScenario(ctx, prefix);
    const system = tree.system;
    await publishReport(ctx, system, agencyId, 2025, {
      expectedVersion: await fillDraft(ctx, system, agencyId, 2025),
    });
    await fillDraft(ctx, system, tree.id(".k1.edu"), 2025);
    clock.set("2026-02-03");
    const t1 = tree.id(".k1.t1");
    await publishReport(ctx, system, t1, 2025, { expectedVersion: await fillDraft(ctx, system, t1, 2025) });
    clock.set("2026-02-05");
    return { ctx, tree, k1: agencyId };
  };

  describe("supervisor's report status", () => {
    it("shows each agency of the subtree: state, timeliness against its level's deadline, findings", async () => {
      const { ctx, tree, k1 } = await setup("st1");
      await editProse(ctx, tree.as("clerk"), k1, 2025, { expectedVersion: 1, preamble: "修订中的前言" });
      const rows = await reportStatus(ctx, tree.as("super"), tree.id(".c1"), 2025);
      expect(
        rows.map((r) => [r.agencyId, r.state, r.deadline, r.timeliness, r.firstPublished, r.revising]),
      ).toEqual([
        [tree.id(".c1"), "none", "2026-03-31", "pending", null, false],
        [k1, "published", "2026-03-31", "onTime", "2026-01-20", true],
        [tree.id(".k1.edu"), "draft", "2026-01-31", "overdue", null, false],
        [tree.id(".k1.t1"), "published", "2026-01-31", "late", "2026-02-03", false],
        [tree.id(".k10"), "none", "2026-03-31", "pending", null, false],
        [tree.id(".k2"), "none", "2026-03-31", "pending", null, false],
      ]);
      const edu = rows.find((r) => r.agencyId === tree.id(".k1.edu"));
      const live = await getDraft(ctx, tree.as("super"), tree.id(".k1.edu"), 2025);
      expect([edu?.errors, edu?.warnings]).toEqual([live.counts.errors, live.counts.warnings]);
      expect(rows.find((r) => r.agencyId === tree.id(".k2"))).toMatchObject({ errors: null, warnings: null });
      expect(rows.find((r) => r.agencyId === k1)).toMatchObject({ errors: 0, versions: 1 });
    });

    it("is the supervisor's own subtree only", async () => {
      const { ctx, tree } = await setup("st2");
      expect(
        (await reportStatus(ctx, tree.as("super"), tree.id(".k1"), 2025)).map((r) => r.agencyId),
      ).toEqual([tree.id(".k1"), tree.id(".k1.edu"), tree.id(".k1.t1")]);
      for (const [who, root] of [
        ["super2", ".c1"],
        ["super", ""],
        ["super", ".c2"],
        ["clerk", ".k1"],
        ["kadmin", ".k1"],
      ] as const) {
        await expect(reportStatus(ctx, tree.as(who), tree.id(root), 2025)).rejects.toMatchObject({
          code: "FORBIDDEN",
        });
      }
    });
  });

  describe("public reports", () => {
    it("lists and shows published versions only, never a draft", async () => {
      const { ctx, tree, k1 } = await setup("pu1");
      const { total, items } = await listPublishedReports(ctx, { under: tree.id(".c1"), year: 2025 });
      expect(total).toBe(2);
      expect(items.map((i) => [i.agencyId, i.firstPublished, i.latestVersion])).toEqual([
        [k1, "2026-01-20", 1],
        [tree.id(".k1.t1"), "2026-02-03", 1],
      ]);
      expect((await listPublishedReports(ctx, { agencyId: tree.id(".k1.edu") })).items).toEqual([]);
      const shown = await getPublishedReport(ctx, k1, 2025);
      expect(shown).toMatchObject({ version: 1, publishDate: "2026-01-20", versions: [{ version: 1 }] });
      expect(shown.report.publishDate).toBe("2026-01-20");
      await expect(getPublishedReport(ctx, tree.id(".k1.edu"), 2025)).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(getPublishedReport(ctx, k1, 2025, 2)).rejects.toMatchObject({ code: "NOT_FOUND" });
      // The draft's later prose is not what the public sees.
      await editProse(ctx, tree.as("clerk"), k1, 2025, { expectedVersion: 1, preamble: "尚未发布的修改" });
      expect((await getPublishedReport(ctx, k1, 2025)).report.preamble).not.toBe("尚未发布的修改");
    });

    it("pages through agencies and years", async () => {
      const { ctx, tree } = await setup("pu2");
      const first = await listPublishedReports(ctx, { under: tree.id(""), limit: 1 });
      const second = await listPublishedReports(ctx, { under: tree.id(""), limit: 1, offset: 1 });
      expect([first.total, second.total]).toEqual([2, 2]);
      expect([first.items[0]?.agencyId, second.items[0]?.agencyId]).toEqual([
        tree.id(".k1"),
        tree.id(".k1.t1"),
      ]);
      await expect(listPublishedReports(ctx, { limit: 0 })).rejects.toMatchObject({ code: "VALIDATION" });
    });
  });
});
