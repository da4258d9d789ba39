import type { CellRef, Finding } from "../../domain/report/finding.ts";
import type { ReportFormat } from "../../domain/report/format/index.ts";
import type { Cell } from "../../domain/report/model.ts";
import { rawValues, rowCells, splitGlued } from "./cells.ts";
import { ambiguous, formatRule, quote, unreadable } from "./findings.ts";
import { type ApplicationTarget, applicationMatcher } from "./format-labels.ts";
import type { ParsedLine } from "./line-parse.ts";
import { type Orphan, type Reading, readStream } from "./table-stream.ts";

const WIDTH = 7;

export interface ApplicationsRead {
  rows: Cell[][];
  findings: Finding[];
  /** Whether any row of table 三 was found at all. */
  found: boolean;
  collapsedGroups: string[];
}

/** Name of a row for messages: 「（三）不予公开 1.属于国家秘密」. */
export function rowName(format: ReportFormat, index: number): string {
  const def = format.applications.rows[index];
  if (!def) return `第${index + 1}行`;
  const group = def.group ? format.applications.groups.find((g) => g.key === def.group) : undefined;
  return `${group ? `${group.number}${group.label} ` : ""}${def.number}${def.label}`;
}

const rowRefs = (row: number): CellRef[] =>
  Array.from({ length: WIDTH }, (_, col) => ({ table: "applications" as const, row, col }));

/**
 * Table 三 from the lines of its section: every row of the format located by its label, its seven
 * numbers read in whatever layout the document uses. Subtotal rows that some templates add for
 * （三）–（六） are checked against their items and kept out of the 25 rows; a group printed as a
 * single row (（六）其他处理 the 2019 way) puts its numbers into the group's last item.
 */
export function readApplications(lines: ParsedLine[], format: ReportFormat): ApplicationsRead {
  const spec = {
    matcher: applicationMatcher(format),
    width: () => WIDTH,
    isRow: (t: ApplicationTarget) => t.kind === "row",
    block: () => "t3",
  };
  const { readings, orphans } = readStream(lines, spec);
  const rows: Cell[][] = format.applications.rows.map(() => Array<Cell>(WIDTH).fill(null));
  const seen = new Set<number>();
  const blanks = new Set<number>();
  const groupRows = new Map<
    string,
    { target: Extract<ApplicationTarget, { kind: "group" }>; cells: Cell[]; label: string }
  >();
  const findings: Finding[] = [];

  const store = (target: ApplicationTarget, cells: Cell[], label: string): void => {
    if (target.kind === "group") {
      if (!groupRows.has(target.key)) groupRows.set(target.key, { target, cells, label });
      return;
    }
    if (seen.has(target.index)) {
      const before = rows[target.index] as Cell[];
      if (before.some((v, i) => v !== cells[i])) {
        findings.push(
          formatRule(
            "structure.tables",
            `表三“${rowName(format, target.index)}”出现了两次且数字不同，已采用第一次的数字`,
            rowRefs(target.index),
          ),
        );
      }
      return;
    }
    seen.add(target.index);
    rows[target.index] = cells;
  };

  const where = (target: ApplicationTarget): string =>
    target.kind === "row" ? rowName(format, target.index) : target.label;
  const refs = (target: ApplicationTarget): CellRef[] => (target.kind === "row" ? rowRefs(target.index) : []);

  const reportFailure = (
    reading: Reading<ApplicationTarget>,
    problem: "ambiguous" | "count" | "empty",
  ): void => {
    const raw = rawValues(reading.values);
    for (const target of reading.targets) {
      // A label printed without numbers may be followed by the same row with them (a broken label).
      if (problem === "empty") {
        if (target.kind === "row") blanks.add(target.index);
        continue;
      }
      store(target, Array<Cell>(WIDTH).fill(null), reading.label);
      const name = `表三“${where(target)}”`;
      if (problem === "ambiguous") {
        findings.push(
          ambiguous(
            `${name}的数字 ${quote(raw)} 连在一起，有多种拆分方式都符合合计关系，无法确定，请核对原文`,
            refs(target),
          ),
        );
      } else {
        findings.push(
          unreadable(`${name}应有 7 个数字，读到 ${quote(raw)}，无法对应到各列，请核对原文`, refs(target)),
        );
      }
    }
  };

  let carry: Reading<ApplicationTarget> | null = null;
  for (const reading of readings) {
    if (carry) {
      // A glued run may carry the next row's numbers: split the two rows together.
      const joint = splitGlued(
        [...carry.values, ...reading.values],
        [WIDTH, WIDTH],
        carry.cellular || reading.cellular,
      );
      if (joint.kind === "unique" && reading.targets.length === 1) {
        store(carry.targets[0] as ApplicationTarget, joint.values.slice(0, WIDTH), carry.label);
        store(reading.targets[0] as ApplicationTarget, joint.values.slice(WIDTH), reading.label);
        carry = null;
        continue;
      }
      reportFailure(carry, "count");
      carry = null;
    }
    if (reading.targets.length > 1) {
      const split = splitGlued(
        reading.values,
        reading.targets.map(() => WIDTH),
        reading.cellular,
      );
      if (split.kind === "unique") {
        reading.targets.forEach((t, i) => {
          store(t, split.values.slice(i * WIDTH, (i + 1) * WIDTH), reading.label);
        });
      } else reportFailure(reading, split.kind === "ambiguous" ? "ambiguous" : "count");
      continue;
    }
    const target = reading.targets[0] as ApplicationTarget;
    const read = rowCells(
      reading.values,
      WIDTH,
      { positional: reading.fromTable, cellular: reading.cellular },
      [WIDTH],
    );
    if (read.problem === "count" && target.kind === "row") {
      carry = reading;
      continue;
    }
    if (read.problem) {
      if (read.problem !== "empty" || target.kind === "row") reportFailure(reading, read.problem);
      continue;
    }
    for (const { col, raw } of read.junk) {
      const cells = target.kind === "row" ? [{ table: "applications" as const, row: target.index, col }] : [];
      findings.push(
        unreadable(
          `表三“${where(target)}”“${format.applications.columns[col]?.label}”列的 ${quote(raw)} 不是数字`,
          cells,
        ),
      );
    }
    store(target, read.cells, reading.label);
  }
  if (carry) reportFailure(carry, "count");

  // Rows read with numbers; a row printed without them may have lost them to an unknown label.
  const withNumbers = new Set(seen);
  for (const i of blanks) {
    if (seen.has(i)) continue;
    seen.add(i);
    findings.push(unreadable(`表三“${rowName(format, i)}”没有读到数字，请补全该行的 7 个数字`, rowRefs(i)));
  }
  const collapsedGroups = settleGroups(format, rows, seen, groupRows, findings);
  const complete = format.applications.rows.every(
    (def, i) => withNumbers.has(i) || (def.group !== undefined && collapsedGroups.includes(def.group)),
  );
  for (const o of orphans) {
    if (complete && isAddedRow(o)) {
      findings.push(
        formatRule(
          "structure.tables",
          `表三多出格式中没有的一行“${o.label}”（${o.values.join(" ")}）：${format.version} 格式的表三没有这一行，` +
            "请删除，或把其数字计入格式中相应的行",
        ),
      );
    } else {
      findings.push(
        unreadable(`表三中的数字 ${quote(o.raw)} 无法对应到任何一行（行名无法识别），未采用`, []),
      );
    }
  }
  const found = seen.size > 0 || groupRows.size > 0;
  if (!found) {
    findings.push(
      formatRule(
        "structure.tables",
        "未找到表三（收到和处理政府信息公开申请情况）的数字，请检查报告是否包含该表",
        [],
      ),
    );
  } else {
    format.applications.rows.forEach((_, i) => {
      const def = format.applications.rows[i];
      if (seen.has(i) || (def?.group && collapsedGroups.includes(def.group))) return;
      findings.push(formatRule("structure.tables", `表三缺少“${rowName(format, i)}”行`, rowRefs(i)));
    });
  }
  return { rows, findings, found, collapsedGroups };
}

