import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { HEADLESS_CHROMIUM } from "../../render/letters/pdf-converter.ts";
import { HUAIAN_2024, reportBody } from "../html/sample-page.fixture.ts";
import { readPdf, SCANNED_MESSAGE } from "./index.ts";
import { grid, text, tinyPdf } from "./tiny-pdf.fixture.ts";

const dir = mkdtempSync(join(tmpdir(), "gongkai-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hasTool = (path: string) => existsSync(path);
const failure = async (bytes: Uint8Array) => {
  const { report, findings } = await readPdf(bytes);
  expect(report).toBeNull();
  expect(findings).toHaveLength(1);
  expect(findings[0]?.rule).toBe("read.failed");
  return findings[0]?.message ?? "";
};

const tablePdf = () =>
  tinyPdf([
    [grid([700, 680, 660], [100, 200, 260]), text(105, 685, "Rules"), text(205, 685, "1")].join("\n"),
  ]);

describe("readPdf on PDFs it cannot read", () => {
  it("a page without a text layer (a scan) is reported as such", async () => {
    // Only drawing, no text: what a scanned page looks like to a text extractor.
    expect(await failure(tinyPdf([grid([700, 600], [100, 300])]))).toBe(SCANNED_MESSAGE);
  });

  it("a truncated file is reported as damaged", async () => {
    const whole = tablePdf();
    expect(await failure(whole.subarray(0, 60))).toMatch(/PDF 文件已损坏|读取 PDF 文件时出错/);
  });

  it("random bytes after a PDF header are reported, not thrown", async () => {
    const bytes = Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 251);
    bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
    expect(await failure(bytes)).toMatch(/PDF/);
  });

  it("a PDF whose security handler needs a password is reported as locked", async () => {
    const locked = tinyPdf([text(100, 700, "secret")], { lockedWithPassword: true });
    expect(await failure(locked)).toContain("受密码保护");
  });

  it.skipIf(!hasTool("/usr/bin/qpdf"))("a PDF locked by qpdf (AES-256) is reported as locked", async () => {
    const plain = join(dir, "plain.pdf");
    const locked = join(dir, "locked.pdf");
    writeFileSync(plain, tablePdf());
    execFileSync("/usr/bin/qpdf", ["--encrypt", "user-pw", "owner-pw", "256", "--", plain, locked]);
    expect(await failure(new Uint8Array(readFileSync(locked)))).toContain("受密码保护");
  });
});

// Chromium is part of the project's machines (end-to-end tests): under CI=true it must be there.
const noChromium = !hasTool("/usr/bin/chromium") && process.env.CI !== "true";

describe.skipIf(noChromium)("readPdf on a report printed to PDF by Chromium", () => {
  it("reads every cell of the tables", { timeout: 120_000 }, async () => {
    const html = join(dir, "report.html");
    const pdf = join(dir, "report.pdf");
    writeFileSync(
      html,
      `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${reportBody(HUAIAN_2024)}</body></html>`,
    );
    execFileSync(
      "/usr/bin/chromium",
      [
        ...HEADLESS_CHROMIUM,
        `--user-data-dir=${join(dir, "profile")}`,
        "--no-pdf-header-footer",
        `--print-to-pdf=${pdf}`,
        `file://${html}`,
      ],
      { stdio: "ignore", timeout: 100_000 },
    );
    const { report } = await readPdf(new Uint8Array(readFileSync(pdf)));
    expect(report?.title).toBe("淮安市人民政府2024年政府信息公开工作年度报告");
    expect(report?.tables.applications).toEqual(HUAIAN_2024.applications);
    expect(report?.tables.litigation).toEqual(HUAIAN_2024.litigation);
    expect(report?.tables.proactive.fees).toEqual({ amount: 96171.6 });
  });
});
