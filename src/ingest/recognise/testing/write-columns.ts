import { FORMATS } from "../../../domain/report/format/index.ts";
import type { Cell, ReportModel } from "../../../domain/report/model.ts";

const show = (v: Cell): string => (v === null ? "" : String(v));

/**
 * Test-only: a report's tables as a PDF text extractor that reads column by column prints them
 * (`huaian-city-2024.pdfminer.txt`): per page, the block of row labels, then the column headers,
 * then every number on its own line, first column top to bottom, then the next. Table 三 is cut
 * into pages after the given row counts, with a footer at each break.
 */
export function writeColumns(report: ReportModel, pageRows: number[]): string[] {
  const format = FORMATS[report.format];
  const out: string[] = [`${report.agency ?? ""}`, `${report.year ?? ""} 年政府信息公开工作年度报告`];
  out.push("一、总体情况", "本年度严格落实《条例》要求。", "二、主动公开政府信息情况");
  for (const block of format.proactive) {
    out.push(
      block.item,
      block.contentLabel,
      ...block.rows.map((r) => r.label),
      ...block.columns.map((c) => c.label),
    );
    for (const col of block.columns) {
      for (const row of block.rows) out.push(show(report.tables.proactive[row.key]?.[col.key] ?? null));
    }
  }
  out.push("三、收到和处理政府信息公开申请情况", format.applications.corner);
  const rows = format.applications.rows;
  let start = 0;
  let page = 1;
  for (const size of [...pageRows, rows.length]) {
    const end = Math.min(rows.length, Math.max(start, size));
    if (end <= start) continue;
    const seenGroups = new Set<string>();
    for (let i = start; i < end; i++) {
      const def = rows[i];
      if (!def) continue;
      const group = def.group ? format.applications.groups.find((g) => g.key === def.group) : undefined;
      if (group && !seenGroups.has(group.key)) {
        seenGroups.add(group.key);
        out.push(`${group.number}${group.label}`);
      }
      out.push(`${def.number}${def.label}`);
    }
    out.push(
      ...format.applications.resultsHeader.split(""),
      `- ${page++} -`,
      ...format.applications.columns.map((c) => c.label),
    );
    for (let c = 0; c < 7; c++) {
      for (let i = start; i < end; i++) out.push(show(report.tables.applications[i]?.[c] ?? null));
    }
    start = end;
  }
  out.push(
    "四、政府信息公开行政复议、行政诉讼情况",
    "行政复议",
    "行政诉讼",
    "未经复议直接起诉",
    "复议后起诉",
  );
  out.push(...format.litigation.columns.map((c) => c.label), ...report.tables.litigation.map(show));
  out.push(
    "五、存在的主要问题及改进情况",
    "一是解读形式单一。",
    "六、其他需要报告的事项",
    "本年度未收取信息处理费。",
  );
  return out;
}
