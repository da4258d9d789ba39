import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ReportModel } from "../../domain/report/model.ts";
import { readReportFile } from "../../ingest/read-report.ts";
import { renderHtml } from "../../render/report/index.ts";
import { sampleReport } from "../../render/report/testing/sample-report.ts";
import { sharedAvailable, sharedFixture } from "../../test-support/shared-fixtures.ts";
import { REPO_ROOT, tempFolder } from "../check/check.test-support.ts";
import { registerRenderCommand } from "./render.ts";

/** `gongkai render …` in-process; what it printed on stderr and the exit code it set. */
async function render(...args: string[]) {
  const err: string[] = [];
  const error = vi.spyOn(console, "error").mockImplementation((line = "") => void err.push(String(line)));
  try {
    const program = new Command().exitOverride();
    registerRenderCommand(program);
    await program.parseAsync(["render", ...args], { from: "user" });
    return { err: err.join("\n"), exitCode: process.exitCode ?? 0 };
  } finally {
    process.exitCode = undefined;
    error.mockRestore();
  }
}

/** `node bin/gongkai.js render …` for what goes to stdout. */
function spawnRender(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(REPO_ROOT, "bin/gongkai.js"), "render", ...args], (e, stdout, stderr) =>
      resolve({ code: e ? Number((e as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function tablesOf(path: string): Promise<ReportModel["tables"]> {
  const read = await readReportFile(path);
  if (!read.report) throw new Error(read.findings.map((f) => f.message).join("; "));
  return read.report.tables;
}

describe("gongkai render", () => {
  let files: Awaited<ReturnType<typeof tempFolder>>;
  beforeAll(async () => {
    files = await tempFolder({ "报告.html": renderHtml(sampleReport()), "notes.txt": "会议纪要" });
  });
  afterAll(() => files.remove());

  it.each(["md", "html", "docx"])("→ %s with -o reads back with the same numbers", async (to) => {
    const output = files.path(`out.${to}`);
    const run = await render(files.path("报告.html"), "--to", to, "-o", output);
    expect(run).toEqual({ err: `已写入 ${output}。`, exitCode: 0 });
    expect(await tablesOf(output)).toEqual(sampleReport().tables);
  });

  it("→ docx without -o is written beside the input under its name", async () => {
    const run = await render(files.path("报告.html"), "--to", "docx");
    expect(run.exitCode).toBe(0);
    expect(await tablesOf(files.path("报告.docx"))).toEqual(sampleReport().tables);
  });

  it("refuses to write a Word file over the Word file it reads", async () => {
    const run = await render(files.path("报告.docx"), "--to", "docx");
    expect(run.exitCode).toBe(2);
    expect(run.err).toContain("输出文件会覆盖输入文件");
  });

  it.each([
    [["notes.txt", "--to", "md"], "notes.txt：未能识别为政府信息公开工作年度报告"],
    [["missing.pdf", "--to", "md"], "找不到文件"],
    [["报告.html", "--to", "pdf"], "输出格式“pdf”无效：应为 md、html 或 docx"],
  ])("%j: exit 2 with the reason", async ([input, ...rest], message) => {
    const run = await render(files.path(input as string), ...rest);
    expect(run.exitCode).toBe(2);
    expect(run.err).toContain(message);
  });

  it("→ md without -o prints the markdown on stdout (spawned)", async () => {
    const run = await spawnRender([files.path("报告.html"), "--to", "md"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("# 示例县人民政府办公室2023年政府信息公开工作年度报告");
    expect(run.stderr).toBe("");
    await writeFile(files.path("stdout.md"), run.stdout);
    expect(await tablesOf(files.path("stdout.md"))).toEqual(sampleReport().tables);
  }, 120_000);

  it.skipIf(!sharedAvailable)(
    "a published PDF → Word → read back: the numbers the PDF gave",
    async () => {
      const pdf = sharedFixture("external/huaian-city-2024.pdf");
      const output = files.path("huaian.docx");
      const run = await render(pdf, "--to", "docx", "-o", output);
      expect(run.exitCode).toBe(0);
      const fromPdf = await tablesOf(pdf);
      expect(fromPdf.applications[0]?.[6]).toBeGreaterThan(0);
      expect(await tablesOf(output)).toEqual(fromPdf);
    },
    300_000,
  );
});
