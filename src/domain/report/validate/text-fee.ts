import type { Finding } from "../finding.ts";
import { type CheckContext, makeFinding } from "./context.ts";

/** The fee is named: 信息处理费, 处理费, or the 109号 measures that define it; 收费/费用 in section 六. */
const FEE_NAMED = /处理费|收费|费用|109号/;
/** …and its amount or its absence is stated: 0 元, 12.5元, 零元, 未收取, 没有产生, 免收, 不涉及 … */
const FEE_STATED =
  /(?:\d+(?:\.\d+)?|零)万?元|(?:未|没有|无|不|免)[\u4e00-\u9fff]{0,6}?(?:收取|收费|征收|产生|发生|涉及)|免收|免费|为零|为0(?!\d)/;
const EXAMPLE = "例如“本年度未收取信息处理费”或“共收取信息处理费 120 元”";

/**
 * `text.fee`: section 六 (其他需要报告的事项) states the information processing fee of 国办函〔2020〕
 * 109号 — the amount collected, or that none was. Two findings are possible: the fee is not
 * mentioned at all, or it is mentioned (e.g. "严格执行收费管理办法") without saying how much.
 */
export function checkTextFee(ctx: CheckContext): Finding[] {
  const def = ctx.format.sections.find((s) => s.key === "other");
  const heading = def ? `“${def.number}、${def.label}”` : "第六部分";
  const text = ctx.prose.section("other");
  if (text === null) {
    return [
      makeFinding(
        "text.fee",
        `报告没有${heading}部分，因而没有说明信息处理费的收取情况；请补上并写明，${EXAMPLE}`,
      ),
    ];
  }
  if (!FEE_NAMED.test(text)) {
    return [
      makeFinding("text.fee", `${heading}没有说明信息处理费的收取情况；即使未收取也应写明，${EXAMPLE}`),
    ];
  }
  if (!FEE_STATED.test(text)) {
    return [
      makeFinding("text.fee", `${heading}提到了信息处理费，但没有写明收取金额或未收取；请写明，${EXAMPLE}`),
    ];
  }
  return [];
}
