import { describe, expect, it } from "vitest";
import { emptyReport, reportModelSchema } from "../model.ts";
import { FORMATS, formatForYear, RULES } from "./index.ts";

describe("the format as data", () => {
  it("2021: 25 numeric rows of table 三, of which 21 results, in official order", () => {
    const rows = FORMATS["2021"].applications.rows;
    expect(rows).toHaveLength(25);
    expect(rows.filter((r) => r.kind === "result")).toHaveLength(21);
    expect(rows.map((r) => r.kind).join(",")).toMatch(/^new,carriedOver,(result,){21}total,carriedForward$/);
    expect(rows[24]?.label).toBe("结转下年度继续办理");
    expect(rows.find((r) => r.key === "refusedThreeSecurities")?.label).toBe("危及“三安全一稳定”");
  });

  // report-format.md says "2019: 20" leaf results, but its 23 numeric rows leave 19 (2 + 8 + 3 + 5 + 1).
  it("2019: （六）其他处理 is one row, 23 numeric rows, 19 results", () => {
    const rows = FORMATS["2019"].applications.rows;
    expect(rows).toHaveLength(23);
    expect(rows.filter((r) => r.kind === "result")).toHaveLength(19);
    expect(rows.find((r) => r.key === "otherHandling")?.group).toBeUndefined();
  });

  it("table 四 has three groups of five", () => {
    const cols = FORMATS["2021"].litigation.columns;
    expect(cols).toHaveLength(15);
    expect(cols.filter((c) => c.result === "total").map((c) => c.key)).toEqual([
      "reconsideration.total",
      "directSuit.total",
      "suitAfterReconsideration.total",
    ]);
  });

  it("keys are unique within each table", () => {
    for (const format of Object.values(FORMATS)) {
      const rowKeys = format.applications.rows.map((r) => r.key);
      expect(new Set(rowKeys).size).toBe(rowKeys.length);
      const proactiveKeys = format.proactive.flatMap((b) => b.rows.map((r) => r.key));
      expect(new Set(proactiveKeys).size).toBe(proactiveKeys.length);
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it("picks the format by report year", () => {
    expect(formatForYear(2020).version).toBe("2019");
    expect(formatForYear(2021).version).toBe("2021");
  });

  it("an empty report of each format satisfies the model schema, a wrong row count does not", () => {
    expect(reportModelSchema.safeParse(emptyReport("2021", 0)).success).toBe(true);
    expect(reportModelSchema.safeParse(emptyReport("2019")).success).toBe(true);
    const broken = emptyReport("2021");
    broken.tables.applications.pop();
    const result = reportModelSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["tables", "applications"]);
  });
});