/**
 * Numbers under a label of their own, seven plain counts: a row the format does not have (（八）撤回申请).
 * Taken as an added row only when every row of the format was found — otherwise the label may be a
 * format row's, damaged, and the numbers stay unreadable.
 */
function isAddedRow(o: Orphan): boolean {
  return (
    /\p{Script=Han}{2}/u.test(o.label) && o.values.length === WIDTH && o.values.every((v) => /^\d+$/.test(v))
  );
}

/** Groups printed with numbers: a subtotal (checked) when their items are printed, else a collapsed group. */
function settleGroups(
  format: ReportFormat,
  rows: Cell[][],
  seen: Set<number>,
  groupRows: Map<
    string,
    { target: Extract<ApplicationTarget, { kind: "group" }>; cells: Cell[]; label: string }
  >,
  findings: Finding[],
): string[] {
  const collapsed: string[] = [];
  for (const { target, cells } of groupRows.values()) {
    const printedItems = target.items.filter((i) => seen.has(i));
    const lastItem = target.items[target.items.length - 1];
    if (printedItems.length === 0 && lastItem !== undefined) {
      rows[lastItem] = cells;
      collapsed.push(target.key);
      const group = format.applications.groups.find((g) => g.key === target.key);
      findings.push(
        formatRule(
          "structure.tables",
          `表三“${group?.number ?? ""}${target.label}”只印了一行（2019年试行格式的写法），没有分项；其数字已计入“${rowName(format, lastItem)}”，其余分项留空，请按现行格式分项填报`,
          target.items.flatMap((i) => rowRefs(i)),
        ),
      );
      continue;
    }
    for (let col = 0; col < WIDTH; col++) {
      const subtotal = cells[col];
      let sum = 0;
      let complete = true;
      for (const i of target.items) {
        const v = rows[i]?.[col];
        if (v === null || v === undefined) complete = false;
        else sum += v;
      }
      if (subtotal === null || subtotal === undefined || !complete || sum === subtotal) continue;
      findings.push(
        formatRule(
          "t3.results-sum",
          `表三“${target.label}”小计行“${format.applications.columns[col]?.label}”列为 ${subtotal}，但其分项之和为 ${sum}`,
          target.items.map((row) => ({ table: "applications" as const, row, col })),
          { expected: sum, actual: subtotal },
        ),
      );
    }
  }
  return collapsed;
}
