import { copyFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../domain/app-error.ts";
import { applicationRowIndex, FORMATS } from "../../domain/report/format/index.ts";
import type { ReportModel } from "../../domain/report/model.ts";
import { renderHtml, renderMarkdown } from "../../render/report/index.ts";
import { sampleReport } from "../../render/report/testing/sample-report.ts";
import { check, tempFolder, ZUNHUADIAN } from "./check.test-support.ts";
import { checkLineSchema } from "./contract.ts";

const zeros = (n: number) => Array<number>(n).fill(0);

describe("gongkai check on the zunhuadian 2023 report", () => {
  it("--json: one line with every number of the report as read, exit 0 (warnings only)", async () => {
    const run = await check([ZUNHUADIAN], { json: true });
    expect(run.code).toBe(0);
    expect(run.lines).toHaveLength(1);
    const [line] = run.lines;
    expect(checkLineSchema.safeParse(line).success).toBe(true);
    // Hand-read from the fixture: a township with nothing to report, every cell printed as 0.
    expect(line).toEqual({
      file: ZUNHUADIAN,
      format: "2021",
      year: 2023,
      agency: "平顶山高新技术产业开发区遵化店镇",
      tables: {
        proactive: {
          regulations: { issued: 0, abolished: 0, inForce: 0 },
          normativeDocuments: { issued: 0, abolished: 0, inForce: 0 },
          permits: { decisions: 0 },
          penalties: { decisions: 0 },
          enforcement: { decisions: 0 },
          fees: { amount: 0 },
        },
        applications: Array.from({ length: 25 }, () => zeros(7)),
        litigation: zeros(15),
      },
      findings: [expect.objectContaining({ rule: "text.generic", severity: "warning", cells: [] })],
    });
    expect(Object.keys(line as object)).toEqual(["file", "format", "year", "agency", "tables", "findings"]);
    expect(run.stderr).toContain("共核查 1 个文件：0 个有错误，1 个只有提醒，0 个无问题，0 个无法读取");
  });

  it("human output: the file, what was detected, each finding, then the summary line", async () => {
    const run = await check([ZUNHUADIAN]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(`${ZUNHUADIAN}（只有提醒）`);
    expect(lines[1]).toBe("  机关：平顶山高新技术产业开发区遵化店镇 · 年度：2023 · 2021 年版格式");
    expect(lines[2]).toMatch(/^ {2}提醒 text\.generic “五、存在的主要问题及改进情况”写得较笼统/);
    expect(lines.at(-2)).toBe(
      "共核查 1 个文件：0 个有错误，1 个只有提醒，0 个无问题，0 个无法读取；共 1 条问题（0 个错误，1 个提醒）。",
    );
    expect(run.stdout).not.toContain("\u001b["); // not a terminal: no colour
  });
});

/** The sample report of 2023 and a 2024 report; `consistent` carries 2023's 结转下年度 over. */
function twoYears(consistent: boolean): [ReportModel, ReportModel] {
  const last = sampleReport();
  const next = structuredClone(last);
  next.year = 2024;
  next.publishDate = "2025-01-20";
  if (consistent) {
    const format = FORMATS["2021"];
    // Last year's 结转下年度 is 2, 1, 0, 0, 0, 0 (3); this year's 新收 shrinks to keep the balance.
    next.tables.applications[applicationRowIndex(format, "carriedOver")] = [2, 1, 0, 0, 0, 0, 3];
    next.tables.applications[applicationRowIndex(format, "new")] = [31, 3, 0, 1, 2, 1, 38];
  }
  return [last, next];
}

describe("--previous: the cross-year rules", () => {
  let files: Awaited<ReturnType<typeof tempFolder>>;
  beforeAll(async () => {
    const [last, next] = twoYears(false);
    const [, good] = twoYears(true);
    files = await tempFolder({
      "2023.md": renderMarkdown(last),
      "2024.html": renderHtml(next),
      "2024-fixed.html": renderHtml(good),
    });
  });
  afterAll(() => files.remove());

  it("a 2024 report whose 上年结转 differs from 2023's 结转下年度 → year.carry-over, exit 1", async () => {
    const run = await check([files.path("2024.html")], { json: true, previous: files.path("2023.md") });
    expect(run.code).toBe(1);
    const carry = run.lines[0]?.findings.filter((f) => f.rule === "year.carry-over");
    // 商业企业 carried over 0 against 1 carried forward; 总计 2 against 3.
    expect(carry?.map((f) => [f.cells, f.expected, f.actual])).toEqual([
      [[{ table: "applications", row: 1, col: 1 }], 1, 0],
      [[{ table: "applications", row: 1, col: 6 }], 3, 2],
    ]);
  });

  it("without --previous the same file has no cross-year finding", async () => {
    const run = await check([files.path("2024.html")], { json: true });
    expect(run.lines[0]?.findings.map((f) => f.rule)).not.toContain("year.carry-over");
  });

  it("a consistent 2024 report passes year.carry-over", async () => {
    const run = await check([files.path("2024-fixed.html")], { json: true, previous: files.path("2023.md") });
    expect(run.lines[0]?.findings.map((f) => f.rule)).not.toContain("year.carry-over");
  });

  it("a previous report of another year: checked without the cross-year rules, with a warning", async () => {
    const run = await check([files.path("2023.md")], { json: true, previous: files.path("2024.html") });
    const findings = run.lines[0]?.findings ?? [];
    expect(findings[0]).toMatchObject({ rule: "check.previous", severity: "warning" });
    expect(findings[0]?.message).toContain("上年报告是 2024 年的");
    expect(run.code).toBe(0);
  });

  it("an unreadable --previous stops the command with the reason", async () => {
    await copyFile(ZUNHUADIAN, files.path("copy.txt"));
    const run = check([files.path("copy.txt")], { previous: files.path("nope.html") });
    await expect(run).rejects.toBeInstanceOf(AppError);
    await expect(run).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/^无法读取上年报告 .*nope\.html：找不到文件 .*nope\.html/),
    });
  });
});
