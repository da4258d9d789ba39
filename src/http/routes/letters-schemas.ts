import { z } from "@hono/zod-openapi";
import type { ClockView } from "../../domain/applications/index.ts";
import {
  LETTER_KINDS,
  type LetterContent,
  type LetterValues,
  SERIES_KEYS,
} from "../../domain/letters/index.ts";
import { DELIVERY_METHOD_LABELS } from "../../services/letters/index.ts";

/** OpenAPI schemas of what the letter routes answer (the services define the shapes). */

const keys = <T extends Record<string, unknown>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
const day = z.string().openapi({ example: "2026-03-05", description: "YYYY-MM-DD" });

export const letterContentSchema = z.custom<LetterContent>().openapi({
  type: "object",
  description:
    "文书内容（与 Word 文件一致）：kind、title、documentNumber（预览时为空）、addressee、paragraphs（正文各段）、signer、date（如 2026年3月5日）、notes（附注）",
});

const valuesSchema = z
  .custom<LetterValues>()
  .openapi({ type: "object", description: "各变量的取值（文本，或补正事项、收费明细等列表）" });

const deliverySchema = z
  .object({
    method: z.enum(keys(DELIVERY_METHOD_LABELS)),
    methodLabel: z.string(),
    deliveredOn: day,
    note: z.string().nullable(),
    eventSeq: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "送达登记进入办理台账的事件序号（补正、收费、征求意见）" }),
    recordedAt: z.string(),
  })
  .openapi("LetterDelivery");

export const letterSummarySchema = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    agencyId: z.string(),
    kind: z.enum(LETTER_KINDS as [string, ...string[]]),
    label: z.string(),
    title: z.string(),
    documentNumber: z.string().openapi({ example: "一县政信补〔2026〕1号" }),
    series: z.enum(SERIES_KEYS as [string, ...string[]]),
    year: z.number().int(),
    number: z.number().int(),
    stepSeq: z.number().int().openapi({ description: "文书所对应的办理台账事件序号" }),
    stepRef: z.string().nullable().openapi({ description: "征求意见编号（与征求意见有关的文书）" }),
    audience: z.enum(["applicant", "thirdParty", "agency"]),
    addressee: z.string(),
    letterDate: day,
    templateVersion: z.number().int().openapi({ description: "所用文书模板版本，0 为默认文本" }),
    issuedAt: z.string(),
    issuedBy: z.string().nullable(),
    delivery: deliverySchema.nullable(),
  })
  .openapi("LetterSummary");

export const letterDetailSchema = letterSummarySchema
  .extend({
    content: letterContentSchema,
    values: valuesSchema,
    html: z.string().openapi({ description: '文书网页片段（<article class="gk-letter">）' }),
    docxSha256: z.string(),
    docxSize: z.number().int(),
  })
  .openapi("LetterDetail");

export const applicationLettersSchema = z
  .object({
    letters: z.array(letterSummarySchema),
    due: z.array(
      z.object({
        request: z.string().openapi({ description: "出具时请求体的 kind" }),
        kind: z.string(),
        seq: z.number().int(),
        ref: z.string().nullable(),
        label: z.string(),
        letterId: z.string().nullable().openapi({ description: "已出具的文书；未出具为空" }),
      }),
    ),
  })
  .openapi("ApplicationLetters");

export const previewSchema = z
  .object({
    kind: z.string(),
    label: z.string(),
    content: letterContentSchema,
    html: z.string(),
    values: valuesSchema,
    templateVersion: z.number().int(),
    provisional: z.boolean().openapi({ description: "文书中的日期涉及尚未载入节假日安排的年度，暂不能出具" }),
    issuedLetterId: z.string().nullable(),
  })
  .openapi("LetterPreview");

export const deliveryInputSchema = z
  .object({
    method: z
      .enum(keys(DELIVERY_METHOD_LABELS))
      .openapi({ description: "post 邮寄、email 电子邮件、inPerson 当面、online 网上" }),
    deliveredOn: day.openapi({ description: "收件人收到之日" }),
    note: z.string().optional().openapi({ description: "送达情况说明（如邮件单号、签收人）" }),
  })
  .openapi("DeliveryInput");

export const deliveryRecordedSchema = z
  .object({
    delivery: deliverySchema,
    clock: z.custom<ClockView>().nullable().openapi({
      type: "object",
      description: "送达进入办理台账后的期限推导（补正期限、缴费期限或征求意见期限随之变化）；其他文书为空",
    }),
  })
  .openapi("DeliveryRecorded");

const variableSchema = z.object({ name: z.string(), label: z.string() });

export const templateViewSchema = z
  .object({
    kind: z.string(),
    label: z.string(),
    title: z.string(),
    body: z.string().openapi({ description: "每行一段；{{变量名}} 处填入数值" }),
    version: z.number().int(),
    isDefault: z.boolean(),
    note: z.string().nullable(),
    updatedAt: z.string().nullable(),
    required: z.array(variableSchema).openapi({ description: "必须保留的变量" }),
    available: z.array(variableSchema),
  })
  .openapi("LetterTemplate");

export const templateHistorySchema = templateViewSchema
  .extend({
    defaultTemplate: z.object({ title: z.string(), body: z.string() }),
    versions: z.array(
      z.object({
        version: z.number().int(),
        title: z.string(),
        note: z.string().nullable(),
        createdAt: z.string(),
        createdBy: z.string().nullable(),
      }),
    ),
  })
  .openapi("LetterTemplateHistory");

export const templateInputSchema = z
  .object({
    title: z.string(),
    body: z.string(),
    baseVersion: z.number().int().openapi({ description: "修改所依据的版本号（默认文本为 0）" }),
    note: z.string().optional().openapi({ description: "修改说明" }),
  })
  .openapi("LetterTemplateInput");

export const settingsSchema = z
  .object({
    agencyId: z.string(),
    numberPatterns: z.record(z.string(), z.string()).openapi({
      description: "各文书系列的文号格式，须含 {year} 和 {n} 各一次，例如 一县政信复〔{year}〕{n}号",
    }),
    paymentMethod: z.string().nullable(),
    signer: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string().nullable(),
  })
  .openapi("LetterSettings");

export const settingsInputSchema = z
  .object({
    expectedVersion: z.number().int(),
    numberPatterns: z.record(z.string(), z.string()).optional(),
    paymentMethod: z.string().nullable().optional(),
    signer: z.string().nullable().optional(),
  })
  .openapi("LetterSettingsInput");

export const publicLettersSchema = z
  .object({
    letters: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        documentNumber: z.string(),
        letterDate: day,
        html: z.string(),
        delivery: z.object({ methodLabel: z.string(), deliveredOn: day }).nullable(),
      }),
    ),
    css: z.string().openapi({ description: "文书网页片段的样式表（.gk-letter）" }),
  })
  .openapi("PublicLetters");

/** A Word or PDF file. */
export const letterFileContent = (description: string) => ({
  description,
  content: {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
      schema: z.string().openapi({ format: "binary" }),
    },
    "application/pdf": { schema: z.string().openapi({ format: "binary" }) },
  },
});

/** A letter file as a download under its Chinese name (RFC 6266, with an ASCII fallback). */
export function letterFileResponse(file: {
  filename: string;
  mediaType: string;
  bytes: Uint8Array;
}): Response {
  const extension = file.filename.split(".").pop() ?? "bin";
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      "content-type": file.mediaType,
      "content-length": String(file.bytes.length),
      "content-disposition": `attachment; filename="letter.${extension}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
