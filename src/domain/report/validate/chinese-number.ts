const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const ASCII_DIGITS = /^\d+$/;
const GROUPED_DIGITS = /^\d{1,3}(,\d{3})+$/;

/**
 * A figure as written in prose: ASCII digits (with thousands commas) or Chinese numerals up to
 * 9999 (`十二`, `两`, `一百零五`, `二〇二四`). Null for anything else, including vague amounts such
 * as `三四` (three or four).
 *
 * @example parseFigure("3,119") // 3119
 * @example parseFigure("十二") // 12
 */
export function parseFigure(text: string): number | null {
  if (ASCII_DIGITS.test(text)) return Number(text);
  if (GROUPED_DIGITS.test(text)) return Number(text.replaceAll(",", ""));
  const chars = [...text];
  if (chars.length === 0 || chars.some((c) => DIGITS[c] === undefined && UNITS[c] === undefined)) return null;
  if (chars.every((c) => DIGITS[c] !== undefined)) {
    // Digit by digit (二〇二四) — but a run like 三四 is a vague "three or four", not 34.
    if (chars.length > 1 && !chars.includes("〇") && !chars.includes("零")) return null;
    return Number(chars.map((c) => DIGITS[c]).join(""));
  }
  let total = 0;
  let current: number | null = null;
  let lastUnit = Number.POSITIVE_INFINITY;
  for (const c of chars) {
    const digit = DIGITS[c];
    if (digit !== undefined) {
      if (current !== null && current !== 0) return null;
      current = digit;
      continue;
    }
    const unit = UNITS[c] as number;
    if (unit >= lastUnit) return null;
    total += (current ?? 1) * unit;
    lastUnit = unit;
    current = null;
  }
  return total + (current ?? 0);
}
