import type { Cell } from "../../domain/report/model.ts";

/**
 * A table number as printed: "" for null, integers plain, fractional amounts (万元) with at most 12
 * significant digits so floating-point noise (0.1 + 0.2) never reaches the page; no thousands
 * separators, since readers and spreadsheets take the digits as they are.
 */
export function formatCell(value: Cell): string {
  if (value === null) return "";
  if (Number.isInteger(value)) return String(value);
  return String(Number.parseFloat(value.toPrecision(12)));
}

/** An ISO date as printed under a signature: 2024-01-20 → 2024年1月20日 (Arabic numerals, GB/T 9704-2012). */
export function formatChineseDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}
