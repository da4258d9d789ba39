import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { v2021 } from "../../domain/report/format/v2021.ts";
import { readReport } from "../../ingest/read-report.ts";
import { handClock } from "../../services/applications/application-samples.test-support.ts";
import {
  buildScenario,
  EXPECTED_APPLICATIONS,
  EXPECTED_LITIGATION,
  EXPECTED_PROACTIVE,
} from "../../services/reports/report-scenario.test-support.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { checkLineSchema } from "../check/contract.ts";
import { runCommand } from "../run-command.test-support.ts";
import { registerReportCommand } from "./report.ts";

/** Runs `gongkai report …` in-process; returns what it printed and the exit code it set. */
async function runReport(...args: string[]) {
  return runCommand(registerReportCommand, ["report", ...args]);
}

const dir = mkdtempSync(join(tmpdir(), "gk-report-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("gongkai report generate", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  forEachDialect((getDb, dialect) => {
    it("prints the check --json contract object of the computed report", async () => {
      const { agencyId } = await buildScenario(
        { db: getDb().db, clock: handClock("2026-01-20").now },
        "cli1",
      );
      vi.stubEnv("DATABASE_URL", getDb().url);
      const { out, err, exitCode } = await runReport("generate", "--agency", agencyId, "--year", "2025");
      expect(exitCode).toBeUndefined();
      expect(out).toHaveLength(1);
      const line = JSON.parse(out[0] ?? "");
      expect(Object.keys(line)).toEqual(["file", "format", "year", "agency", "tables", "findings"]);
      expect(checkLineSchema.safeParse(line).success).toBe(true);
      expect(line).toMatchObject({
        file: "甲市一县人民政府2025年政府信息公开工作年度报告.json",
        format: "2021",
        year: 2025,
        agency: "甲市一县人民政府",
        findings: [],
      });
      expect(Object.keys(line.tables)).toEqual(["proactive", "applications", "litigation"]);
      expect(line.tables.applications).toEqual(
        v2021.applications.rows.map((r) => EXPECTED_APPLICATIONS[r.key] ?? Array(7).fill(0)),
      );
      expect(line.tables.proactive).toEqual(EXPECTED_PROACTIVE);
      expect(line.tables.litigation).toEqual(EXPECTED_LITIGATION);
      expect(err.join("\n")).toContain("核查：0 个错误，0 个提醒；待填写：");
    });

    it("writes markdown and Word files that read back to the same numbers", async () => {
      vi.stubEnv("DATABASE_URL", getDb().url);
      const agencyId = "cli1.k1";
      const json = JSON.parse(
        (await runReport("generate", "--agency", agencyId, "--year", "2025")).out[0] ?? "",
      );
      for (const to of ["md", "docx", "html"]) {
        const file = join(dir, `${dialect}.${to}`);
        const { err, exitCode } = await runReport(
          "generate",
          "--agency",
          agencyId,
          "--year",
          "2025",
          "--to",
          to,
          "-o",
          file,
        );
        expect(exitCode).toBeUndefined();
        expect(err[0]).toContain(`已写入 ${file}`);
        const read = await readReport({ name: file, bytes: new Uint8Array(readFileSync(file)) });
        expect(read.report?.tables, to).toEqual(json.tables);
      }
    });

    it("refuses bad options and unknown agencies with a message and exit code 2", async () => {
      vi.stubEnv("DATABASE_URL", getDb().url);
      const year = await runReport("generate", "--agency", "cli1.k1", "--year", "25");
      expect([year.exitCode, year.err[0]]).toEqual([2, expect.stringContaining("四位数字的年份")]);
      const to = await runReport("generate", "--agency", "cli1.k1", "--year", "2025", "--to", "pdf");
      expect([to.exitCode, to.err[0]]).toEqual([2, expect.stringContaining("json、md、html 或 docx")]);
      const early = await runReport("generate", "--agency", "cli1.k1", "--year", "2020");
      expect([early.exitCode, early.err[0]]).toEqual([2, expect.stringContaining("2021 年及以后")]);
      const unknown = await runReport("generate", "--agency", "nobody", "--year", "2025");
      expect([unknown.exitCode, unknown.err[0]]).toEqual([2, "机关“nobody”不存在，请检查机关编号"]);
    });
  });
});
