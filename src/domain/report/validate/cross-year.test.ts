import { describe, expect, it } from "vitest";
import { isAppError } from "../../app-error.ts";
import { emptyReport, type ReportModel } from "../model.ts";
import { validateReport } from "./index.ts";
import { consistentReport } from "./sample-report.ts";

const none = { results: [], carriedOver: [], carriedForward: [], litigation: [] };

/** A report of `year` with 二 and 四 as given (6 applicants each); consistent otherwise. */
function report(version: "2021" | "2019", year: number, carriedOver: number[], carriedForward: number[]) {
  return consistentReport(version, { ...none, results: [[5, 1]], carriedOver, carriedForward }, year);
}

const ofRule = (rule: string, r: ReportModel, previous: ReportModel) =>
  validateReport(r, { previous }).filter((f) => f.rule === rule);

describe("year.carry-over", () => {
  it("passes when this year's 二 equals last year's 四 in every column", () => {
    const last = report("2021", 2023, [], [2, 1]);
    const now = report("2021", 2024, [2, 1], [0]);
    expect(ofRule("year.carry-over", now, last)).toEqual([]);
  });

  it("reports each column that differs, and the total column", () => {
    const last = report("2021", 2023, [], [2, 1]);
    const now = report("2021", 2024, [3, 1], []);
    const findings = ofRule("year.carry-over", now, last);
    expect(findings.map((f) => f.message)).toEqual([
      "表三“自然人”列：二、上年结转为 3，但上年（2023 年）报告的四、结转下年度为 2，相差 1。本年的上年结转应等于上年报告的结转下年度",
      "表三“总计”列：二、上年结转为 4，但上年（2023 年）报告的四、结转下年度为 3，相差 1。本年的上年结转应等于上年报告的结转下年度",
    ]);
    expect(findings[1]).toMatchObject({
      severity: "error",
      expected: 3,
      actual: 4,
      cells: [{ table: "applications", row: 1, col: 6 }],
    });
  });

  it("works across formats: a 2020 report in the 2019 format before a 2021 report", () => {
    const last = report("2019", 2020, [], [0, 0, 0, 0, 0, 4]);
    expect(ofRule("year.carry-over", report("2021", 2021, [0, 0, 0, 0, 0, 4], []), last)).toEqual([]);
    expect(ofRule("year.carry-over", report("2021", 2021, [], []), last).map((f) => f.cells[0]?.col)).toEqual(
      [5, 6],
    );
  });

  it("skips columns with a null on either side and runs only with a previous report", () => {
    const last = report("2021", 2023, [], [2]);
    (last.tables.applications[24] as (number | null)[])[0] = null;
    const now = report("2021", 2024, [9], []);
    expect(ofRule("year.carry-over", now, last).map((f) => f.cells[0]?.col)).toEqual([6]);
    expect(validateReport(now).filter((f) => f.rule === "year.carry-over")).toEqual([]);
  });

  it("refuses a previous report that is not of the year before", () => {
    const error = (() => {
      try {
        validateReport(report("2021", 2024, [], []), { previous: report("2021", 2022, [], []) });
      } catch (e) {
        return e;
      }
    })();
    expect(isAppError(error) && error.code).toBe("VALIDATION");
    expect((error as Error).message).toBe(
      "上年报告是 2022 年的，不是本报告（2024 年）的上一年；请提供 2023 年的报告再做跨年核对",
    );
  });
});

describe("t2.stock", () => {
  function withStock(year: number, regulations: number[], documents: number[]) {
    const r = emptyReport("2021", 0);
    r.year = year;
    const [issued, abolished, inForce] = regulations;
    r.tables.proactive.regulations = {
      issued: issued ?? 0,
      abolished: abolished ?? 0,
      inForce: inForce ?? 0,
    };
    const [dIssued, dAbolished, dInForce] = documents;
    r.tables.proactive.normativeDocuments = {
      issued: dIssued ?? 0,
      abolished: dAbolished ?? 0,
      inForce: dInForce ?? 0,
    };
    return r;
  }

  it("passes when 现行有效 = last year's + 制发 − 废止", () => {
    const last = withStock(2023, [0, 0, 10], [3, 0, 8]);
    expect(ofRule("t2.stock", withStock(2024, [2, 1, 11], [0, 5, 3]), last)).toEqual([]);
  });

  it("shows the whole computation when it does not hold", () => {
    const last = withStock(2023, [0, 0, 10], [0, 5, 5]);
    const findings = ofRule("t2.stock", withStock(2024, [2, 1, 12], [3, 0, 8]), last);
    expect(findings.map((f) => f.message)).toEqual([
      "表二“第二十条第（一）项 · 规章”：现行有效件数应为 上年现行有效件数（10）+ 本年制发件数（2）− 本年废止件数（1）= 11，实际为 12，相差 1",
    ]);
    expect(findings[0]).toMatchObject({ severity: "warning", expected: 11, actual: 12 });
  });

  it("needs both years in the 2021 format and no null among the four numbers", () => {
    const last2019 = emptyReport("2019", 0);
    last2019.year = 2020;
    const now = withStock(2021, [2, 1, 12], [0, 0, 0]);
    expect(ofRule("t2.stock", now, last2019)).toEqual([]);
    const last = withStock(2020, [0, 0, 10], [0, 0, 0]);
    expect(ofRule("t2.stock", now, last)).toHaveLength(1);
    (now.tables.proactive.regulations as Record<string, number | null>).abolished = null;
    expect(ofRule("t2.stock", now, last)).toEqual([]);
  });
});
