import { z } from "@hono/zod-openapi";
import { normativeDocumentSchema, remedyCaseSchema } from "../../services/registers/register-input.ts";
import { isoDate, nonNegativeInteger } from "../../services/validation.ts";

/** OpenAPI schemas of the register routes (the services define and check the shapes). */

export const json = <S extends z.ZodType>(schema: S) => ({ "application/json": { schema } });
const day = z.string().openapi({ example: "2025-06-01", description: "YYYY-MM-DD" });

/** `/api/agencies/{agencyId}/…` */
export const agencyParams = z.object({
  agencyId: z.string().openapi({ param: { name: "agencyId", in: "path" }, description: "机关编号" }),
});
export const idParams = z.object({
  id: z.string().openapi({ param: { name: "id", in: "path" }, description: "登记编号" }),
});
export const yearParam = z.coerce
  .number()
  .int()
  .openapi({ param: { name: "year", in: "path" }, description: "年度，如 2025", example: 2025 });

/** Request bodies: the service schemas' fields, without the agency (it is in the path) and without the cross-field checks (the service makes them, with their paths). */
export const documentBody = z
  .object(normativeDocumentSchema.shape)
  .omit({ agencyId: true })
  .openapi("NormativeDocumentInput");
export const documentPatch = documentBody.partial().openapi("NormativeDocumentPatch");
export const caseBody = z.object(remedyCaseSchema.shape).omit({ agencyId: true }).openapi("RemedyCaseInput");
export const casePatch = caseBody.partial().openapi("RemedyCasePatch");

export const documentSchema = z
  .object({
    id: z.string(),
    agencyId: z.string(),
    kind: z
      .enum(["regulation", "normative_document"])
      .openapi({ description: "regulation 规章；normative_document 行政规范性文件" }),
    title: z.string(),
    docNumber: z.string().nullable(),
    issuedOn: day,
    abolishedOn: day.nullable(),
    url: z.string().nullable(),
    fullText: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("NormativeDocument");

export const caseSchema = z
  .object({
    id: z.string(),
    agencyId: z.string(),
    kind: z.enum(["reconsideration", "direct_suit", "suit_after_reconsideration"]),
    caseNumber: z.string(),
    applicationId: z.string().nullable(),
    filedOn: day,
    result: z.enum(["upheld", "corrected", "other", "pending"]),
    resultOn: day.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("RemedyCase");

const countFigure = z.object({ count: z.number().int(), updatedAt: z.string() }).nullable();

export const yearRegisterSchema = z
  .object({
    agencyId: z.string(),
    year: z.number().int(),
    counts: z.object({ permit: countFigure, penalty: countFigure, enforcement: countFigure }).openapi({
      description: "本年作出的行政许可、行政处罚、行政强制决定数量；未填写为 null（报告按 0 计）",
    }),
    feeIncome: z
      .object({ amountFen: z.number().int(), updatedAt: z.string() })
      .nullable()
      .openapi({ description: "行政事业性收费金额（分）；未填写为 null" }),
    proactive: z.record(z.string(), z.record(z.string(), z.number())).openapi({
      description:
        "年度报告表二按登记簿计算的数字（规章、规范性文件的制发、废止、现行有效件数，处理决定数，收费金额万元）",
    }),
    litigation: z.array(z.number()).openapi({
      description:
        "年度报告表四的 15 个数字：行政复议、未经复议直接起诉、复议后起诉，各为维持、纠正、其他、尚未审结、总计",
    }),
  })
  .openapi("YearRegisters");

export const countsBody = z
  .object({
    permit: nonNegativeInteger("行政许可决定数").optional().openapi({ description: "行政许可决定数" }),
    penalty: nonNegativeInteger("行政处罚决定数").optional().openapi({ description: "行政处罚决定数" }),
    enforcement: nonNegativeInteger("行政强制决定数").optional().openapi({ description: "行政强制决定数" }),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    error: "请至少填写一项：permit（行政许可）、penalty（行政处罚）或 enforcement（行政强制）",
  })
  .openapi("RegisterCountsInput");

export const feeBody = z
  .object({
    amountFen: nonNegativeInteger("本年收费金额（分）").openapi({
      description: "金额，单位为分（1 元 = 100 分）",
    }),
  })
  .openapi("FeeIncomeInput");

/** A year in a query string: four digits. */
export const queryYear = (label: string) =>
  z
    .string()
    .regex(/^\d{4}$/, { error: `${label}应为四位数字的年份，例如 2025` })
    .transform(Number)
    .optional()
    .openapi({ description: label, example: "2025" });

/** A day in a query string. */
export const queryDay = (label: string) =>
  isoDate(label)
    .optional()
    .openapi({ description: `${label}，YYYY-MM-DD` });

export const catalogueSchema = z
  .object({
    agency: z.object({ id: z.string(), name: z.string() }),
    inForceOn: day,
    items: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(["regulation", "normative_document"]),
        kindLabel: z.string(),
        title: z.string(),
        docNumber: z.string().nullable(),
        issuedOn: day,
        url: z.string().nullable(),
        hasFullText: z.boolean(),
      }),
    ),
  })
  .openapi("PublicCatalogue");

/** A true/false flag in a query string. */
export const queryFlag = (description: string) =>
  z
    .enum(["true", "false", "1", "0"], { error: `${description}应为 true 或 false` })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true" || v === "1"))
    .openapi({ description });
