import { placeholder, type SuggestionInput, yuan } from "./facts.ts";

/**
 * Section 六 其他需要报告的事项: the information processing fee collected in the year (stated also
 * when none was), and for a people's government the items 条例 第五十条 adds — assessment, public
 * evaluation and accountability — left for staff to fill in.
 */
export function suggestOther(input: SuggestionInput): string {
  const { fees, agency } = input;
  const fee =
    fees.totalFen > 0
      ? `本年度依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费共计${yuan(fees.totalFen)}元，涉及申请${fees.applications}件。`
      : "本年度未收取信息处理费。";
  const lines = [`（一）信息处理费收取情况。${fee}`];
  if (agency.level !== "department") {
    lines.push(
      `（二）政务公开工作考核、社会评议和责任追究情况。${placeholder("本年度政务公开工作考核、社会评议和责任追究的结果；没有的，写明“无”")}。`,
    );
  }
  return lines.join("\n");
}
