/**
 * Character normalisation for parsing. Labels and numbers are compared on a normalised copy; the
 * prose kept in the model is never rewritten.
 */

const NEEDS_HALF_WIDTH = /[\uFF01-\uFF5E\u3000\u00A0\u2002-\u200B\u2212]/;

/** Full-width ASCII (（１２）、，) to half-width, odd spaces to " ", the minus sign to "-". */
export function toHalfWidth(s: string): string {
  if (!NEEDS_HALF_WIDTH.test(s)) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0 || (c >= 0x2002 && c <= 0x200a)) out += " ";
    else if (c === 0x200b) continue;
    else if (c === 0x2212) out += "-";
    else out += s[i];
  }
  return out;
}

/** True for a CJK ideograph (the characters that carry a label's meaning). */
export function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/**
 * The comparable core of a label: its CJK characters only. Numbering, punctuation, quotes, spaces and
 * stray Latin are dropped, so `（二）部分公开 (区分处理的, …)` and `部分公开（区分处理的，…）` agree.
 */
const NOT_CJK = /[^\u3400-\u4dbf\u4e00-\u9fff]+/g;

export function cjkKey(s: string): string {
  return s.replace(NOT_CJK, "");
}

/** Whether the string contains at least one CJK ideograph. */
export function hasCjk(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isCjk(s.charCodeAt(i))) return true;
  return false;
}

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 … 十九 as a number; null for anything else. */
export function chineseOrdinal(s: string): number | null {
  if (s === "十") return 10;
  if (s.length === 1) return CHINESE_DIGITS[s] ?? null;
  if (s.length === 2 && s[0] === "十") {
    const d = CHINESE_DIGITS[s[1] ?? ""];
    return d === undefined ? null : 10 + d;
  }
  return null;
}

/** A year written in Chinese digits (二〇二三) as a number; null otherwise. */
export function chineseYear(s: string): number | null {
  if (s.length !== 4) return null;
  let n = 0;
  for (const ch of s) {
    const d = CHINESE_DIGITS[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}
