import type { Finding } from "../../domain/report/finding.ts";
import type { ReportFormat } from "../../domain/report/format/index.ts";
import type { ReportTables } from "../../domain/report/model.ts";
import { rawValues, rowCells } from "./cells.ts";
import { formatRule, quote, unreadable } from "./findings.ts";
import { type ProactiveTarget, proactiveMatcher } from "./format-labels.ts";
import type { ParsedLine } from "./line-parse.ts";
import { readStream } from "./table-stream.ts";

export interface ProactiveRead {
  cells: ReportTables["proactive"];
  findings: Finding[];
  found: boolean;
}

/**
 * Table 二 from the lines of its section. Rows are found by their label in any of the sub-tables;
 * a block of labels followed by its numbers column by column (PDF text) is distributed per sub-table.
 */
export function readProactive(
  lines: ParsedLine[],
  format: ReportFormat,
  blank: ReportTables["proactive"],
): ProactiveRead {
  const spec = {
    matcher: proactiveMatcher(format),
    width: (t: ProactiveTarget) => t.block.columns.length,
    isRow: () => true,
    block: (t: ProactiveTarget) => t.block.key,
  };
  const { readings, orphans } = readStream(lines, spec);
  const cells = blank;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const reading of readings) {
    for (const target of reading.targets) {
      const { block, row } = target;
      if (seen.has(row.key)) continue;
      seen.add(row.key);
      const width = block.columns.length;
      let values = reading.targets.length === 1 ? reading.values : [];
      // Table 二's label is one cell wide: on a row of known cells the value cells follow it at once,
      // and cells after them are padding (`行政许可→0→→`).
      const padded =
        reading.cellular && values.length > width && values.slice(width).every((v) => v.status === "empty");
      if (padded) values = values.slice(0, width);
      let read = rowCells(
        values,
        width,
        { positional: reading.fromTable || padded, cellular: reading.cellular },
        null,
      );
      const printed = values.filter((v) => v.status !== "empty");
      // A value cell spanning several grid columns (HTML colspan, Word gridSpan, expanded) repeats
      // its number in each: `行政许可 | 447228 | 447228 | 447228` in a one-column block, or the 2019
      // format's 收费/采购 rows, whose last value cell spans table 二's two last columns:
      // `行政事业性收费 | 19 | 20 | 20`. The trailing copies are dropped. Wider blocks only when the
      // cells come from a real table, where the repeat is the grid's and not two printed numbers.
      if (read.problem === "count" && (width === 1 || reading.fromTable) && spannedRepeat(printed, width)) {
        read = rowCells(printed.slice(0, width), width, { positional: true, cellular: true }, null);
      }
      const rowCellsOut = cells[row.key] ?? {};
      cells[row.key] = rowCellsOut;
      const refs = block.columns.map((c) => ({ table: "proactive" as const, row: row.key, col: c.key }));
      if (read.problem) {
        const raw = rawValues(reading.values);
        findings.push(
          unreadable(
            read.problem === "empty" || raw === ""
              ? `表二“${row.label}”没有读到数字，请补全`
              : `表二“${row.label}”应有 ${width} 个数字，读到 ${quote(raw)}，无法对应到各列，请核对原文`,
            refs,
          ),
        );
        continue;
      }
      block.columns.forEach((c, i) => {
        rowCellsOut[c.key] = read.cells[i] ?? null;
      });
      for (const { col, raw } of read.junk) {
        const ref = refs[col];
        findings.push(
          unreadable(
            `表二“${row.label}”“${block.columns[col]?.label}”列的 ${quote(raw)} 不是数字`,
            ref ? [ref] : [],
          ),
        );
      }
    }
  }
  for (const o of orphans)
    findings.push(unreadable(`表二中的数字 ${quote(o.raw)} 无法对应到任何一行（行名无法识别），未采用`, []));
  const found = seen.size > 0;
  if (!found)
    findings.push(
      formatRule("structure.tables", "未找到表二（主动公开政府信息情况）的数字，请检查报告是否包含该表"),
    );
  else {
    for (const block of format.proactive) {
      for (const row of block.rows) {
        if (seen.has(row.key)) continue;
        findings.push(
          formatRule(
            "structure.tables",
            `表二${block.item}缺少“${row.label}”行`,
            block.columns.map((c) => ({ table: "proactive" as const, row: row.key, col: c.key })),
          ),
        );
      }
    }
  }
  return { cells, findings, found };
}

/** Whether the values past the block's width repeat its last value cell (a spanned cell expanded). */
function spannedRepeat(printed: readonly { raw: string }[], width: number): boolean {
  const last = printed[width - 1]?.raw;
  return printed.length > width && last !== undefined && printed.slice(width).every((v) => v.raw === last);
}
