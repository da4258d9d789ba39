import { z } from "@hono/zod-openapi";
import { reportModelSchema } from "../../domain/report/model.ts";
import { fileSchema } from "./applications-schemas.ts";
import { findingSchema } from "./reports-schemas.ts";

/** Request and response schemas of POST /api/check (the report checker). */

export const checkFormSchema = z.object({
  file: fileSchema.openapi({ description: "要核查的年度报告：txt、md、html、docx 或 pdf" }),
  previous: fileSchema
    .optional()
    .openapi({ description: "上一年度的报告（可选），用于跨年核对（如本年“上年结转”与上年“结转下年度”）" }),
});

export const checkResultSchema = z
  .object({
    file: z.string().openapi({ description: "上传的文件名" }),
    report: reportModelSchema.nullable().openapi({ description: "读出的报告；完全无法读取时为 null" }),
    findings: z.array(findingSchema),
    counts: z.object({ errors: z.number(), warnings: z.number() }),
    html: z
      .string()
      .nullable()
      .openapi({ description: "报告的完整网页，核查问题涉及的单元格带 gk-highlight 标记" }),
    previous: z
      .object({ file: z.string(), year: z.number().nullable(), read: z.boolean() })
      .nullable()
      .openapi({ description: "上传的上年报告：文件名、年度、是否读出" }),
  })
  .openapi("CheckResult");
