import { isCjk } from "./normalise.ts";

/** How a label was numbered: 一、 (chinese), （一） (paren) or 1. / 1、 (arabic). */
export interface Numbering {
  kind: "chinese" | "paren" | "arabic";
  value: number;
}

export interface NumberingMark {
  /** Where the mark starts and ends in the (half-width) text. */
  start: number;
  end: number;
  numbering: Numbering;
  /**
   * Digits glued in front of an arabic mark (`…3700000372.没有现成…`): values of the previous row;
   * only the last digit is the row number (the format's items go up to 8).
   */
  glued: string;
}

/** Value of a Chinese numeral by char code (一 → 1 … 十 → 10), 0 for any other character. */
const NUMERAL = new Uint8Array(0x10000);
[..."一二三四五六七八九十"].forEach((c, i) => {
  NUMERAL[c.charCodeAt(0)] = i + 1;
});
const DI = "第".charCodeAt(0);
const COMMA = 0x3001; // 、
const isNumeral = (c: number): boolean => c < 0x10000 && NUMERAL[c] !== 0;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || c === 9;

function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/**
 * The next numbering mark at or after `from`: `(一)`, `一、`/`一.` not inside a word, or `1.`/`1、`/`1)`
 * followed by a label. A mark right after 第 is a reference (`第（一）项`), not a numbering. A hand
 * scanner: it runs on every label cell of every table, where a regex costs several times more.
 */
export function nextMark(s: string, from: number): NumberingMark | null {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
    if (prev === DI) continue;
    if (c === 40) {
      let j = skipSpaces(s, i + 1);
      const n0 = j;
      while (j < s.length && j - n0 < 2 && isNumeral(s.charCodeAt(j))) j++;
      if (j === n0) continue;
      const close = skipSpaces(s, j);
      if (s.charCodeAt(close) !== 41) continue;
      return { start: i, end: close + 1, numbering: { kind: "paren", value: ordinal(s, n0, j) }, glued: "" };
    }
    if (isNumeral(c) && !isCjk(prev)) {
      let j = i + 1;
      if (j < s.length && isNumeral(s.charCodeAt(j))) j++;
      const mark = skipSpaces(s, j);
      const m = s.charCodeAt(mark);
      if ((m === COMMA || m === 46) && !isDigit(s.charCodeAt(mark + 1))) {
        return {
          start: i,
          end: mark + 1,
          numbering: { kind: "chinese", value: ordinal(s, i, j) },
          glued: "",
        };
      }
      continue;
    }
    if (isDigit(c) && !isDigit(prev)) {
      let j = i;
      while (j < s.length && isDigit(s.charCodeAt(j))) j++;
      const mark = skipSpaces(s, j);
      const m = s.charCodeAt(mark);
      if (m !== 46 && m !== COMMA && m !== 41) {
        i = j - 1;
        continue;
      }
      const next = s.charCodeAt(skipSpaces(s, mark + 1));
      if (!(isCjk(next) || next === 0x201c || next === 34 || next === 40)) {
        i = j - 1;
        continue;
      }
      // Up to twelve digits belong to the mark; longer runs keep their head in the previous segment.
      const start = Math.max(i, j - 12);
      return {
        start,
        end: mark + 1,
        numbering: { kind: "arabic", value: s.charCodeAt(j - 1) - 48 },
        glued: s.slice(start, j - 1),
      };
    }
  }
  return null;
}

/** 一 … 十九 from one or two numerals (十一 = 11, 二十 is not an item number and reads as 0). */
function ordinal(s: string, from: number, to: number): number {
  const a = NUMERAL[s.charCodeAt(from)] ?? 0;
  if (to - from === 1) return a;
  const b = NUMERAL[s.charCodeAt(from + 1)] ?? 0;
  return a === 10 && b < 10 ? 10 + b : 0;
}
