import type { FeeBasis, FeeQuote } from "../applications/index.ts";
import { amountInWords, yuan } from "./letter-format.ts";
import type { LetterValues } from "./letter-variables.ts";

/** The rates of 国办函〔2020〕109号, as the fee notice states them. */
export const FEE_RATES = {
  perItem:
    "同一申请人一个自然月内累计申请10件以下（含10件）的，不收费；第11—30件，每件收费100元；" +
    "第31件起，以10件为一档，每增加一档，每件收费标准提高100元（第31—40件每件200元，第41—50件每件300元，依此类推）。",
  perPage:
    "同一申请人一件申请30页以下（含30页）的，不收费；31—100页（含100页）的部分，每页收费10元；" +
    "101—200页（含200页）的部分，每页收费20元；201页以上的部分，每页收费40元。",
} as const;

/**
 * Method, rate, itemised lines and total of a fee notice. Per item, the count is of the applicant's
 * applications in the calendar month of receipt.
 * @example feeValues(perPageFee(250), { method: "perPage", pages: 250 }, "2026-03-02").feeItems
 *   // ["第1—30页：30页，不收费", "第31—100页：70页，每页10元，计700.00元", …]
 */
export function feeValues(quote: FeeQuote, basis: FeeBasis, receivedOn: string): LetterValues {
  const [year, month] = receivedOn.split("-");
  const method =
    basis.method === "perItem"
      ? `按件计收。本件申请是您在${year}年${Number(month)}月内向本机关提出的第${basis.nth}件政府信息公开申请。`
      : `按量计收。本件申请需要提供的政府信息共${basis.pages}页。`;
  const unit = basis.method === "perItem" ? "件" : "页";
  const items = quote.lines.map((l) => {
    const price = `每${unit}${l.unitFen / 100}元`;
    if (basis.method === "perItem") {
      return l.unitFen === 0 ? `${l.band}档：不收费` : `${l.band}档：${price}，本件计${yuan(l.amountFen)}`;
    }
    return l.unitFen === 0
      ? `${l.band}：${l.quantity}页，不收费`
      : `${l.band}：${l.quantity}页，${price}，计${yuan(l.amountFen)}`;
  });
  return {
    feeMethod: method,
    feeRate: FEE_RATES[basis.method],
    feeItems: items,
    feeAmount: `人民币${yuan(quote.totalFen)}（大写：${amountInWords(quote.totalFen)}）`,
  };
}
