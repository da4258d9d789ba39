import { describe, expect, it } from "vitest";
import type { Finding } from "../../domain/report/finding.ts";
import { emptyReport } from "../../domain/report/model.ts";
import { toCheckJson } from "../../services/reports/check-json.ts";
import { type CheckLine, unreadableLine } from "./check-line.ts";
import { cellList } from "./human-output.ts";
import { addToSummary, emptySummary, exitCodeOf, summaryText, verdictOf } from "./summary.ts";

const error: Finding = { rule: "t3.balance", severity: "error", message: "e", cells: [] };
const warning: Finding = { rule: "text.fee", severity: "warning", message: "w", cells: [] };
const read = (...findings: Finding[]): CheckLine => toCheckJson("r.txt", emptyReport("2021", 0), findings);
const lost = unreadableLine("x.pdf", "坏了");

describe("verdicts, the summary and the exit code", () => {
  it.each<[string, CheckLine, string]>([
    ["no finding", read(), "clean"],
    ["warnings only", read(warning, warning), "warnings"],
    ["an error among warnings", read(warning, error), "errors"],
    ["nothing read", lost, "unreadable"],
  ])("%s → %s", (_name, line, verdict) => {
    expect(verdictOf(line)).toBe(verdict);
  });

  it.each<[string, CheckLine[], number, string]>([
    [
      "nothing to check",
      [],
      0,
      "共核查 0 个文件：0 个有错误，0 个只有提醒，0 个无问题，0 个无法读取；共 0 条问题（0 个错误，0 个提醒）。",
    ],
    [
      "clean and warnings: 0",
      [read(), read(warning)],
      0,
      "共核查 2 个文件：0 个有错误，1 个只有提醒，1 个无问题，0 个无法读取；共 1 条问题（0 个错误，1 个提醒）。",
    ],
    [
      "an error: 1",
      [read(), read(error, warning, error)],
      1,
      "共核查 2 个文件：1 个有错误，0 个只有提醒，1 个无问题，0 个无法读取；共 3 条问题（2 个错误，1 个提醒）。",
    ],
    [
      "unreadable wins over errors: 2",
      [read(error), lost, read()],
      2,
      "共核查 3 个文件：1 个有错误，0 个只有提醒，1 个无问题，1 个无法读取；共 2 条问题（2 个错误，0 个提醒）。",
    ],
  ])("%s", (_name, lines, code, text) => {
    const summary = emptySummary();
    for (const line of lines) addToSummary(summary, line);
    expect(exitCodeOf(summary)).toBe(code);
    expect(summaryText(summary)).toBe(text);
  });
});

describe("cellList: a row said once", () => {
  it.each([
    [["表三 一、本年新收 · 自然人", "表三 一、本年新收 · 总计"], "表三 一、本年新收 · 自然人、总计"],
    [
      ["表四 行政复议 · 结果维持", "表四 行政复议 · 总计", "表四 行政诉讼 · 复议后起诉 · 总计"],
      "表四 行政复议 · 结果维持、总计；表四 行政诉讼 · 复议后起诉 · 总计",
    ],
    [
      ["表三 （七）总计 · 自然人", "表三 四、结转 · 自然人"],
      "表三 （七）总计 · 自然人；表三 四、结转 · 自然人",
    ],
    [["第 3 项"], "第 3 项"],
    [[], ""],
  ])("%j → %s", (names, expected) => {
    expect(cellList(names)).toBe(expected);
  });
});
