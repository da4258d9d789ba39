import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../domain/report/finding.ts";
import { FORMATS } from "../../domain/report/format/index.ts";
import type { ReportModel } from "../../domain/report/model.ts";
import { arbitraryReport } from "../../render/report/testing/arbitrary-report.ts";
import { readText } from "../text/index.ts";
import { type Damage, damageLayout } from "./testing/damage.ts";
import { writeColumns } from "./testing/write-columns.ts";
import { writeLayout } from "./testing/write-layout.ts";

/** More runs on demand: DAMAGE_RUNS=3000 npx vitest run src/ingest/recognise/damage.test.ts */
const runs = (n: number): number => Number(process.env.DAMAGE_RUNS ?? n);
const picks = (max: number) => fc.array(fc.nat({ max: 1000 }), { maxLength: max });
const pairs = (max: number) =>
  fc.array(fc.tuple(fc.nat({ max: 1000 }), fc.nat({ max: 1000 })), { maxLength: max });

const damage: fc.Arbitrary<Damage> = fc.record({
  separator: fc.constantFrom("tab" as const, "spaces" as const),
  spaceRuns: fc.array(fc.nat({ max: 2 }), { maxLength: 5 }),
  glue: pairs(4),
  fullWidth: picks(20),
  dashes: picks(4),
  breaks: pairs(6),
  footers: picks(4),
});

/** Cells a finding of the reader names, as "table:row:col". */
function named(findings: Finding[]): Set<string> {
  return new Set(findings.flatMap((f) => f.cells.map((c) => `${c.table}:${c.row}:${c.col}`)));
}

/** Every cell is read as written, or is null and named by a finding: never a wrong number. */
function expectHonest(expected: ReportModel, text: string): void {
  const { report, findings } = readText(text);
  expect(report, JSON.stringify(findings)).not.toBeNull();
  if (!report) return;
  expect(report.format).toBe(expected.format);
  const flagged = named(findings);
  const check = (
    table: string,
    row: number | string,
    col: number | string,
    want: number | null,
    got: number | null,
  ) => {
    if (got === want) return;
    const where = `${table}:${row}:${col}`;
    expect(
      got,
      `${where}: read ${got}, printed ${want}\n${text}\n${JSON.stringify(findings, null, 1)}`,
    ).toBeNull();
    expect(flagged.has(where), `${where} is null without a finding naming it\n${text}`).toBe(true);
  };
  for (const block of FORMATS[expected.format].proactive) {
    for (const row of block.rows) {
      for (const col of block.columns) {
        check(
          "proactive",
          row.key,
          col.key,
          expected.tables.proactive[row.key]?.[col.key] ?? null,
          report.tables.proactive[row.key]?.[col.key] ?? null,
        );
      }
    }
  }
  expected.tables.applications.forEach((row, r) => {
    row.forEach((v, c) => {
      check("applications", r, c, v, report.tables.applications[r]?.[c] ?? null);
    });
  });
  expected.tables.litigation.forEach((v, c) => {
    check("litigation", 0, c, v, report.tables.litigation[c] ?? null);
  });
}

describe("damaged layouts of random consistent reports", () => {
  it("undamaged, tab-separated: every number read exactly", () => {
    fc.assert(
      fc.property(arbitraryReport(), (report) => {
        const { report: read, findings } = readText(
          damageLayout(writeLayout(report), {
            separator: "tab",
            spaceRuns: [],
            glue: [],
            fullWidth: [],
            dashes: [],
            breaks: [],
            footers: [],
          }),
        );
        expect(findings).toEqual([]);
        expect(read?.tables).toEqual(report.tables);
      }),
      { numRuns: runs(60) },
    );
  });

  it("glued, broken, full-width, dashed, footers, runs of spaces: right or reported, never wrong", () => {
    fc.assert(
      fc.property(arbitraryReport(), damage, fc.boolean(), (report, d, alone) => {
        expectHonest(report, damageLayout(writeLayout(report, { resultsHeaderAlone: alone }), d));
      }),
      { numRuns: runs(300) },
    );
  });
});

describe("PDF text extracted column by column, from random consistent reports", () => {
  const pages = fc
    .array(fc.integer({ min: 1, max: 24 }), { maxLength: 2 })
    .map((a) => [...a].sort((x, y) => x - y));

  it("labels block, then each column's numbers, across page breaks: every number read exactly", () => {
    fc.assert(
      fc.property(arbitraryReport(), pages, (report, breaks) => {
        const { report: read, findings } = readText(writeColumns(report, breaks).join("\n"));
        expect(findings).toEqual([]);
        expect(read?.tables).toEqual(report.tables);
      }),
      { numRuns: runs(100) },
    );
  });

  it("with labels broken over lines and footers inside: right or reported, never wrong", () => {
    fc.assert(
      fc.property(arbitraryReport(), pages, pairs(6), picks(4), (report, breaks, cuts, footers) => {
        const lines = writeColumns(report, breaks);
        for (const [at, cut] of cuts) {
          const i = at % lines.length;
          const line = lines[i] ?? "";
          const numbering = /^(?:（[一二三四五六七]）|[一二三四]、|\d[.、])/.exec(line)?.[0].length ?? 0;
          if (!/[\u4e00-\u9fff]/.test(line) || line.length - numbering < 3) continue;
          const c = numbering + 1 + (cut % (line.length - numbering - 2));
          lines.splice(i, 1, line.slice(0, c), line.slice(c));
        }
        for (const f of footers) lines.splice(f % lines.length, 0, `- ${f} -`);
        expectHonest(report, lines.join("\n"));
      }),
      { numRuns: runs(200) },
    );
  });
});
