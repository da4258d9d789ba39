import { REGULATION } from "../applications/index.ts";

/** How letters write dates, money and legal citations. */

/**
 * A date as letters print it.
 * @example chineseDate("2026-03-05") // "2026年3月5日"
 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/**
 * An amount in fen as 元 with two decimals and thousands separators.
 * @example yuan(470000) // "4,700.00元"
 */
export function yuan(fen: number): string {
  const whole = Math.floor(fen / 100);
  const cents = String(fen % 100).padStart(2, "0");
  return `${whole.toLocaleString("en-US")}.${cents}元`;
}

const DIGITS = "零壹贰叁肆伍陆柒捌玖";
const PLACES = ["", "拾", "佰", "仟"];
const GROUPS = ["", "万", "亿", "万亿"];

/** 1–9999 in capital numerals, zeros inside the group read once (壹仟零壹拾). */
function groupWords(v: number): string {
  let out = "";
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(v / 10 ** p) % 10;
    if (d === 0) {
      zero = out !== "";
      continue;
    }
    if (zero) out += "零";
    zero = false;
    out += DIGITS[d] + (PLACES[p] as string);
  }
  return out;
}

/**
 * An amount in fen in capital numerals (大写金额), as fee notices and receipts write it.
 * @example amountInWords(470000) // "肆仟柒佰元整"
 * @example amountInWords(101050) // "壹仟零壹拾元伍角"
 */
export function amountInWords(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`amount ${fen}`);
  let n = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  const groups: number[] = [];
  while (n > 0) {
    groups.push(n % 10000);
    n = Math.floor(n / 10000);
  }
  let out = "";
  let gap = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const v = groups[g] as number;
    if (v === 0) {
      gap = out !== "";
      continue;
    }
    // A zero group, or fewer than four digits in a lower group, reads as one 零 (壹万零伍).
    if (out !== "" && (gap || v < 1000)) out += "零";
    out += groupWords(v) + (GROUPS[g] as string);
    gap = false;
  }
  if (out !== "") out += "元";
  if (jiao === 0 && cents === 0) return out === "" ? "零元整" : `${out}整`;
  if (jiao !== 0) out += `${DIGITS[jiao]}角`;
  else if (out !== "") out += "零";
  if (cents !== 0) out += `${DIGITS[cents]}分`;
  return out;
}

/**
 * The legal basis of a letter as cited in its text: the articles of the regulation, then other
 * instruments, joined by 和, followed by 的规定.
 * @example citeBasis(["第十四条", "第三十六条第（三）项"])
 *   // "《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项的规定"
 */
export function citeBasis(basis: readonly string[]): string {
  const articles = basis.filter((b) => b.startsWith("第"));
  const others = basis.filter((b) => !b.startsWith("第"));
  const parts = [...(articles.length > 0 ? [REGULATION + articles.join("、")] : []), ...others];
  if (parts.length === 0) return `${REGULATION}的有关规定`;
  const cited = parts.join("和");
  return cited.endsWith("情形") ? cited : `${cited}的规定`;
}
