import { describeCell } from "../../domain/report/cell-name.ts";
import { FORMATS } from "../../domain/report/format/index.ts";
import type { CheckLine } from "./check-line.ts";
import { type FileVerdict, verdictOf } from "./summary.ts";

/** ANSI styles, applied only when the output is a terminal (`colour`). */
const STYLES = { bold: [1, 22], red: [31, 39], yellow: [33, 39], green: [32, 39], dim: [2, 22] } as const;
type Style = keyof typeof STYLES;

export type Paint = (style: Style, text: string) => string;

export function painter(colour: boolean): Paint {
  if (!colour) return (_, text) => text;
  return (style, text) => `\u001b[${STYLES[style][0]}m${text}\u001b[${STYLES[style][1]}m`;
}

const VERDICTS: Record<FileVerdict, [string, Style]> = {
  unreadable: ["无法读取", "red"],
  errors: ["有错误", "red"],
  warnings: ["只有提醒", "yellow"],
  clean: ["无问题", "green"],
};

const FORMAT_NAMES = { "2021": "2021 年版格式", "2019": "2019 年试行格式" } as const;

/**
 * One file of the human output, as lines: the file and its verdict; what was detected (agency, year,
 * format); then each finding with its severity, rule id, message and the cells it concerns, named as
 * the printed tables name them.
 *
 * @example
 * hongze-district-2023.pdf（有错误）
 *   机关：洪泽区人民政府 · 年度：2023 · 2021 年版格式
 *   错误 t4.group-total 表四“行政复议”：结果维持（10）+ … = 11，但总计为 0，相差 11
 *        单元格：表四 行政复议 · 结果维持、…
 */
export function formatFile(line: CheckLine, paint: Paint): string[] {
  const [verdict, style] = VERDICTS[verdictOf(line)];
  const out = [`${paint("bold", line.file)}（${paint(style, verdict)}）`];
  const format = line.format === null ? null : FORMATS[line.format];
  if (line.format !== null) {
    out.push(
      `  机关：${line.agency ?? "未识别"} · 年度：${line.year ?? "未识别"} · ${FORMAT_NAMES[line.format]}`,
    );
  }
  for (const f of line.findings) {
    const severity = f.severity === "error" ? paint("red", "错误") : paint("yellow", "提醒");
    out.push(`  ${severity} ${paint("dim", f.rule)} ${f.message}`);
    if (format && f.cells.length > 0) {
      out.push(`       ${paint("dim", "单元格：")}${cellList(f.cells.map((c) => describeCell(format, c)))}`);
    }
  }
  return out;
}

/**
 * Cell names with the row said once: `表三 一、本年新收… · 自然人、商业企业、总计`. A finding about a
 * whole row of table 三 lists seven cells; spelled out in full they would bury the message.
 */
export function cellList(names: readonly string[]): string {
  const groups: { row: string; columns: string[] }[] = [];
  for (const name of names) {
    const cut = name.lastIndexOf(" · ");
    const row = cut < 0 ? name : name.slice(0, cut);
    const column = cut < 0 ? "" : name.slice(cut + 3);
    const last = groups[groups.length - 1];
    if (last && last.row === row && column) last.columns.push(column);
    else groups.push({ row, columns: column ? [column] : [] });
  }
  return groups.map((g) => (g.columns.length > 0 ? `${g.row} · ${g.columns.join("、")}` : g.row)).join("；");
}
