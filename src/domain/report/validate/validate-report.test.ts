import { describe, expect, it } from "vitest";
import { RULES } from "../format/index.ts";
import { emptyReport } from "../model.ts";
import { CHECKS, validateReport } from "./index.ts";

describe("validateReport", () => {
  it("has exactly one check per rule of the format", () => {
    expect(Object.keys(CHECKS).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it("finds nothing wrong with the structure or arithmetic of an all-zero report", () => {
    expect(validateReport(emptyReport("2021", 0)).filter((f) => f.severity === "error")).toEqual([]);
    expect(validateReport(emptyReport("2019", 0)).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("orders findings by rule order of RULES, then by table position, with each rule's severity", () => {
    const report = emptyReport("2021", 0);
    report.year = 2024;
    report.publishDate = "2025-03-01";
    const rows = report.tables.applications as (number | null)[][];
    (rows[24] as (number | null)[])[6] = 1; // 总计 column: 0 + 0 ≠ 0 + 1; row 24: 0 ≠ 1
    (rows[2] as (number | null)[])[0] = -1; // 自然人 column: results −1 ≠ 0; row 2: −1 ≠ 0; negative
    (rows[5] as (number | null)[])[3] = null; // skips row 5 and column 3, listed as blank
    report.tables.litigation[4] = 2;
    report.sections.pop();
    const findings = validateReport(report);
    expect(findings.map((f) => f.rule)).toEqual([
      "t3.balance",
      "t3.results-sum",
      "t3.row-total",
      "t3.row-total",
      "t4.group-total",
      "cells.integer",
      "structure.sections",
      "structure.tables",
      "text.fee",
      "text.generic",
      "publish.deadline",
    ]);
    const order = new Map(RULES.map((r, i) => [r.id, i]));
    for (const f of findings) expect(f.severity).toBe(RULES[order.get(f.rule) as number]?.severity);
    expect(findings.filter((f) => f.rule === "t3.row-total").map((f) => f.cells[0]?.row)).toEqual([2, 24]);
    expect(validateReport(report)).toEqual(findings);
  });

  it("does not change the report it reads", () => {
    const report = emptyReport("2021", 1);
    report.collapsedGroups = ["otherHandling"];
    const copy = structuredClone(report);
    validateReport(report, { previous: { ...copy, year: null } });
    expect(report).toEqual(copy);
  });
});
