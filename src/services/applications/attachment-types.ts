import { createHash } from "node:crypto";
import { unzipSync } from "fflate";
import type { FieldIssue } from "../../domain/app-error.ts";
import { validationFailure } from "../validation.ts";

/**
 * What an attachment may be: its type is recognised from its bytes (magic numbers, and for the zip
 * containers the entries inside), never from the name the uploader chose.
 */

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_APPLICATION = 20;

export const ATTACHMENT_KINDS = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  png: "image/png",
  ofd: "application/ofd",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  txt: "text/plain",
} as const;
export type AttachmentKind = keyof typeof ATTACHMENT_KINDS;

const ALLOWED = "PDF、JPG、PNG、OFD、DOC、DOCX 或 TXT";

/** A file as received from a form: the name the uploader gave and the bytes. */
export interface UploadedFile {
  filename: string;
  bytes: Uint8Array;
}

/** A file that passed the checks, ready to store. */
export interface CheckedFile {
  filename: string;
  bytes: Uint8Array;
  kind: AttachmentKind;
  mediaType: string;
  sha256: string;
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

function zipEntries(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

/** The text's encoding when the bytes are plain text (UTF-8 or GB18030, no control characters). */
function textEncoding(bytes: Uint8Array): "utf-8" | "gb18030" | null {
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return null;
  for (const encoding of ["utf-8", "gb18030"] as const) {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes);
      return encoding;
    } catch {}
  }
  return null;
}

/** The kind and media type recognised from the bytes, or null when it is none we accept. */
export function recognise(bytes: Uint8Array): { kind: AttachmentKind; mediaType: string } | null {
  const is = (kind: AttachmentKind) => ({ kind, mediaType: ATTACHMENT_KINDS[kind] as string });
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return is("pdf");
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return is("jpg");
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return is("png");
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return is("doc");
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntries(bytes);
    if (names?.includes("OFD.xml")) return is("ofd");
    if (names?.includes("[Content_Types].xml") && names.some((n) => n.startsWith("word/"))) return is("docx");
    return null;
  }
  const encoding = textEncoding(bytes);
  return encoding ? { kind: "txt", mediaType: `text/plain; charset=${encoding}` } : null;
}

/** The name to keep: no folders, no control characters, at most 200 characters. */
function cleanName(name: string, kind: AttachmentKind): string {
  const base = (name.split(/[/\\]/).pop() ?? "").replace(/[\p{Cc}"]/gu, "").trim();
  const kept = [...base].slice(-200).join("");
  return kept === "" ? `附件.${kind}` : kept;
}

/**
 * Checks files before anything is stored: each at most 10 MB, of an accepted type by its bytes,
 * and no more than 20 attachments on the application. Every problem is reported, on the path
 * `[...pathOf(i)]` of its file.
 * @throws AppError VALIDATION
 */
export function checkUploads(
  files: readonly UploadedFile[],
  existing: number,
  pathOf: (index: number) => (string | number)[],
): CheckedFile[] {
  const issues: FieldIssue[] = [];
  const checked: CheckedFile[] = [];
  if (existing + files.length > MAX_ATTACHMENTS_PER_APPLICATION) {
    issues.push({
      path: pathOf(0).slice(0, 1),
      message: `每件申请最多 ${MAX_ATTACHMENTS_PER_APPLICATION} 个附件，已有 ${existing} 个，本次最多还能上传 ${Math.max(MAX_ATTACHMENTS_PER_APPLICATION - existing, 0)} 个`,
    });
  }
  files.forEach((f, i) => {
    const label = `附件“${f.filename || `第 ${i + 1} 个`}”`;
    if (f.bytes.length === 0) {
      issues.push({ path: pathOf(i), message: `${label}是空文件，请重新选择` });
      return;
    }
    if (f.bytes.length > MAX_ATTACHMENT_BYTES) {
      const mb = (f.bytes.length / 1024 / 1024).toFixed(1);
      issues.push({
        path: pathOf(i),
        message: `${label}大小为 ${mb} MB，超过 10 MB 的上限，请压缩或拆分后上传`,
      });
      return;
    }
    const type = recognise(f.bytes);
    if (!type) {
      issues.push({
        path: pathOf(i),
        message: `${label}不是可接受的文件类型：只接受 ${ALLOWED} 文件（按文件内容识别，与文件名无关）`,
      });
      return;
    }
    const sha256 = createHash("sha256").update(f.bytes).digest("hex");
    checked.push({ filename: cleanName(f.filename, type.kind), bytes: f.bytes, ...type, sha256 });
  });
  if (issues.length > 0) throw validationFailure("附件", issues);
  return checked;
}
