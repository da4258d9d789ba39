import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, describe, expect, it } from "vitest";
import { readReport } from "../../ingest/read-report.ts";
import { renderDocx } from "./docx.ts";
import { sampleReport } from "./testing/sample-report.ts";

function which(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const soffice = which("soffice");
const dir = mkdtempSync(join(tmpdir(), "gongkai-docx-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** LibreOffice (optional on a machine) opens the .docx we write and prints it as an A4 PDF. */
describe.skipIf(!soffice)("renderDocx through LibreOffice", () => {
  it("converts to a PDF of A4 pages with the title, the tables and — N — page numbers, which reads back", async () => {
    writeFileSync(join(dir, "report.docx"), await renderDocx(sampleReport()));
    execFileSync(
      "soffice",
      [
        // A profile of its own, so a concurrent LibreOffice does not lock this one out.
        `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        join(dir, "report.docx"),
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(join(dir, "report.pdf"))) }).promise;
    expect(pdf.numPages).toBeGreaterThanOrEqual(2);
    let text = "";
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [, , width, height] = page.view;
      expect([Math.round(width ?? 0), Math.round(height ?? 0)]).toEqual([595, 842]);
      const content = await page.getTextContent();
      const pageText = content.items.map((i) => ("str" in i ? i.str : "")).join("");
      expect(pageText.replace(/\s/g, "")).toContain(`—${n}—`);
      text += pageText;
    }
    const flat = text.replace(/\s/g, "");
    expect(flat).toContain("示例县人民政府办公室2023年政府信息公开工作年度报告");
    expect(flat).toContain("法人或其他组织");
    expect(flat).toContain("7730.28");
    await pdf.destroy();
    // And the PDF reads back: every number, agency, year and format.
    const report = sampleReport();
    const read = await readReport({
      name: "report.pdf",
      bytes: new Uint8Array(readFileSync(join(dir, "report.pdf"))),
    });
    expect(read.findings).toEqual([]);
    expect(read.report?.tables).toEqual(report.tables);
    expect([read.report?.agency, read.report?.year, read.report?.format]).toEqual([
      report.agency,
      report.year,
      "2021",
    ]);
  }, 180_000);
});
