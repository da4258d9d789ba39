import { describe, expect, it } from "vitest";
import type { CellRef, Finding } from "../../domain/report/finding.ts";
import { mergeFindings } from "./merge-findings.ts";

const cell = (row: number, col: number): CellRef => ({ table: "applications", row, col });
const f = (rule: string, message: string, cells: CellRef[] = []): Finding => ({
  rule,
  severity: rule.startsWith("text.") || rule.startsWith("read.") ? "warning" : "error",
  message,
  cells,
});

describe("mergeFindings", () => {
  const unreadable = f("read.unreadable", "表三第 1 行 自然人 无法识别", [cell(0, 0)]);
  const collapsedByReader = f("structure.tables", "（六）只印了一行（读者）", [cell(18, 0), cell(19, 0)]);
  const collapsedByRules = f("structure.tables", "（六）印成一行（规则）", [cell(19, 0), cell(18, 0)]);
  const blankRow = f("structure.tables", "一、本年新收 空白", [cell(0, 0)]);
  const blankRowWider = f("structure.tables", "一、本年新收 空白", [cell(0, 0), cell(0, 1)]);
  const tableMissing = f("structure.tables", "未找到表四（行政复议、行政诉讼情况），请检查");
  const litigationBlank = f("structure.tables", "表四空白", [{ table: "litigation", row: 0, col: 3 }]);
  const balance = f("t3.balance", "不平", [cell(0, 6)]);
  const generic = f("text.generic", "笼统");

  it.each<[string, Finding[], Finding[], Finding[]]>([
    [
      "nothing from the reader: the validator's findings as they are",
      [],
      [balance, generic],
      [balance, generic],
    ],
    [
      "a blank cell the reader could not read is said by the reader only, as the error it stands for",
      [unreadable],
      [blankRow, balance],
      [{ ...unreadable, severity: "error" }, balance],
    ],
    [
      "a reader warning not standing in for an error stays a warning",
      [unreadable],
      [balance],
      [unreadable, balance],
    ],
    [
      "a row finding covering more than the reader's cells stays",
      [unreadable],
      [blankRowWider],
      [unreadable, blankRowWider],
    ],
    [
      "the same cells in another order count as the same",
      [collapsedByReader],
      [collapsedByRules],
      [collapsedByReader],
    ],
    [
      "a table the reader did not find: its blank cells are not listed again",
      [tableMissing],
      [litigationBlank, balance],
      [tableMissing, balance],
    ],
    [
      "other rules on covered cells stay (they say something else)",
      [unreadable],
      [f("cells.integer", "负数", [cell(0, 0)])],
      [unreadable, f("cells.integer", "负数", [cell(0, 0)])],
    ],
    ["an identical finding twice is kept once", [generic], [generic], [generic]],
  ])("%s", (_name, reader, validator, expected) => {
    expect(mergeFindings(reader, validator)).toEqual(expected);
  });
});
