import { describe, expect, it } from "vitest";
import { validateReport } from "../../domain/report/validate/index.ts";
import { readReport } from "../../ingest/read-report.ts";
import { readText } from "../../ingest/text/index.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { handClock } from "../applications/application-samples.test-support.ts";
import { computeReport } from "./drafts.ts";
import { renderReport } from "./render-report.ts";
import { buildScenario } from "./report-scenario.test-support.ts";

forEachDialect((getDb) => {
  describe("a generated report read back by the readers", () => {
    it("gives the same numbers from its markdown, HTML and Word file, and passes every error-level rule", async () => {
      const ctx = { db: getDb().db, clock: handClock("2026-01-20").now };
      const { tree, agencyId } = await buildScenario(ctx, "rb1");
      const report = await computeReport(ctx, tree.as("clerk"), agencyId, 2025);
      expect(validateReport(report).filter((f) => f.severity === "error")).toEqual([]);

      const md = await renderReport(report, "md");
      expect(md.filename).toBe("甲市一县人民政府2025年政府信息公开工作年度报告.md");
      expect(md.contentType).toBe("text/markdown; charset=utf-8");
      const fromText = readText(new TextDecoder().decode(md.bytes));
      for (const file of [
        md,
        await renderReport(report, "html"),
        await renderReport(report, "docx", "（草稿）"),
      ]) {
        const read = file === md ? fromText : await readReport({ name: file.filename, bytes: file.bytes });
        expect(read.report?.tables, file.filename).toEqual(report.tables);
        expect(read.report?.year).toBe(2025);
        expect(read.report?.agency).toBe("甲市一县人民政府");
        expect(
          read.findings.filter((f) => f.severity === "error"),
          file.filename,
        ).toEqual([]);
      }
    });
  });
});
