import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORMATS } from "../../../domain/report/format/index.ts";
import { emptyReport } from "../../../domain/report/model.ts";
import { arbitraryReport } from "../testing/arbitrary-report.ts";
import { gridToMatrix, placeCells, reportGrids } from "./index.ts";
import type { Grid } from "./types.ts";

describe("report grids", () => {
  it("fill every grid position exactly once and show every model cell once, for any report", () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        const grids = reportGrids(report);
        for (const grid of Object.values(grids)) {
          const placed = placeCells(grid);
          const area = placed.reduce((s, p) => s + p.cell.colSpan * p.cell.rowSpan, 0);
          expect(area).toBe(grid.columnCount * grid.rows.length);
          expect(grid.columnWeights).toHaveLength(grid.columnCount);
        }
        const values = Object.values(grids).flatMap((g) =>
          placeCells(g).filter((p) => p.cell.role === "value"),
        );
        const format = FORMATS[report.format];
        const proactiveCells = format.proactive.reduce((s, b) => s + b.rows.length * b.columns.length, 0);
        expect(values).toHaveLength(proactiveCells + format.applications.rows.length * 7 + 15);
        const keys = values.map((v) => JSON.stringify(v.cell.ref));
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 50 },
    );
  });

  it("put every number of table 三 in the column of its applicant type, below its header label", () => {
    const report = emptyReport("2021", 0);
    report.tables.applications = report.tables.applications.map((_, r) =>
      [0, 1, 2, 3, 4, 5, 6].map((c) => r * 10 + c),
    );
    const matrix = gridToMatrix(reportGrids(report).applications);
    expect(matrix[1]?.[3]).toBe("自然人");
    expect(matrix[2]?.[4]).toBe("商业企业");
    expect(matrix[1]?.[9]).toBe("总计");
    for (let r = 0; r < 25; r++) {
      expect(matrix[r + 3]?.slice(3)).toEqual([0, 1, 2, 3, 4, 5, 6].map((c) => String(r * 10 + c)));
    }
  });

  it("refuse a grid whose row overflows or leaves a gap (a builder bug)", () => {
    const cell = (colSpan: number) => ({ role: "value" as const, text: "", colSpan, rowSpan: 1 });
    const grid = (spans: number[][]): Grid => ({
      table: "litigation",
      caption: "",
      columnCount: 2,
      rows: spans.map((r) => ({ header: false, cells: r.map(cell) })),
      columnWeights: [1, 1],
    });
    expect(() => placeCells(grid([[1, 1]]))).not.toThrow();
    expect(() => placeCells(grid([[2, 1]]))).toThrow(/overflows/);
    expect(() => placeCells(grid([[1]]))).toThrow(/gap/);
  });
});
