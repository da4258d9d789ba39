import { decodeText, latin1View } from "../decode-text.ts";

/** `<meta charset=gbk>` or `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`. */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/**
 * Web page bytes → string. The charset a page declares is read from its first 4 KB (where browsers
 * look for it) and used only when the bytes are not valid UTF-8 — see `decodeText`.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const head = latin1View(bytes, 0, 4096);
  return decodeText(bytes, META_CHARSET.exec(head)?.[1] ?? null);
}
