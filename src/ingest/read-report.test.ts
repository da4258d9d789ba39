import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { gbk } from "./gbk.fixture.ts";
import { HUAIAN_2024, samplePage } from "./html/sample-page.fixture.ts";
import { readPdf } from "./pdf/index.ts";
import { grid, text, tinyPdf } from "./pdf/tiny-pdf.fixture.ts";
import { MAX_REPORT_BYTES, readReport, readReportFile } from "./read-report.ts";
import type { ReadResult } from "./types.ts";

const dir = mkdtempSync(join(tmpdir(), "gongkai-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utf8 = (s: string) => new TextEncoder().encode(s);
const failedWith = (result: ReadResult, fragment: string) => {
  expect(result.report).toBeNull();
  expect(result.findings.map((f) => f.rule)).toEqual(["read.failed"]);
  expect(result.findings[0]?.message).toContain(fragment);
};

/** A small text report (tab-separated, as copied from a web page). */
const TEXT_REPORT = [
  "某县2024年政府信息公开工作年度报告",
  "一、总体情况",
  "全年受理申请5件。",
  "三、收到和处理政府信息公开申请情况",
  "一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t5",
].join("\n");

describe("readReport: the type comes from the content, not the name", () => {
  it("reads a web page named .pdf as HTML", async () => {
    const { report } = await readReport({ name: "报告.pdf", bytes: utf8(samplePage(HUAIAN_2024)) });
    expect(report?.tables.litigation).toEqual(HUAIAN_2024.litigation);
  });

  it("reads a PDF named .txt as PDF", async () => {
    const page = [grid([700, 680], [100, 300, 360]), text(105, 685, "A"), text(305, 685, "1")].join("\n");
    const bytes = tinyPdf([page]);
    expect(await readReport({ name: "报告.txt", bytes })).toEqual(await readPdf(bytes));
  });

  it.each([
    ["UTF-8 with BOM", Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(TEXT_REPORT)])],
    ["UTF-16 LE with BOM", Uint8Array.from([0xff, 0xfe, ...Buffer.from(TEXT_REPORT, "utf16le")])],
    ["UTF-16 BE with BOM", Uint8Array.from([0xfe, 0xff, ...Buffer.from(TEXT_REPORT, "utf16le").swap16()])],
  ])("decodes text in %s", async (_name, bytes) => {
    const { report } = await readReport({ name: "r.txt", bytes });
    expect(report?.title).toBe("某县2024年政府信息公开工作年度报告");
    expect(report?.tables.applications[0]).toEqual([5, 0, 0, 0, 0, 0, 5]);
  });

  it("falls back to GB18030 when the text is not UTF-8", async () => {
    const { report } = await readReport({ name: "r.txt", bytes: gbk(TEXT_REPORT) });
    expect(report?.title).toBe("某县2024年政府信息公开工作年度报告");
    expect(report?.tables.applications[0]).toEqual([5, 0, 0, 0, 0, 0, 5]);
  });
});

describe("readReport: files it cannot read become findings", () => {
  const zipNotDocx = Uint8Array.from([
    0x50,
    0x4b,
    0x03,
    0x04,
    ...utf8("xl/workbook.xml"),
    ...new Uint8Array(64),
  ]);
  const cases: [string, Uint8Array, string][] = [
    ["an empty file", new Uint8Array(0), "文件是空的"],
    ["a zip that is not a Word document", zipNotDocx, "不是 Word .docx 文档"],
    ["a PNG image", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), "图片文件"],
    [
      "random binary bytes",
      Uint8Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256),
      "无法识别的文件格式",
    ],
    ["a truncated PDF", utf8("%PDF-1.4\n1 0 obj\n<< /Type /Catalog"), "PDF"],
  ];
  it.each(cases)("%s", async (_name, bytes, fragment) => {
    failedWith(await readReport({ name: "x", bytes }), fragment);
  });

  it("refuses a 60 MB file before looking inside", async () => {
    const big = new Uint8Array(60 * 1024 * 1024);
    failedWith(await readReport({ name: "big.pdf", bytes: big }), "文件过大（60.0 MB）");
    expect(big.length).toBeGreaterThan(MAX_REPORT_BYTES);
  });

  it("never throws, whatever the bytes", async () => {
    const prefixes = [
      "",
      "%PDF-1.4\n",
      "PK\u0003\u0004word/",
      "<html><table><tr><td rowspan=9999999>",
      "\uFEFF",
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...prefixes),
        fc.uint8Array({ maxLength: 3000 }),
        async (prefix, tail) => {
          const bytes = Uint8Array.from([...utf8(prefix), ...tail]);
          const result = await readReport({ name: "fuzz", bytes });
          expect(Array.isArray(result.findings)).toBe(true);
          if (result.report === null) expect(result.findings.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});

describe("readReportFile", () => {
  it("reads a file from disk", async () => {
    const path = join(dir, "r.html");
    writeFileSync(path, samplePage(HUAIAN_2024));
    expect((await readReportFile(path)).report?.year).toBe(2024);
  });

  it("reports a missing file and a directory", async () => {
    failedWith(await readReportFile(join(dir, "nope.pdf")), "找不到文件");
    failedWith(await readReportFile(dir), "不是文件");
  });
});
