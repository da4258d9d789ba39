import type { Finding } from "../../domain/report/finding.ts";
import type { ReportFormat } from "../../domain/report/format/index.ts";
import type { Cell } from "../../domain/report/model.ts";
import { rawValues, rowCells } from "./cells.ts";
import { ambiguous, formatRule, quote, unreadable } from "./findings.ts";
import { parseLabel } from "./format-labels.ts";
import type { ParsedLine, ValuePart } from "./line-parse.ts";

const WIDTH = 15;
const GROUPS = [5, 5, 5];

export interface LitigationRead {
  cells: Cell[];
  findings: Finding[];
  found: boolean;
}

const headerChars = new WeakMap<ReportFormat, Set<string>>();

/** Every character of table 四's header wording: a line made only of them is header, whatever its breaks. */
function charsOf(format: ReportFormat): Set<string> {
  const known = headerChars.get(format);
  if (known) return known;
  const lit = format.litigation;
  const words = [lit.suitHeader, ...Object.values(lit.groupLabels), ...lit.columns.map((c) => c.label)];
  const set = new Set<string>();
  for (const w of words) for (const ch of parseLabel(w).key) set.add(ch);
  headerChars.set(format, set);
  return set;
}

/**
 * Table 四: one row of 15 numbers under header wording. The numbers are those of the lines that
 * carry nothing but numbers and header words, in order — a row printed on one line, cell by cell, or
 * one number per line (PDF text). A glued run is split by the three group totals.
 */
export function readLitigation(lines: ParsedLine[], format: ReportFormat): LitigationRead {
  const chars = charsOf(format);
  const values: ValuePart[] = [];
  let fromTable = false;
  let cellular = false;
  for (const line of lines) {
    let header = true;
    let has = false;
    for (const p of line.parts) {
      if (p.kind === "label") {
        for (const ch of p.key) if (!chars.has(ch)) header = false;
      } else if (p.status !== "empty" || line.cellular) has = true;
    }
    if (!header || !has) continue;
    fromTable ||= line.fromTable;
    cellular ||= line.cellular;
    for (const p of line.parts) if (p.kind === "value") values.push(p);
  }
  const findings: Finding[] = [];
  const refs = Array.from({ length: WIDTH }, (_, col) => ({ table: "litigation" as const, row: 0, col }));
  if (values.every((v) => v.status === "empty")) {
    findings.push(
      formatRule(
        "structure.tables",
        "未找到表四（行政复议、行政诉讼情况）的数字，请检查报告是否包含该表",
        refs,
      ),
    );
    return { cells: Array<Cell>(WIDTH).fill(null), findings, found: false };
  }
  const read = rowCells(values, WIDTH, { positional: fromTable, cellular }, GROUPS);
  const raw = rawValues(values);
  if (read.problem === "ambiguous") {
    findings.push(
      ambiguous(
        `表四的数字 ${quote(raw)} 连在一起，有多种拆分方式都符合合计关系，无法确定，请核对原文`,
        refs,
      ),
    );
  } else if (read.problem) {
    findings.push(unreadable(`表四应有 15 个数字，读到 ${quote(raw)}，无法对应到各列，请核对原文`, refs));
  }
  for (const { col, raw } of read.junk) {
    findings.push(
      unreadable(`表四第 ${col + 1} 列的 ${quote(raw)} 不是数字`, [{ table: "litigation", row: 0, col }]),
    );
  }
  return { cells: read.cells, findings, found: true };
}
