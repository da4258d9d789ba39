import { z } from "@hono/zod-openapi";
import { reportModelSchema } from "../../domain/report/model.ts";

/** Response and parameter schemas of the annual report routes (OpenAPI documentation). */

export const json = <S extends z.ZodType>(schema: S) => ({ "application/json": { schema } });

const cellRefSchema = z.object({
  table: z.enum(["proactive", "applications", "litigation"]),
  row: z.union([z.number(), z.string()]),
  col: z.union([z.number(), z.string()]),
});

export const findingSchema = z
  .object({
    rule: z.string().openapi({ description: "规则编号，如 t3.balance" }),
    severity: z.enum(["error", "warning"]),
    message: z.string(),
    cells: z.array(cellRefSchema),
    cellNames: z.array(z.string()).openapi({ description: "单元格名称，如“表三 （七）总计 · 自然人”" }),
    expected: z.number().nullable().optional(),
    actual: z.number().nullable().optional(),
  })
  .openapi("ReportFinding");

const countsSchema = z.object({ errors: z.number(), warnings: z.number() });

const proseSchema = z
  .object({
    preamble: z.string(),
    sections: z.record(z.string(), z.string()).openapi({ description: "各部分正文，键为 overview … other" }),
  })
  .openapi("ReportProse");

export const draftSchema = z
  .object({
    agency: z.object({ id: z.string(), name: z.string(), level: z.string() }),
    year: z.number(),
    deadline: z.string().openapi({ description: "本级机关的发布期限" }),
    report: reportModelSchema,
    findings: z.array(findingSchema),
    counts: countsSchema,
    suggestions: proseSchema,
    draft: z.object({
      stored: z.boolean(),
      version: z.number().openapi({ description: "修改或发布时作为 expectedVersion 提交" }),
      updatedAt: z.string().nullable(),
      updatedBy: z.string().nullable(),
    }),
    placeholders: z.array(z.string()).openapi({ description: "仍有“【请填写……】”的部分" }),
    published: z
      .object({
        version: z.number(),
        publishDate: z.string(),
        publishedAt: z.string(),
        publisherName: z.string(),
      })
      .nullable(),
    changedSincePublication: z
      .object({
        preamble: z.boolean(),
        sections: z.array(z.string()),
        cells: z.array(cellRefSchema),
        any: z.boolean(),
      })
      .nullable(),
  })
  .openapi("ReportDraft");

export const validationResultSchema = z
  .object({ findings: z.array(findingSchema), counts: countsSchema, placeholders: z.array(z.string()) })
  .openapi("ReportValidation");

export const versionSummarySchema = z
  .object({
    version: z.number(),
    publishDate: z.string(),
    publishedAt: z.string(),
    publisherName: z.string(),
    revisionNote: z.string().nullable(),
    errorCount: z.number(),
    warningCount: z.number(),
    acknowledgedErrors: z.array(z.string()),
    deadline: z.string(),
    onTime: z.boolean(),
  })
  .openapi("ReportVersionSummary");

export const versionDetailSchema = versionSummarySchema
  .extend({ report: reportModelSchema, findings: z.array(findingSchema) })
  .openapi("ReportVersion");

export const statusRowSchema = z
  .object({
    agencyId: z.string(),
    name: z.string(),
    level: z.string(),
    parentId: z.string().nullable(),
    state: z.enum(["none", "draft", "published"]),
    deadline: z.string(),
    timeliness: z.enum(["onTime", "late", "pending", "overdue"]),
    firstPublished: z.string().nullable(),
    latestPublished: z.string().nullable(),
    versions: z.number(),
    revising: z.boolean(),
    errors: z.number().nullable(),
    warnings: z.number().nullable(),
  })
  .openapi("ReportStatusRow");

const versionRefSchema = z.object({
  version: z.number(),
  publishDate: z.string(),
  revisionNote: z.string().nullable(),
});

export const publicListSchema = z
  .object({
    total: z.number(),
    items: z.array(
      z.object({
        agencyId: z.string(),
        agencyName: z.string(),
        year: z.number(),
        firstPublished: z.string(),
        latestVersion: z.number(),
        versions: z.array(versionRefSchema),
      }),
    ),
  })
  .openapi("PublishedReportList");

export const publicReportSchema = z
  .object({
    agencyId: z.string(),
    year: z.number(),
    version: z.number(),
    publishDate: z.string(),
    revisionNote: z.string().nullable(),
    report: reportModelSchema,
    versions: z.array(versionRefSchema),
  })
  .openapi("PublishedReport");

/** `/api/reports/{agencyId}/{year}/…` */
export const reportParams = z.object({
  agencyId: z.string().openapi({ param: { name: "agencyId", in: "path" }, description: "机关编号" }),
  year: z.coerce
    .number()
    .int()
    .openapi({ param: { name: "year", in: "path" }, description: "报告年度，如 2025" }),
});

/** A file response: bytes of the rendered report. */
export const fileContent = (description: string) => ({
  description,
  content: {
    "text/markdown": { schema: z.string() },
    "text/html": { schema: z.string() },
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
      schema: z.string().openapi({ format: "binary" }),
    },
  },
});
