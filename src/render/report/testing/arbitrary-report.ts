import fc from "fast-check";
import { FORMATS, formatForYear } from "../../../domain/report/format/index.ts";
import { emptyReport, type ReportModel, reportTitle } from "../../../domain/report/model.ts";

const AGENCIES = [
  "示例县人民政府办公室",
  "平顶山高新技术产业开发区遵化店镇",
  "淮安市洪泽区人民政府",
  "某某市生态环境局",
  "某某省自然资源厅",
  "某某区市场监督管理局",
];

const SENTENCES = [
  "本年度严格落实《条例》要求，持续深化政务公开。",
  "全年通过政府网站主动公开政府信息1260条。",
  "一是政策解读形式较为单一；二是基层标准化水平有待提高。",
  "本年度未收取政府信息公开信息处理费。",
  "（一）主动公开情况。",
  "“三安全一稳定”相关信息依法不予公开，A&B <条款> 照常处理。",
];

const count = fc.nat({ max: 400 });

/** A row of six applicant counts and its 总计. */
const applicantRow = fc
  .array(count, { minLength: 6, maxLength: 6 })
  .map((v) => [...v, v.reduce((a, b) => a + b, 0)]);

const sumColumns = (rows: number[][]) =>
  Array.from({ length: 7 }, (_, c) => rows.reduce((s, r) => s + (r[c] ?? 0), 0));

/**
 * Random reports whose arithmetic holds (t3.balance, t3.results-sum, t3.row-total, t4.group-total),
 * of either format, with prose in every section. Amounts have two decimals; the 2019 本年增/减 may be
 * negative. No null cells: every cell was "read".
 */
export function arbitraryReport(): fc.Arbitrary<ReportModel> {
  return fc
    .record({
      year: fc.integer({ min: 2019, max: 2030 }),
      agency: fc.constantFrom(...AGENCIES),
      day: fc.integer({ min: 1, max: 31 }),
      prose: fc.array(fc.array(fc.constantFrom(...SENTENCES), { maxLength: 3 }), {
        minLength: 6,
        maxLength: 6,
      }),
      seed: fc.array(applicantRow, { minLength: 25, maxLength: 25 }),
      carriedForward: applicantRow,
      split: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 7, maxLength: 7 }),
      litigation: fc.array(fc.nat({ max: 50 }), { minLength: 12, maxLength: 12 }),
      proactive: fc.array(fc.integer({ min: -500, max: 20000 }), { minLength: 20, maxLength: 20 }),
      cents: fc.array(fc.nat({ max: 100_000_000 }), { minLength: 3, maxLength: 3 }),
    })
    .map((g) => {
      const format = formatForYear(g.year);
      const report = emptyReport(format.version, 0);
      report.agency = g.agency;
      report.year = g.year;
      report.title = reportTitle(g.agency, g.year);
      report.publishDate = `${g.year + 1}-01-${String(g.day).padStart(2, "0")}`;
      report.sections = report.sections.map((s, i) => ({ ...s, text: (g.prose[i] ?? []).join("\n") }));

      const rows = FORMATS[format.version].applications.rows;
      const results = rows.flatMap((r, i) => (r.kind === "result" ? [{ i, values: g.seed[i] ?? [] }] : []));
      const total = sumColumns(results.map((r) => r.values));
      const handled = total.map((t, c) => t + (g.carriedForward[c] ?? 0));
      // Split 一 + 二 per applicant column, then total them, so both rows keep their row totals.
      const fresh = handled.slice(0, 6).map((h, c) => Math.round(h * (g.split[c] ?? 0)));
      const newRow = [...fresh, fresh.reduce((a, b) => a + b, 0)];
      const carriedOver = handled.map((h, c) => h - (newRow[c] ?? 0));
      const table = report.tables.applications;
      rows.forEach((r, i) => {
        if (r.kind === "result") table[i] = g.seed[i] ?? [];
        if (r.kind === "total") table[i] = total;
        if (r.kind === "new") table[i] = newRow;
        if (r.kind === "carriedOver") table[i] = carriedOver;
        if (r.kind === "carriedForward") table[i] = g.carriedForward;
      });

      report.tables.litigation = [0, 1, 2].flatMap((group) => {
        const four = g.litigation.slice(group * 4, group * 4 + 4);
        return [...four, four.reduce((a, b) => a + b, 0)];
      });

      let n = 0;
      let amounts = 0;
      for (const block of FORMATS[format.version].proactive) {
        for (const row of block.rows) {
          for (const col of block.columns) {
            const cells = report.tables.proactive[row.key] ?? {};
            if (col.kind === "amount") cells[col.key] = (g.cents[amounts++ % 3] ?? 0) / 100;
            else if (col.kind === "delta") cells[col.key] = g.proactive[n++ % 20] ?? 0;
            else cells[col.key] = Math.abs(g.proactive[n++ % 20] ?? 0);
            report.tables.proactive[row.key] = cells;
          }
        }
      }
      return report;
    });
}
