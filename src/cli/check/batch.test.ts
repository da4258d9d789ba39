import { readFileSync } from "node:fs";
import { readFile, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationRowIndex, FORMATS } from "../../domain/report/format/index.ts";
import { tinyPdf } from "../../ingest/pdf/tiny-pdf.fixture.ts";
import { renderDocx, renderHtml, renderMarkdown } from "../../render/report/index.ts";
import { sampleReport } from "../../render/report/testing/sample-report.ts";
import { check, MISBEHAVING_WORKER, REPO_ROOT, tempFolder, ZUNHUADIAN } from "./check.test-support.ts";
import type { CheckLine } from "./check-line.ts";
import { checkLineSchema } from "./contract.ts";
import { schemaErrors } from "./json-schema-check.test-support.ts";
import { verdictOf } from "./summary.ts";

/** An OLE compound file whose directory names `stream` (UTF-16LE), as Office writes it. */
const ole = (stream: string) =>
  Uint8Array.from([
    0xd0,
    0xcf,
    0x11,
    0xe0,
    0xa1,
    0xb1,
    0x1a,
    0xe1,
    ...new Uint8Array(504),
    ...Buffer.from(stream, "utf16le"),
  ]);

/** Bytes no text, markup or office format explains (a fixed pseudo-random sequence). */
const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);

/** The sample report with one wrong cell: （七）总计 · 自然人 is 30 instead of 31. */
function inconsistent() {
  const report = sampleReport();
  const total = report.tables.applications[applicationRowIndex(FORMATS["2021"], "total")];
  if (total) total[0] = 30;
  return report;
}

describe("a folder of good, bad and unreadable files", () => {
  let files: Awaited<ReturnType<typeof tempFolder>>;
  let imagesOnly: Awaited<ReturnType<typeof tempFolder>>;
  let run: Awaited<ReturnType<typeof check>>;
  beforeAll(async () => {
    const zunhuadian = await readFile(ZUNHUADIAN, "utf8");
    const docx = await renderDocx(sampleReport());
    files = await tempFolder({
      "a-good.txt": zunhuadian,
      "b-sample.html": renderHtml(sampleReport()),
      "c-inconsistent.md": renderMarkdown(inconsistent()),
      "d-empty.txt": "",
      "e-junk": junk,
      "f-notice.txt": "关于召开安全生产工作会议的通知\n请各单位负责人于周五上午九时参加。",
      // The file ends inside table 二: tables 三 and 四 and the last sections are lost.
      "g-truncated.txt": zunhuadian.split("\n").slice(0, 45).join("\n"),
      "h-huge.pdf": "",
      "i-locked.pdf": tinyPdf(["BT /F1 10 Tf 100 700 Td (secret) Tj ET"], { lockedWithPassword: true }),
      "j-corrupt.docx": docx.slice(0, Math.floor(docx.length / 2)),
      "k-locked.docx": ole("EncryptionInfo"),
      "l-old.doc": ole("WordDocument"),
      "nested/m-report.md": renderMarkdown(sampleReport()),
      ".hidden.txt": zunhuadian,
      "picture.png": Uint8Array.of(0x89, 0x50, 0x4e, 0x47),
    });
    await truncate(files.path("h-huge.pdf"), 51 * 1024 * 1024); // sparse: 51 MB on paper, nothing on disk
    imagesOnly = await tempFolder({ "scan.png": Uint8Array.of(0x89, 0x50, 0x4e, 0x47) });
    run = await check([files.dir, files.path("missing.pdf"), imagesOnly.dir], { json: true });
  }, 300_000);
  afterAll(async () => {
    await files.remove();
    await imagesOnly.remove();
  });

  const line = (name: string): CheckLine => {
    const found = run.lines.find((l) => l.file.endsWith(name));
    if (!found) throw new Error(`no line for ${name}`);
    return found;
  };

  it("reports every input once, in input order and name order inside folders; skips hidden and other files", () => {
    const names = [
      "a-good.txt",
      "b-sample.html",
      "c-inconsistent.md",
      "d-empty.txt",
      "e-junk",
      "f-notice.txt",
      "g-truncated.txt",
      "h-huge.pdf",
      "i-locked.pdf",
      "j-corrupt.docx",
      "k-locked.docx",
      "l-old.doc",
      join("nested", "m-report.md"),
    ];
    expect(run.lines.map((l) => l.file)).toEqual([
      ...names.map((n) => files.path(n)),
      files.path("missing.pdf"),
      imagesOnly.dir,
    ]);
  });

  it("every line follows the JSON contract (the zod schema and the published JSON Schema)", () => {
    const published = JSON.parse(readFileSync(join(REPO_ROOT, "docs/check-line.schema.json"), "utf8"));
    for (const l of run.lines) {
      expect(checkLineSchema.safeParse(l).error).toBeUndefined();
      expect(schemaErrors(published, l)).toEqual([]);
    }
  });

  it.each([
    ["a-good.txt", "warnings", "text.generic", "写得较笼统"],
    ["b-sample.html", "clean", null, null],
    ["c-inconsistent.md", "errors", "t3.balance", "“自然人”列"],
    ["d-empty.txt", "unreadable", "read.failed", "d-empty.txt：文件是空的（0 字节）"],
    ["e-junk", "unreadable", "read.failed", "无法识别的文件格式"],
    ["f-notice.txt", "unreadable", "read.failed", "未能识别为政府信息公开工作年度报告"],
    ["g-truncated.txt", "errors", "structure.tables", "未找到表三"],
    ["h-huge.pdf", "unreadable", "read.failed", "文件过大（51.0 MB），超过 50.0 MB 的上限"],
    ["i-locked.pdf", "unreadable", "read.failed", "受密码保护"],
    ["j-corrupt.docx", "unreadable", "read.failed", "读取 Word 文档时出错，文件可能已损坏"],
    ["k-locked.docx", "unreadable", "read.failed", "受密码保护"],
    ["l-old.doc", "unreadable", "read.failed", "另存为 .docx"],
    ["m-report.md", "clean", null, null],
    ["missing.pdf", "unreadable", "read.failed", "找不到文件或目录"],
  ])("%s: %s, first finding %s", (name, verdict, rule, text) => {
    const l = line(name);
    expect(verdictOf(l)).toBe(verdict);
    if (rule === null) return expect(l.findings).toEqual([]);
    expect(l.findings[0]?.rule).toBe(rule);
    expect(l.findings[0]?.message).toContain(text);
  });

  it("a folder with nothing to check is reported by name", () => {
    const l = line(imagesOnly.dir);
    expect(l.tables).toBeNull();
    expect(l.findings[0]?.message).toBe(
      `目录 ${imagesOnly.dir} 中没有可核查的报告文件（.txt、.md、.html、.htm、.docx、.doc、.pdf 或无扩展名的文件）；请检查目录是否选对`,
    );
  });

  it("a truncated table: the missing tables are said once, not once per blank row", () => {
    const rules = line("g-truncated.txt").findings.map((f) => `${f.rule} ${f.message.slice(0, 5)}`);
    expect(rules.filter((r) => r.startsWith("structure.tables"))).toEqual([
      "structure.tables 未找到表三",
      "structure.tables 未找到表四",
    ]);
  });

  it("exit 2: some input could not be read, although others have errors too", () => {
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("共核查 15 个文件：2 个有错误，1 个只有提醒，2 个无问题，10 个无法读取；");
  });
});

