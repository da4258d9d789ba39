import { execFile, spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedAvailable, sharedFixture } from "../../test-support/shared-fixtures.ts";
import { check, REPO_ROOT, ZUNHUADIAN } from "../check/check.test-support.ts";
import type { CheckLine } from "../check/check-line.ts";
import { verdictOf } from "../check/summary.ts";

const BIN = join(REPO_ROOT, "bin/gongkai.js");

/** Runs the real command as a user would: `node bin/gongkai.js …`, from outside the repository. */
function gongkai(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: tmpdir(), env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const jsonLines = (stdout: string): CheckLine[] =>
  stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as CheckLine);

const STACK = /^\s+at /m;

describe("node bin/gongkai.js check", () => {
  it("the zunhuadian report: exit 0, one JSON line on stdout, the summary on stderr", async () => {
    const run = await gongkai(["check", "--json", ZUNHUADIAN]);
    expect(run.code, run.stderr).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ file: ZUNHUADIAN, format: "2021", year: 2023 });
    expect(lines[0]?.tables?.applications).toHaveLength(25);
    expect(run.stderr).toBe(
      "共核查 1 个文件：0 个有错误，1 个只有提醒，0 个无问题，0 个无法读取；共 1 条问题（0 个错误，1 个提醒）。\n",
    );
  }, 120_000);

  it("a missing file: exit 2, the reason in Chinese, no stack trace", async () => {
    const run = await gongkai(["check", "不存在的报告.pdf"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      "不存在的报告.pdf（无法读取）\n  错误 read.failed 找不到文件或目录 不存在的报告.pdf",
    );
    expect(run.stdout + run.stderr).not.toMatch(STACK);
  }, 120_000);

  it.each([
    [["check", "--jobs", "0", ZUNHUADIAN], "--jobs “0” 无效：请写 1 到 64 之间的整数"],
    [["check", "--timeout", "soon", ZUNHUADIAN], "--timeout “soon” 无效"],
    [["check"], "错误：缺少参数 <inputs>"],
    [["check", "--frobnicate", ZUNHUADIAN], "错误：没有选项“--frobnicate”"],
  ])(
    "misuse %j exits 2 (never 1, which means errors found)",
    async (args, message) => {
      const run = await gongkai(args);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stdout + run.stderr).not.toMatch(STACK);
    },
    120_000,
  );
});

describe("a pipeline that stops reading", () => {
  it("`check --json … | head -1`: the command ends quietly, no stack trace", async () => {
    const files = Array.from({ length: 300 }, () => ZUNHUADIAN);
    const child = spawn(process.execPath, [BIN, "check", "--json", ...files], { cwd: tmpdir() });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += String(d);
    });
    const first = await new Promise<string>((resolve) => {
      let out = "";
      child.stdout.on("data", (d) => {
        out += String(d);
        if (out.includes("\n")) {
          child.stdout.destroy(); // what `head -1` does after its line
          resolve(out.slice(0, out.indexOf("\n")));
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(JSON.parse(first)).toMatchObject({ format: "2021", year: 2023 });
    expect(stderr).not.toMatch(STACK);
    expect(code).toBe(0);
  }, 300_000);
});

describe.skipIf(!sharedAvailable)("the published PDFs, read in place from ../shared", () => {
  const hongze2023 = sharedFixture("external/hongze-district-2023.pdf");

  it("hongze 2023: table 四 does not add up → t4.group-total, exit 1 (spawned)", async () => {
    const run = await gongkai(["check", "--json", "--timeout", "600", hongze2023]);
    expect(run.code).toBe(1);
    const [line] = jsonLines(run.stdout);
    const groups = line?.findings.filter((f) => f.rule === "t4.group-total");
    // As printed: 行政复议 维持 10 + 纠正 1 with 总计 0; 复议后起诉 维持 5 with 总计 0.
    expect(groups?.map((f) => [f.cells.at(-1), f.expected, f.actual])).toEqual([
      [{ table: "litigation", row: 0, col: 4 }, 11, 0],
      [{ table: "litigation", row: 0, col: 14 }, 5, 0],
    ]);
    expect(line?.tables?.litigation.slice(0, 5)).toEqual([10, 1, 0, 0, 0]);
  }, 600_000);

  it("the three PDFs in one batch: a verdict for each, exit 1", async () => {
    const files = ["hongze-district-2023.pdf", "hongze-district-2024.pdf", "huaian-city-2024.pdf"].map((f) =>
      sharedFixture(`external/${f}`),
    );
    const run = await check(files, { json: true, timeoutMs: 600_000 });
    expect(run.lines.map((l) => [l.agency, l.year, verdictOf(l)])).toEqual([
      ["洪泽区人民政府", 2023, "errors"],
      ["淮安市洪泽区人民政府", 2024, "errors"],
      ["淮安市人民政府", 2024, "warnings"],
    ]);
    expect(run.code).toBe(1);
  }, 600_000);
});
