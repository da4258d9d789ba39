import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { checkUploads, MAX_ATTACHMENT_BYTES, recognise } from "./attachment-types.ts";

const bytes = (...b: number[]) => new Uint8Array([...b, 0x00, 0x10, 0x20, 0x30]);
const utf8 = (s: string) => new TextEncoder().encode(s);
const zip = (...names: string[]) => zipSync(Object.fromEntries(names.map((n) => [n, utf8("<x/>")])));
// "政府信息公开" in GB18030 (GBK range): not UTF-8, still text.
const GBK = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2, 0xb9, 0xab, 0xbf, 0xaa]);

describe("recognising attachments by their bytes", () => {
  it.each([
    ["pdf", utf8("%PDF-1.7\n"), "pdf", "application/pdf"],
    ["jpg", bytes(0xff, 0xd8, 0xff, 0xe0), "jpg", "image/jpeg"],
    ["png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), "png", "image/png"],
    ["doc", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), "doc", "application/msword"],
    [
      "docx",
      zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"),
      "docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ],
    ["ofd", zip("OFD.xml", "Doc_0/Document.xml"), "ofd", "application/ofd"],
    ["utf-8 text", utf8("申请补充说明：\r\n\t第一项\n"), "txt", "text/plain; charset=utf-8"],
    ["GB18030 text", GBK, "txt", "text/plain; charset=gb18030"],
  ])("%s", (_, data, kind, mediaType) => {
    expect(recognise(data)).toEqual({ kind, mediaType });
  });

  it.each([
    ["a Windows program", bytes(0x4d, 0x5a, 0x90, 0x00)],
    ["a spreadsheet (zip without word/)", zip("[Content_Types].xml", "xl/workbook.xml")],
    ["a plain zip", zip("a.txt")],
    ["a broken zip", bytes(0x50, 0x4b, 0x03, 0x04, 0x99)],
    ["a GIF", utf8("GIF89a\u0001\u0000")],
    ["text with control characters", utf8("abc\u0000def")],
  ])("refuses %s", (_, data) => {
    expect(recognise(data)).toBeNull();
  });
});

describe("checking uploads", () => {
  const pdf = utf8("%PDF-1.4\n");
  it("reports every bad file on its own path and stores nothing", () => {
    try {
      checkUploads(
        [
          { filename: "ok.pdf", bytes: pdf },
          { filename: "big.pdf", bytes: new Uint8Array(MAX_ATTACHMENT_BYTES + 1) },
          { filename: "virus.pdf", bytes: bytes(0x4d, 0x5a) },
        ],
        0,
        (i) => ["attachments", i],
      );
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ code: "VALIDATION" });
      const issues = (err as { details: { issues: { path: unknown[] }[] } }).details.issues;
      expect(issues.map((i) => i.path)).toEqual([
        ["attachments", 1],
        ["attachments", 2],
      ]);
    }
  });

  it("keeps the file name without folders or control characters, and hashes the bytes", () => {
    const [checked] = checkUploads([{ filename: "C:\\扫描\\申请书\u0007.pdf", bytes: pdf }], 0, () => [
      "file",
    ]);
    expect(checked).toMatchObject({ filename: "申请书.pdf", kind: "pdf" });
    expect(checked?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const [unnamed] = checkUploads([{ filename: "", bytes: pdf }], 0, () => ["file"]);
    expect(unnamed?.filename).toBe("附件.pdf");
  });

  it("counts the attachments the application has already", () => {
    expect(() => checkUploads([{ filename: "a.pdf", bytes: pdf }], 19, () => ["file"])).not.toThrow();
    expect(() => checkUploads([{ filename: "a.pdf", bytes: pdf }], 20, () => ["file"])).toThrow(
      "每件申请最多 20 个附件",
    );
  });
});
