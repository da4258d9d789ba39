import { describe, expect, it } from "vitest";
import { v2021 } from "../../domain/report/format/v2021.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import type { ServiceContext } from "../context.ts";
import { feesCollected, replyTimeliness } from "./application-facts.ts";
import { computeReport, getDraft } from "./drafts.ts";
import { computeTables } from "./report-basis.ts";
import {
  buildScenario,
  EXPECTED_APPLICATIONS,
  EXPECTED_FACTS,
  EXPECTED_LITIGATION,
  EXPECTED_PROACTIVE,
} from "./report-scenario.test-support.ts";

const clock = () => new Date("2026-01-20T02:00:00.000Z");

describe("a report computed from hand-made records", () => {
  forEachDialect((getDb) => {
    const ctx = (): ServiceContext => ({ db: getDb().db, clock });

    it("gives the tables worked out by hand", async () => {
      const { agencyId } = await buildScenario(ctx(), "cr1");
      const tables = await computeTables(ctx().db, agencyId, 2025);
      const expected = v2021.applications.rows.map(
        (row) => EXPECTED_APPLICATIONS[row.key] ?? Array(7).fill(0),
      );
      expect(tables.applications).toEqual(expected);
      expect(tables.proactive).toEqual(EXPECTED_PROACTIVE);
      expect(tables.litigation).toEqual(EXPECTED_LITIGATION);
    });

    it("counts timely replies and the fees paid in the year", async () => {
      const { agencyId } = await buildScenario(ctx(), "cr2");
      expect(await replyTimeliness(ctx().db, agencyId, 2025)).toEqual({
        replied: EXPECTED_FACTS.replied,
        onTime: EXPECTED_FACTS.onTime,
      });
      expect(await feesCollected(ctx().db, agencyId, 2025)).toEqual({
        totalFen: EXPECTED_FACTS.feeFen,
        applications: EXPECTED_FACTS.feeApplications,
      });
      // A16's notice was sent in 2024 but paid in 2025: nothing was paid in 2024.
      expect(await feesCollected(ctx().db, agencyId, 2024)).toEqual({ totalFen: 0, applications: 0 });
    });

    it("is a complete report that passes every rule, the prose included", async () => {
      const { agencyId, tree } = await buildScenario(ctx(), "cr3");
      const report = await computeReport(ctx(), tree.as("clerk"), agencyId, 2025);
      expect(report.title).toBe("甲市一县人民政府2025年政府信息公开工作年度报告");
      expect(report.format).toBe("2021");
      expect(report.sections.map((s) => s.heading)).toEqual(
        v2021.sections.map((s) => `${s.number}、${s.label}`),
      );
      const draft = await getDraft(ctx(), tree.as("clerk"), agencyId, 2025);
      expect(draft.findings).toEqual([]);
      expect(draft.deadline).toBe("2026-03-31");
      const overview = draft.suggestions.sections.overview;
      expect(overview).toContain("本年度新收政府信息公开申请9件，上年结转3件。");
      expect(overview).toContain(
        "全年办结9件，其中予以公开3件、部分公开1件、不予公开1件、无法提供1件、不予处理1件、其他处理2件；",
      );
      expect(overview).toContain("结转下年度继续办理3件。");
      expect(overview).toContain("本年度作出答复的7件申请中，6件在法定期限内答复，按期答复率为85.7%。");
      expect(overview).toContain("本年度制发行政规范性文件2件，废止1件，截至年底现行有效3件；");
      expect(draft.suggestions.sections.other).toContain("收取信息处理费共计4800元，涉及申请2件。");
      expect(draft.suggestions.sections.litigation).toContain(
        "行政复议案件共3件，其中结果维持1件、结果纠正1件、尚未审结1件。",
      );
      expect(draft.suggestions.sections.problems).toContain("有1件申请未在法定期限内答复");
      expect(draft.suggestions.sections.problems).toContain("结果为纠正的案件有1起");
    });

    it("says so when the year has no applications, fees or cases", async () => {
      const { tree } = await buildScenario(ctx(), "cr4");
      const quiet = tree.id(".k1.t1");
      const draft = await getDraft(ctx(), tree.as("super"), quiet, 2025);
      expect(draft.findings).toEqual([]);
      expect(draft.deadline).toBe("2026-01-31");
      expect(draft.suggestions.sections.overview).toContain("本年度没有办结的申请；");
      expect(draft.suggestions.sections.other).toContain("本年度未收取信息处理费。");
      expect(draft.suggestions.sections.litigation).toContain(
        "没有因政府信息公开工作引起的行政复议和行政诉讼案件",
      );
    });

    it("refuses a year before the 2021 format and an agency the user may not read", async () => {
      const { agencyId, tree } = await buildScenario(ctx(), "cr5");
      await expect(computeReport(ctx(), tree.as("clerk"), agencyId, 2020)).rejects.toMatchObject({
        code: "VALIDATION",
      });
      await expect(computeReport(ctx(), tree.as("clerk2"), agencyId, 2025)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(computeReport(ctx(), tree.as("super2"), agencyId, 2025)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    });
  });
});
