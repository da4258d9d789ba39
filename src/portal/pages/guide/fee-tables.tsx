/** @jsxImportSource hono/jsx */
import {
  DEFAULT_CLOCK_POLICY,
  type FeeLine,
  perItemFee,
  perPageFee,
} from "../../../domain/applications/index.ts";

/**
 * The fee bands of 国办函〔2020〕109号 as the guide prints them, read from the fee rules themselves
 * (quoting the first application or page of each band), so the table cannot drift from what a fee
 * notice would charge.
 */

const yuan = (fen: number) => (fen === 0 ? "免费" : `${fen / 100} 元`);

/** One line per band of 按件: the 1st, 11th, 31st and 41st application of a month open a band each. */
export function perItemBands(): FeeLine[] {
  return [1, 11, 31, 41].flatMap((nth) => perItemFee(nth).lines);
}

/** Every band of 按量: a quote for 201 pages passes through all of them. */
export function perPageBands(): FeeLine[] {
  return perPageFee(201).lines;
}

export function FeeTables() {
  return (
    <>
      <p>
        行政机关依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，行政机关可以收取信息处理费（条例第四十二条）。收费标准按《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）执行，按件或者按量计收，同一申请只适用其中一种方式，只对超出部分收费。
      </p>
      <div class="scroll">
        <table class="data">
          <caption class="muted">按件计收：同一申请人一个自然月内累计申请的件数</caption>
          <thead>
            <tr>
              <th scope="col">本月第几件申请</th>
              <th scope="col">每件收费</th>
            </tr>
          </thead>
          <tbody>
            {perItemBands().map((l) => (
              <tr key={l.band}>
                <th scope="row">{l.band}</th>
                <td>{yuan(l.unitFen)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">第51件起</th>
              <td>每增加 10 件，每件收费标准提高 100 元，依此类推</td>
            </tr>
          </tbody>
        </table>
      </div>
      <div class="scroll">
        <table class="data">
          <caption class="muted">按量计收：同一申请所提供信息的页数，分段累进</caption>
          <thead>
            <tr>
              <th scope="col">页数区间</th>
              <th scope="col">每页收费</th>
            </tr>
          </thead>
          <tbody>
            {perPageBands().map((l) => (
              <tr key={l.band}>
                <th scope="row">{l.band}</th>
                <td>{yuan(l.unitFen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        需要收费的，行政机关会发出收费通知，写明收费依据、标准、数额和缴纳方式。请自收到通知次日起{" "}
        {DEFAULT_CLOCK_POLICY.paymentDays}{" "}
        个工作日内缴纳；逾期未缴纳的，视为放弃申请。信息处理费全额上缴国库。
      </p>
    </>
  );
}
