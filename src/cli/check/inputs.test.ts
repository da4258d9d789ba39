import { mkdir, symlink } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempFolder } from "./check.test-support.ts";
import { expandInputs, isCandidate } from "./inputs.ts";

describe("isCandidate: which files inside a folder are checked", () => {
  it.each([
    ["报告.txt", true],
    ["报告.MD", true],
    ["page.html", true],
    ["page.HTM", true],
    ["art_123.shtml", true],
    ["index.aspx", true],
    ["报告.docx", true],
    ["报告.doc", true],
    ["报告.pdf", true],
    ["c8f3a1", true], // no extension: judged by content
    ["scan.png", false],
    ["data.xlsx", false],
    ["style.css", false],
    [".DS_Store", false],
    [".hidden.txt", false],
  ])("%s → %s", (name, expected) => {
    expect(isCandidate(name)).toBe(expected);
  });
});

describe("expandInputs", () => {
  let files: Awaited<ReturnType<typeof tempFolder>>;
  beforeAll(async () => {
    files = await tempFolder({
      "b.txt": "x",
      "a.pdf": "x",
      "sub/z.html": "x",
      "sub/deeper/y": "x",
      "sub/img.jpg": "x",
      "Z.doc": "x",
      "r10.txt": "x",
      "r9.txt": "x",
      ".git/config": "x",
      "only-images/p.png": "x",
    });
    await mkdir(files.path("empty"));
    await symlink(files.dir, files.path("sub/loop")); // a link back up the tree is not followed
    await symlink(files.path("b.txt"), files.path("sub/linked.txt")); // a link to a file is
  });
  afterAll(() => files.remove());

  it("walks folders depth-first in name order (numbers as numbers), skipping hidden entries and other file kinds", async () => {
    const entries = await expandInputs([files.dir]);
    expect(entries.map((e) => e.file.slice(files.dir.length + 1))).toEqual([
      "a.pdf",
      "b.txt",
      "r9.txt",
      "r10.txt",
      "sub/deeper/y",
      "sub/linked.txt",
      "sub/z.html",
      "Z.doc",
    ]);
    expect(entries.every((e) => e.problem === undefined)).toBe(true);
  });

  it("keeps the order of the inputs; a file named explicitly is checked whatever its name", async () => {
    const entries = await expandInputs([files.path("sub/img.jpg"), files.path("b.txt"), files.path("sub")]);
    expect(entries.map((e) => e.file)).toEqual([
      files.path("sub/img.jpg"),
      files.path("b.txt"),
      files.path("sub/deeper/y"),
      files.path("sub/linked.txt"),
      files.path("sub/z.html"),
    ]);
  });

  it("a missing path and folders without candidates become entries with a problem, in place", async () => {
    const entries = await expandInputs([
      files.path("nope.pdf"),
      files.path("empty"),
      files.path("only-images"),
    ]);
    expect(entries).toEqual([
      {
        file: files.path("nope.pdf"),
        problem: `找不到文件或目录 ${files.path("nope.pdf")}，请检查路径是否正确`,
      },
      {
        file: files.path("empty"),
        problem: `目录 ${files.path("empty")} 中没有可核查的报告文件（.txt、.md、.html、.htm、.docx、.doc、.pdf 或无扩展名的文件）；请检查目录是否选对`,
      },
      {
        file: files.path("only-images"),
        problem: `目录 ${files.path("only-images")} 中没有可核查的报告文件（.txt、.md、.html、.htm、.docx、.doc、.pdf 或无扩展名的文件）；请检查目录是否选对`,
      },
    ]);
  });
});
