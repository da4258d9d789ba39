import { detectKind } from "../detect.ts";
import { failureMessage, readFailed } from "../read-failed.ts";
import { recognise } from "../recognise/index.ts";
import type { ReadResult } from "../types.ts";
import { docxToLines } from "./docx-lines.ts";

export { docxToLines } from "./docx-lines.ts";

export const OLD_DOC_MESSAGE = "不支持旧版 .doc 格式，请在 Word/WPS 中另存为 .docx 后再导入";
export const ENCRYPTED_OFFICE_MESSAGE =
  "文件受密码保护，无法读取；请在 Word/WPS 中取消打开密码后另存为 .docx 再导入";

/**
 * Reads an annual report from a Word .docx: its paragraphs and real tables (merged cells expanded)
 * in document order. Old binary .doc and password-protected files (both OLE containers) and files
 * that are not Word documents give a `read.failed` finding, never an exception.
 */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  const kind = detectKind(bytes);
  if (kind === "doc") return readFailed(OLD_DOC_MESSAGE);
  if (kind === "encrypted-office") return readFailed(ENCRYPTED_OFFICE_MESSAGE);
  if (kind !== "docx") {
    return readFailed("文件不是 Word .docx 文档（.docx 是含 word/document.xml 的压缩包），请确认文件类型");
  }
  try {
    return recognise(await docxToLines(bytes));
  } catch (error) {
    return readFailed(failureMessage("读取 Word 文档", error));
  }
}
