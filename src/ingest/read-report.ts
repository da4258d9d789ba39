import { readFile, stat } from "node:fs/promises";
import { decodeText } from "./decode-text.ts";
import { detectKind, type FileKind } from "./detect.ts";
import { ENCRYPTED_OFFICE_MESSAGE, OLD_DOC_MESSAGE, readDocx } from "./docx/index.ts";
import { decodeHtml, readHtml } from "./html/index.ts";
import { readPdf } from "./pdf/index.ts";
import { failureMessage, readFailed } from "./read-failed.ts";
import { readText } from "./text/index.ts";
import type { ReadResult } from "./types.ts";

/** Largest file read: an annual report is a few hundred KB; 50 MB leaves room for scanned images. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
const TOO_LARGE = (size: number): string =>
  `文件过大（${mb(size)} MB），超过 ${mb(MAX_REPORT_BYTES)} MB 的上限；请只导入年度报告本身，或压缩其中的图片后再试`;

const UNSUPPORTED: Partial<Record<FileKind, string>> = {
  empty: "文件是空的（0 字节），请检查是否选错了文件或文件未下载完整",
  doc: OLD_DOC_MESSAGE,
  "encrypted-office": ENCRYPTED_OFFICE_MESSAGE,
  ole: "这是旧版 Office 文件（如 .xls、.ppt、.wps），无法读取；请另存为 .docx 或 PDF 后再导入",
  zip: "这是一个压缩包，但不是 Word .docx 文档（缺少 word/document.xml）；请解压后导入其中的报告文件",
  image: "这是一个图片文件，无法读取其中的文字；请提供报告的文字版（网页、Word 或 PDF）",
  binary: "无法识别的文件格式：内容不是文本、网页、Word (.docx) 或 PDF；请检查文件是否损坏",
};

/**
 * Reads a published annual report from any supported file. The type is judged by content (magic
 * bytes, ZIP/OLE entry names, markup), not by `name`, which only appears in messages. Never throws:
 * every problem — empty, too large, old .doc, locked, corrupt, scanned, an internal error of a
 * reader — comes back as a `read.failed` finding in Chinese.
 *
 * @example const { report, findings } = await readReport({ name: "2024年报.pdf", bytes });
 */
export async function readReport(input: { name: string; bytes: Uint8Array }): Promise<ReadResult> {
  const { name, bytes } = input;
  if (bytes.length > MAX_REPORT_BYTES) return readFailed(`${name}：${TOO_LARGE(bytes.length)}`);
  try {
    const kind = detectKind(bytes);
    const unsupported = UNSUPPORTED[kind];
    if (unsupported) return readFailed(`${name}：${unsupported}`);
    switch (kind) {
      case "pdf":
        return await readPdf(bytes);
      case "docx":
        return await readDocx(bytes);
      case "html":
        return readHtml(decodeHtml(bytes));
      default:
        return readText(decodeText(bytes));
    }
  } catch (error) {
    return readFailed(`${name}：${failureMessage("读取文件", error)}`);
  }
}

/** Reads a report file from disk (size checked before reading); a missing file is a finding too. */
export async function readReportFile(path: string): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return readFailed(`${path} 不是文件，请指定报告文件的路径`);
    if (info.size > MAX_REPORT_BYTES) return readFailed(`${path}：${TOO_LARGE(info.size)}`);
    return await readReport({ name: path, bytes: new Uint8Array(await readFile(path)) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return readFailed(`找不到文件 ${path}，请检查路径是否正确`);
    if (code === "EACCES" || code === "EPERM") return readFailed(`没有权限读取文件 ${path}`);
    return readFailed(`${path}：${failureMessage("打开文件", error)}`);
  }
}
