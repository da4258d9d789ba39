import {
  applicationColumnName,
  applicationRowName,
  litigationCellName,
  proactiveRowName,
} from "../cell-name.ts";
import type { CellRef, Finding } from "../finding.ts";
import { appCell, type CheckContext, makeFinding } from "./context.ts";
import { collapsedGroupFindings } from "./structure-collapsed.ts";

const BLANK = "空白或无法识别，请填写数字（没有的填 0）";

/**
 * `structure.tables`: every row and column of the format is present, none added, none blank. In
 * table order (二, 三, 四): rows or columns of table 二 missing or added, a table 三 or 四 of the
 * wrong size, a group printed as one row (`collapsedGroups`), and one finding per row listing its
 * null cells. Null items of a collapsed group are explained by the group's finding, not listed again.
 */
export function checkStructureTables(ctx: CheckContext): Finding[] {
  const proactive = proactiveClean(ctx) ? [] : proactiveFindings(ctx);
  const applications = applicationsClean(ctx) ? [] : applicationsFindings(ctx);
  return [...proactive, ...applications, ...litigationFindings(ctx)];
}

/** The common case, checked without allocating: table 二 has exactly the format's cells, none null. */
function proactiveClean(ctx: CheckContext): boolean {
  const table = ctx.report.tables.proactive;
  let rows = 0;
  for (const block of ctx.format.proactive) {
    for (const row of block.rows) {
      const values = table[row.key];
      if (!values) return false;
      for (const col of block.columns) if (values[col.key] == null) return false;
      let cols = 0;
      for (const _ in values) cols++;
      if (cols !== block.columns.length) return false;
      rows++;
    }
  }
  let present = 0;
  for (const _ in table) present++;
  return present === rows;
}

/** The common case: table 三 of the right shape, no collapsed group, no null. */
function applicationsClean(ctx: CheckContext): boolean {
  if (!ctx.applicationsShapeOk || ctx.report.collapsedGroups.length > 0) return false;
  for (const cells of ctx.report.tables.applications) {
    for (const value of cells) if (value === null) return false;
  }
  return true;
}

function proactiveFindings(ctx: CheckContext): Finding[] {
  const { format, report } = ctx;
  const findings: Finding[] = [];
  const push = (message: string, cells: CellRef[]) =>
    findings.push(makeFinding("structure.tables", message, cells));
  const known = new Set<string>();
  for (const block of format.proactive) {
    const columnKeys = new Set(block.columns.map((c) => c.key));
    for (const row of block.rows) {
      known.add(row.key);
      const name = proactiveRowName(format, row.key);
      const refs = (keys: string[]): CellRef[] =>
        keys.map((col) => ({ table: "proactive", row: row.key, col }));
      const values = report.tables.proactive[row.key];
      if (!values) {
        push(`表二缺少“${name}”一行，请按格式补上`, refs(block.columns.map((c) => c.key)));
        continue;
      }
      const missing = block.columns.filter((c) => !(c.key in values));
      if (missing.length > 0) {
        const labels = missing.map((c) => `“${c.label}”`).join("、");
        push(`表二“${name}”行缺少${labels}，请按格式补上`, refs(missing.map((c) => c.key)));
      }
      const added = Object.keys(values).filter((k) => !columnKeys.has(k));
      if (added.length > 0) {
        push(`表二“${name}”行多出格式中没有的列：${added.join("、")}`, refs(added));
      }
      const blank = block.columns.filter((c) => c.key in values && values[c.key] === null);
      if (blank.length > 0) {
        const labels = blank.map((c) => c.label).join("、");
        push(`表二“${name}”行的 ${labels} ${BLANK}`, refs(blank.map((c) => c.key)));
      }
    }
  }
  for (const key of Object.keys(report.tables.proactive)) {
    if (known.has(key)) continue;
    const cols = Object.keys(report.tables.proactive[key] ?? {});
    push(
      `表二多出格式中没有的一行：${key}（${format.version} 格式不含这一行），请删除或改为格式中的行`,
      cols.map((col) => ({ table: "proactive", row: key, col })),
    );
  }
  return findings;
}

function applicationsFindings(ctx: CheckContext): Finding[] {
  const { format, report } = ctx;
  const rows = report.tables.applications;
  const expected = format.applications.rows.length;
  if (rows.length !== expected) {
    return [
      makeFinding(
        "structure.tables",
        `表三应有 ${expected} 行数字（${format.version} 格式），实际为 ${rows.length} 行，无法逐行核对`,
      ),
    ];
  }
  const collapsed = collapsedGroupFindings(ctx);
  const findings: Finding[] = [...collapsed.unknown];
  rows.forEach((cells, row) => {
    const groupFinding = collapsed.byFirstRow.get(row);
    if (groupFinding) findings.push(groupFinding);
    if (cells.length !== 7) {
      findings.push(
        makeFinding(
          "structure.tables",
          `表三“${applicationRowName(format, row)}”行应有 7 个数字，实际为 ${cells.length} 个`,
        ),
      );
      return;
    }
    if (ctx.zeroIfNull.has(row) && !collapsed.lastItems.has(row)) return;
    const blank = cells.flatMap((_, col) => (appCell(report, row, col) === null ? [col] : []));
    if (blank.length === 0) return;
    const labels = blank.map((col) => applicationColumnName(format, col)).join("、");
    findings.push(
      makeFinding(
        "structure.tables",
        `表三“${applicationRowName(format, row)}”行的 ${labels} ${BLANK}`,
        blank.map((col) => ({ table: "applications", row, col })),
      ),
    );
  });
  return findings;
}

function litigationFindings(ctx: CheckContext): Finding[] {
  const { format, report } = ctx;
  const cells = report.tables.litigation;
  const expected = format.litigation.columns.length;
  if (cells.length !== expected) {
    return [
      makeFinding("structure.tables", `表四应有 ${expected} 个数字，实际为 ${cells.length} 个，无法核对`),
    ];
  }
  const blank = cells.flatMap((v, col) => (v === null ? [col] : []));
  if (blank.length === 0) return [];
  return [
    makeFinding(
      "structure.tables",
      `表四的 ${blank.map((col) => litigationCellName(format, col)).join("、")} ${BLANK}`,
      blank.map((col) => ({ table: "litigation", row: 0, col })),
    ),
  ];
}
