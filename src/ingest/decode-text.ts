/**
 * Bytes → string for text and web pages. Chinese government sites still serve GBK/GB2312 pages, files
 * saved from Windows tools carry UTF-16 or a UTF-8 BOM, and browsers re-save GBK pages as UTF-8 while
 * keeping the old `<meta charset=gb2312>`. So the bytes decide first (BOM, then strict UTF-8), the
 * declared charset only when the bytes are not UTF-8, and GB18030 (a superset of GBK and GB2312) last.
 */

const utf8Strict = new TextDecoder("utf-8", { fatal: true });

/**
 * Bytes [from, to) as one character per byte: enough to look for ASCII magic, names and markup in
 * bytes of any encoding, without decoding them.
 */
export function latin1View(bytes: Uint8Array, from: number, to: number): string {
  const start = Math.max(0, from);
  const end = Math.max(start, Math.min(to, bytes.length));
  // Node's own latin1 copy: about fifty times faster than TextDecoder("latin1") or a loop.
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("latin1");
}

/** Encoding named by a byte-order mark, with the mark's length. */
export function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/** Maps a declared charset label to one TextDecoder knows; GB family → gb18030, unknown → null. */
export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const name = label.trim().toLowerCase();
  if (/^(gb2312|gbk|x-gbk|gb18030|cp936|windows-936|euc-cn|csgb2312)$/.test(name)) return "gb18030";
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

/**
 * Decodes text bytes. `declared` is a charset the container named (an HTML meta tag); it is used only
 * when a BOM is absent and the bytes are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array, declared?: string | null): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
  try {
    return utf8Strict.decode(bytes);
  } catch {
    // Not UTF-8: fall through to the declared charset or the Chinese legacy default.
  }
  const charset = normaliseCharset(declared);
  return new TextDecoder(charset && charset !== "utf-8" ? charset : "gb18030").decode(bytes);
}
