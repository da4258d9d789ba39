import { z } from "zod";
import { FORMATS } from "./format/index.ts";
import type { FormatVersion, ReportFormat } from "./format/types.ts";

/**
 * A cell as read or computed: a number, or null when it could not be read (or was left blank).
 * The model keeps what the document says — a negative or fractional count is kept and reported by
 * validation (`cells.integer`), never silently corrected.
 */
export const cellSchema = z.number().nullable();

export const sectionKeySchema = z.enum([
  "overview",
  "proactive",
  "applications",
  "litigation",
  "problems",
  "other",
]);

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD");

export const reportSectionSchema = z.object({
  /** The format section this heading was recognised as; null for an unrecognised heading. */
  key: sectionKeySchema.nullable(),
  heading: z.string(),
  /** The prose of the section (for table sections, the text around the table), paragraphs joined by "\n". */
  text: z.string(),
});

export const reportTablesSchema = z.object({
  /** Table 二: proactive[rowKey][columnKey], keys from the format's proactive blocks. */
  proactive: z.record(z.string(), z.record(z.string(), cellSchema)),
  /** Table 三: rows in official order (25 in 2021, 23 in 2019) × the 7 columns in official order. */
  applications: z.array(z.array(cellSchema).length(7)),
  /** Table 四: the 15 numbers in official order. */
  litigation: z.array(cellSchema).length(15),
});

export const reportModelSchema = z
  .object({
    format: z.enum(["2021", "2019"]),
    agency: z.string().nullable(),
    year: z.number().int().min(2008).max(2100).nullable(),
    title: z.string().nullable(),
    publishDate: isoDateSchema.nullable(),
    /** Text between the title and the first section (本报告由……编制). */
    preamble: z.string(),
    /** Sections in document order, as found; validation checks that the six are present in order. */
    sections: z.array(reportSectionSchema),
    tables: reportTablesSchema,
    /**
     * Result groups that the document printed as a single row (a 2021 report that prints （六）其他处理
     * the 2019 way). Their numbers sit in the group's last item; the other items are null, and the
     * arithmetic rules treat the group as one.
     */
    collapsedGroups: z.array(z.string()),
  })
  .superRefine((report, ctx) => {
    const format = FORMATS[report.format];
    const rows = format.applications.rows.length;
    if (report.tables.applications.length !== rows) {
      ctx.addIssue({
        code: "custom",
        path: ["tables", "applications"],
        message: `${format.version} 格式的表三应有 ${rows} 行数字，实际为 ${report.tables.applications.length} 行`,
      });
    }
  });

export type ReportModel = z.infer<typeof reportModelSchema>;
export type ReportSection = z.infer<typeof reportSectionSchema>;
export type ReportTables = z.infer<typeof reportTablesSchema>;
export type Cell = z.infer<typeof cellSchema>;

/** Empty tables of a format, every cell `fill` (null: nothing read yet; 0: a report with nothing to count). */
export function emptyTables(format: ReportFormat, fill: Cell = null): ReportTables {
  const proactive: ReportTables["proactive"] = {};
  for (const block of format.proactive) {
    for (const row of block.rows) {
      proactive[row.key] = Object.fromEntries(block.columns.map((c) => [c.key, fill]));
    }
  }
  return {
    proactive,
    applications: format.applications.rows.map(() => Array<Cell>(7).fill(fill)),
    litigation: Array<Cell>(15).fill(fill),
  };
}

/** A report with the format's six sections (empty prose) and empty tables. */
export function emptyReport(version: FormatVersion, fill: Cell = null): ReportModel {
  const format = FORMATS[version];
  return {
    format: version,
    agency: null,
    year: null,
    title: null,
    publishDate: null,
    preamble: "",
    sections: format.sections.map((s) => ({ key: s.key, heading: `${s.number}、${s.label}`, text: "" })),
    tables: emptyTables(format, fill),
    collapsedGroups: [],
  };
}

/** The official title: 「{agency}{year}年政府信息公开工作年度报告」. */
export function reportTitle(agency: string | null, year: number | null): string {
  return `${agency ?? ""}${year ?? ""}${year === null ? "" : "年"}政府信息公开工作年度报告`;
}
