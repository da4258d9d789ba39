import { proactiveRowName } from "../cell-name.ts";
import type { Finding } from "../finding.ts";
import type { ProactiveBlockDef, ReportFormat } from "../format/types.ts";
import { type CheckContext, makeFinding } from "./context.ts";
import { differs, fmt, gap } from "./numbers.ts";

const ISSUED = "issued";
const ABOLISHED = "abolished";
const IN_FORCE = "inForce";

/** The block that keeps a stock of documents (第二十条第（一）项 of the 2021 format), if any. */
function stockBlock(format: ReportFormat): ProactiveBlockDef | undefined {
  return format.proactive.find((b) =>
    [ISSUED, ABOLISHED, IN_FORCE].every((key) => b.columns.some((c) => c.key === key)),
  );
}

/**
 * `t2.stock`: for 规章 and 行政规范性文件, 现行有效件数 = last year's 现行有效件数 + 本年制发件数 −
 * 本年废止件数. Only when both years use a format with that block (2021); nulls skip the row.
 */
export function checkT2Stock(ctx: CheckContext): Finding[] {
  const previous = ctx.previous;
  if (!previous || previous.format !== ctx.report.format) return [];
  const { format, report } = ctx;
  const block = stockBlock(format);
  if (!block) return [];
  const label = (key: string) => block.columns.find((c) => c.key === key)?.label ?? key;
  const findings: Finding[] = [];
  for (const row of block.rows) {
    const now = report.tables.proactive[row.key];
    const before = previous.tables.proactive[row.key]?.[IN_FORCE] ?? null;
    const issued = now?.[ISSUED] ?? null;
    const abolished = now?.[ABOLISHED] ?? null;
    const inForce = now?.[IN_FORCE] ?? null;
    if (before === null || issued === null || abolished === null || inForce === null) continue;
    const expected = before + issued - abolished;
    if (!differs(expected, inForce)) continue;
    findings.push(
      makeFinding(
        "t2.stock",
        `表二“${proactiveRowName(format, row.key)}”：${label(IN_FORCE)}应为 上年${label(IN_FORCE)}（${fmt(before)}）` +
          `+ ${label(ISSUED)}（${fmt(issued)}）− ${label(ABOLISHED)}（${fmt(abolished)}）= ${fmt(expected)}，` +
          `实际为 ${fmt(inForce)}，相差 ${gap(expected, inForce)}`,
        [ISSUED, ABOLISHED, IN_FORCE].map((col) => ({ table: "proactive", row: row.key, col })),
        expected,
        inForce,
      ),
    );
  }
  return findings;
}
