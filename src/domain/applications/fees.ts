import { z } from "zod";
import { AppError } from "../app-error.ts";

/**
 * Information processing fees of 国办函〔2020〕109号, in integer fen (1 元 = 100 fen). Each
 * application is charged by one method only: the discriminated `FeeBasis` cannot say both.
 */
export type FeeBasis =
  /** 按件: the applicant's `nth` application in the calendar month (counted per applicant). */
  | { method: "perItem"; nth: number }
  /** 按量: `pages` pages of information in this application. */
  | { method: "perPage"; pages: number };

export const feeBasisSchema = z.discriminatedUnion(
  "method",
  [
    z.object({ method: z.literal("perItem"), nth: z.number().int().min(1, "本月第几件申请应为正整数") }),
    z.object({ method: z.literal("perPage"), pages: z.number().int().min(1, "页数应为正整数") }),
  ],
  { error: () => "收费方式应为 perItem（按件）或 perPage（按量），二者只能选其一" },
);

/** One band of a quote: `quantity` units at `unitFen` each. */
export interface FeeLine {
  /** The band, in Chinese: 第11—30件, 第101—200页. */
  band: string;
  from: number;
  /** Inclusive upper end of the band; null for the open top band of 按量. */
  to: number | null;
  quantity: number;
  unitFen: number;
  amountFen: number;
}

export interface FeeQuote {
  method: FeeBasis["method"];
  lines: FeeLine[];
  totalFen: number;
}

const YUAN = 100;

/** Price of the applicant's `nth` application of a calendar month, in fen (109号 按件计收). */
export function perItemUnitFen(nth: number): number {
  requirePositive(nth, "本月第几件申请");
  if (nth <= 10) return 0;
  if (nth <= 30) return 100 * YUAN;
  // From the 31st, each further band of ten costs 100 元 more: 31–40 200 元, 41–50 300 元, …
  return (2 + Math.floor((nth - 31) / 10)) * 100 * YUAN;
}

/**
 * 按件: the fee for one application, the applicant's `nth` in the calendar month.
 * @example perItemFee(35).totalFen // 20000 (200 元, band 31–40)
 */
export function perItemFee(nth: number): FeeQuote {
  const unitFen = perItemUnitFen(nth);
  const [from, to] = nth <= 10 ? [1, 10] : nth <= 30 ? [11, 30] : bandOfTen(nth);
  const line: FeeLine = { band: `第${from}—${to}件`, from, to, quantity: 1, unitFen, amountFen: unitFen };
  return { method: "perItem", lines: [line], totalFen: unitFen };
}

function bandOfTen(nth: number): [number, number] {
  const from = 31 + Math.floor((nth - 31) / 10) * 10;
  return [from, from + 9];
}

const PAGE_BANDS: { from: number; to: number | null; unitFen: number }[] = [
  { from: 1, to: 30, unitFen: 0 },
  { from: 31, to: 100, unitFen: 10 * YUAN },
  { from: 101, to: 200, unitFen: 20 * YUAN },
  { from: 201, to: null, unitFen: 40 * YUAN },
];

/**
 * 按量: progressive per-page fee of one application; each band charges only the pages within it.
 * @example perPageFee(250).totalFen // 470000: 70 × 10 + 100 × 20 + 50 × 40 元
 */
export function perPageFee(pages: number): FeeQuote {
  requirePositive(pages, "页数");
  const lines: FeeLine[] = [];
  for (const b of PAGE_BANDS) {
    if (pages < b.from) break;
    const quantity = Math.min(pages, b.to ?? pages) - b.from + 1;
    const band = b.to === null ? `第${b.from}页及以上` : `第${b.from}—${b.to}页`;
    lines.push({
      band,
      from: b.from,
      to: b.to,
      quantity,
      unitFen: b.unitFen,
      amountFen: quantity * b.unitFen,
    });
  }
  return { method: "perPage", lines, totalFen: lines.reduce((sum, l) => sum + l.amountFen, 0) };
}

/** The total of {@link quoteFee} without itemising (no allocation: ledgers are derived in bulk). */
export function feeTotalFen(basis: FeeBasis): number {
  if (basis.method === "perItem") return perItemUnitFen(basis.nth);
  const pages = basis.pages;
  requirePositive(pages, "页数");
  let total = 0;
  for (const b of PAGE_BANDS) {
    if (pages < b.from) break;
    total += (Math.min(pages, b.to ?? pages) - b.from + 1) * b.unitFen;
  }
  return total;
}

/** The quote for either method. */
export function quoteFee(basis: FeeBasis): FeeQuote {
  return basis.method === "perItem" ? perItemFee(basis.nth) : perPageFee(basis.pages);
}

function requirePositive(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new AppError("VALIDATION", `${what}应为正整数，收到“${n}”`, { value: n });
  }
}
