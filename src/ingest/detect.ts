import { latin1View as ascii, bomEncoding } from "./decode-text.ts";

/**
 * What a file is, judged by its content: people rename files, download pages as `.pdf`, and attach
 * `.doc` files named `.docx`. Office formats are told apart by their containers (ZIP entry names,
 * OLE stream names), text from binary by control bytes.
 */
export type FileKind =
  | "empty"
  | "pdf"
  | "docx"
  | "zip" // a ZIP archive that is not a Word document (xlsx, pptx, a plain archive)
  | "doc" // the old binary Word format (OLE compound file with a WordDocument stream)
  | "encrypted-office" // a password-protected .docx/.xlsx: OLE with EncryptionInfo
  | "ole" // another OLE compound file (old Excel, PowerPoint, WPS)
  | "image"
  | "html"
  | "text"
  | "binary";

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((b, i) => bytes[at + i] === b);

/** Whether `name` occurs as UTF-16LE (how OLE directory entries store stream names). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((c) => [c.charCodeAt(0), 0]);
  const first = pattern[0];
  outer: for (let i = bytes.indexOf(first ?? 0); i >= 0 && i <= bytes.length - pattern.length; ) {
    for (let j = 1; j < pattern.length; j++) {
      if (bytes[i + j] !== pattern[j]) {
        i = bytes.indexOf(first ?? 0, i + 1);
        continue outer;
      }
    }
    return true;
  }
  return false;
}

/** A ZIP's entry names appear in clear in its local headers and central directory. */
function zipKind(bytes: Uint8Array): FileKind {
  const head = ascii(bytes, 0, 4096);
  const tail = ascii(bytes, bytes.length - 65_536, bytes.length);
  return head.includes("word/") || tail.includes("word/document.xml") ? "docx" : "zip";
}

function oleKind(bytes: Uint8Array): FileKind {
  if (hasUtf16Name(bytes, "EncryptionInfo") || hasUtf16Name(bytes, "EncryptedPackage")) {
    return "encrypted-office";
  }
  return hasUtf16Name(bytes, "WordDocument") ? "doc" : "ole";
}

/** Share of control bytes in the first 8 KB: text has none but tab, CR, LF (and FF, ESC rarely). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > n * 0.01;
}

const MARKUP = /<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|table[\s>]|div[\s>]|p[\s>])/i;

/** Classifies a file by its bytes. */
export function detectKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  // %PDF may follow a little junk (some servers prepend a BOM or blank lines).
  if (ascii(bytes, 0, 1024).includes("%PDF-")) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return oleKind(bytes);
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])
  ) {
    return "image";
  }
  const bom = bomEncoding(bytes);
  if (bom?.encoding.startsWith("utf-16")) {
    const text = new TextDecoder(bom.encoding).decode(bytes.subarray(0, 4096));
    return MARKUP.test(text) ? "html" : "text";
  }
  if (looksBinary(bytes)) return "binary";
  return MARKUP.test(ascii(bytes, 0, 4096)) ? "html" : "text";
}