describe("a reader that hangs or dies", () => {
  let files: Awaited<ReturnType<typeof tempFolder>>;
  beforeAll(async () => {
    const text = await readFile(ZUNHUADIAN, "utf8");
    files = await tempFolder({ "1.txt": text, "2-hang.txt": text, "3-crash.txt": text, "4.txt": text });
  });
  afterAll(() => files.remove());

  it("is stopped at the time limit, reported, replaced; the rest of the batch is checked", async () => {
    const run = await check([files.dir], {
      json: true,
      jobs: 1,
      timeoutMs: 4000,
      workerModule: MISBEHAVING_WORKER,
    });
    expect(run.lines.map((l) => [l.file.slice(files.dir.length + 1), verdictOf(l)])).toEqual([
      ["1.txt", "warnings"],
      ["2-hang.txt", "unreadable"],
      ["3-crash.txt", "unreadable"],
      ["4.txt", "warnings"],
    ]);
    expect(run.lines[1]?.findings).toEqual([
      {
        rule: "read.failed",
        severity: "error",
        message: `${files.path("2-hang.txt")}：读取超时，超过 4 秒仍未读完，已跳过此文件；文件可能过大或结构异常，可用 --timeout 加大时限后单独重试`,
        cells: [],
      },
    ]);
    expect(run.lines[2]?.findings[0]?.message).toBe(
      `${files.path("3-crash.txt")}：核查线程意外退出，已跳过此文件`,
    );
    expect(run.code).toBe(2);
  }, 120_000);
});

describe("order", () => {
  it("results come out in input order whatever order the workers finish in", async () => {
    // Word files take far longer to read than text: with two workers they finish out of order.
    const docx = await renderDocx(sampleReport());
    const text = renderMarkdown(sampleReport());
    const entries: Record<string, string | Uint8Array> = {};
    for (let i = 0; i < 24; i++) {
      const name = `r${String(i).padStart(2, "0")}`;
      entries[i % 3 === 0 ? `${name}.docx` : `${name}.md`] = i % 3 === 0 ? docx : text;
    }
    const files = await tempFolder(entries);
    try {
      const run = await check([files.dir], { json: true, jobs: 2 });
      expect(run.lines.map((l) => l.file)).toEqual(Object.keys(entries).map((n) => files.path(n)));
      expect(run.code).toBe(0);
      await writeFile(files.path("unused"), ""); // the folder is still ours: nothing was held open
    } finally {
      await files.remove();
    }
  }, 300_000);
});
