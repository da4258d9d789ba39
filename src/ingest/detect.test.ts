import { describe, expect, it } from "vitest";
import { decodeText, normaliseCharset } from "./decode-text.ts";
import { detectKind, type FileKind } from "./detect.ts";

const ascii = (s: string) => Uint8Array.from(Buffer.from(s, "latin1"));
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

describe("detectKind", () => {
  const cases: [string, Uint8Array, FileKind][] = [
    ["nothing", new Uint8Array(0), "empty"],
    ["a PDF", ascii("%PDF-1.7\n%âãÏÓ\n"), "pdf"],
    ["a PDF after a BOM and blank lines", ascii("\xEF\xBB\xBF\n\n%PDF-1.4\n"), "pdf"],
    ["a Word document", ascii("PK\x03\x04\x14\x00\x06\x00word/document.xml"), "docx"],
    ["a spreadsheet", ascii("PK\x03\x04\x14\x00\x06\x00xl/workbook.xml"), "zip"],
    ["an old .doc", ole("WordDocument"), "doc"],
    ["a locked .docx", ole("EncryptionInfo"), "encrypted-office"],
    ["an old .xls", ole("Workbook"), "ole"],
    ["a JPEG", Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), "image"],
    ["a web page", ascii("<!DOCTYPE html><html><body>x</body></html>"), "html"],
    ["a fragment with a table", ascii("\n  <table><tr><td>1</td></tr></table>"), "html"],
    ["UTF-16 markup", Uint8Array.from([0xff, 0xfe, ...Buffer.from("<html><body>", "utf16le")]), "html"],
    ["UTF-16 text", Uint8Array.from([0xff, 0xfe, ...Buffer.from("年度报告", "utf16le")]), "text"],
    ["Chinese text", new TextEncoder().encode("一、总体情况\n本年新收申请\t5"), "text"],
    ["control bytes", Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 65, 66), "binary"],
    ["a NUL byte", Uint8Array.of(65, 0, 66), "binary"],
  ];
  it.each(cases)("%s → %s", (_name, bytes, kind) => {
    expect(detectKind(bytes)).toBe(kind);
  });
});

describe("decodeText", () => {
  it.each([
    ["GB2312", "gb18030"],
    ["gbk", "gb18030"],
    ["GB18030", "gb18030"],
    ["utf8", "utf-8"],
    ["big5", "big5"],
    ["no-such-charset", null],
    [null, null],
  ])("normaliseCharset(%s) = %s", (label, expected) => {
    expect(normaliseCharset(label)).toBe(expected);
  });

  it("uses a declared charset only when the bytes are not UTF-8", () => {
    // 年 in Big5 is A6 7E; those bytes are not valid UTF-8.
    expect(decodeText(Uint8Array.of(0xa6, 0x7e), "big5")).toBe("年");
    expect(decodeText(new TextEncoder().encode("年"), "big5")).toBe("年");
    // Undeclared and not UTF-8: GB18030, where C4EA is 年.
    expect(decodeText(Uint8Array.of(0xc4, 0xea))).toBe("年");
  });

  it("strips a byte-order mark", () => {
    expect(decodeText(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41))).toBe("A");
    expect(decodeText(Uint8Array.of(0xfe, 0xff, 0x5e, 0x74))).toBe("年");
  });
});
