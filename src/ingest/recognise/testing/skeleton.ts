import { FORMATS } from "../../../domain/report/format/index.ts";

/**
 * Test-only: a minimal report as text around given table lines, so a test can write just the part
 * it is about. Rows of table 三 that `applications` does not print are printed with zeros.
 */
export function skeleton(parts: {
  title?: string;
  proactive?: string;
  applications?: string;
  litigation?: string;
  tail?: string;
}): string {
  const rows = FORMATS["2021"].applications.rows;
  const zeroRows = rows.map((r) => `${r.number}${r.label} 0 0 0 0 0 0 0`).join("\n");
  return [
    parts.title ?? "某某县人民政府2023年政府信息公开工作年度报告",
    "一、总体情况",
    "本年度严格落实《条例》要求。",
    "二、主动公开政府信息情况",
    parts.proactive ??
      "第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n行政规范性文件 0 0 0\n第二十条第（五）项\n行政许可 0\n第二十条第（六）项\n行政处罚 0\n行政强制 0\n第二十条第（八）项\n行政事业性收费 0",
    "三、收到和处理政府信息公开申请情况",
    parts.applications ?? zeroRows,
    "四、政府信息公开行政复议、行政诉讼情况",
    parts.litigation ?? "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
    "五、存在的主要问题及改进情况",
    "一是解读形式单一。",
    "六、其他需要报告的事项",
    "本年度未收取信息处理费。",
    parts.tail ?? "",
  ].join("\n");
}

/** The 2021 table 三 printed with zeros, one row replaced or followed by the given lines. */
export function withRows(replace: Record<string, string>): string {
  return FORMATS["2021"].applications.rows
    .map((r) => replace[r.key] ?? `${r.number}${r.label} 0 0 0 0 0 0 0`)
    .join("\n");
}
