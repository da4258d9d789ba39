import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import {
  APPLICANT_TYPES,
  type ClockView,
  type ExplainedDay,
  ledgerEventSchema,
  OFFERED_STEPS,
  OUTCOMES,
  RECEIPT_CHANNELS,
} from "../../domain/applications/index.ts";
import {
  APPLICATION_PHASE_LABELS,
  ATTACHMENT_KINDS,
  DELIVERY_LABELS,
  ID_TYPE_LABELS,
  type PublicCredentials,
  REQUESTED_FORM_LABELS,
} from "../../services/applications/index.ts";

/** OpenAPI schemas of what the application routes answer (the services define the shapes). */

const keys = <T extends Record<string, unknown>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
const day = z.string().openapi({ example: "2026-03-31", description: "YYYY-MM-DD" });
const derivedDate = z.object({ date: day, provisional: z.boolean() });

export const clockSchema = z.custom<ClockView>().openapi({
  type: "object",
  description: "由台账推导出的全部期限与状态（deriveClock 的结果，见 docs/procedure.md）",
});

export const summarySchema = z
  .object({
    id: z.string(),
    agencyId: z.string(),
    number: z.string().openapi({ example: "2026-4821-7730-5" }),
    applicantType: z.enum(APPLICANT_TYPES),
    applicantName: z.string().openapi({ description: "非受理机关人员看到的是脱敏后的姓名" }),
    channel: z.enum(RECEIPT_CHANNELS),
    arrivedOn: day,
    receivedOn: day.nullable().openapi({ description: "法定收到申请之日（第三十一条）；网上申请确认前为空" }),
    descriptionExcerpt: z.string(),
    phase: z.enum(keys(APPLICATION_PHASE_LABELS)),
    phaseLabel: z.string(),
    open: z.boolean(),
    replyDueOn: day.nullable(),
    dueProvisional: z
      .boolean()
      .openapi({ description: "期限所在年度的法定节假日安排尚未载入，暂按周末推算" }),
    closedOn: day.nullable(),
    outcome: z.enum(OUTCOMES).nullable(),
    version: z.number().int().openapi({ description: "办理步骤须携带此版本号（expectedVersion）" }),
    createdAt: z.string(),
    updatedAt: z.string(),
    masked: z.boolean().openapi({ description: "个人信息是否已脱敏" }),
  })
  .openapi("ApplicationSummary");

const nullableText = z.string().nullable();

export const attachmentSchema = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    source: z.enum(["applicant", "staff"]),
    filename: z.string(),
    kind: z.enum(keys(ATTACHMENT_KINDS)),
    mediaType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    note: nullableText,
    uploadedAt: z.string(),
    uploadedBy: nullableText,
  })
  .openapi("Attachment");

export const detailSchema = summarySchema
  .extend({
    applicant: z.object({
      type: z.enum(APPLICANT_TYPES),
      name: z.string(),
      idType: z.enum(keys(ID_TYPE_LABELS)).nullable(),
      idNumber: nullableText,
      phone: nullableText,
      email: nullableText,
      address: nullableText,
      postalCode: nullableText,
      creditCode: nullableText,
      legalRepresentative: nullableText,
      contactPerson: nullableText,
    }),
    request: z.object({
      description: z.string(),
      purpose: nullableText,
      requestedForm: z.enum(keys(REQUESTED_FORM_LABELS)),
      delivery: z.enum(keys(DELIVERY_LABELS)),
      correctionText: nullableText,
    }),
    events: z.array(
      z.object({
        seq: z.number().int(),
        event: ledgerEventSchema,
        recordedAt: z.string(),
        recordedBy: nullableText,
        recordedByName: nullableText,
        source: z.enum(["staff", "applicant", "system"]),
      }),
    ),
    clock: clockSchema.nullable(),
    attachments: z.array(attachmentSchema),
    allowedSteps: z.array(z.enum(OFFERED_STEPS)).openapi({
      description: "依办理程序此时可以登记的步骤（事件类型）；无权办理或尚未确认收到时为空",
    }),
    applicantMonth: z.object({ month: z.string(), received: z.number().int() }).nullable().openapi({
      description:
        "按件收费参考（仅在受理机关可以发出收费通知时提供）：按收到申请之日计，该申请人本月向本机关提出的申请中本件是第几件；一份申请含多项内容的可按一项一件拆分计算，以工作人员确认为准",
    }),
  })
  .openapi("ApplicationDetail");

export const dueStandingSchema = z
  .object({
    kind: z.enum(["onTime", "dueSoon", "overdue"]),
    workingDays: z.number().int().openapi({ description: "剩余工作日（0 为今日到期），或已超期的工作日" }),
  })
  .nullable()
  .openapi("DueStanding", { description: "答复期限的当前情况；已办结或无答复期限时为空" });

export const pageSchema = z
  .object({
    items: z.array(summarySchema.extend({ agencyName: z.string(), due: dueStandingSchema })),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi("ApplicationPage");

export const stepRecordedSchema = z
  .object({ application: summarySchema, clock: clockSchema, seq: z.number().int() })
  .openapi("StepRecorded");

export const clockExplainedSchema = z
  .object({
    clock: clockSchema.nullable(),
    days: z.array(z.custom<ExplainedDay>().openapi({ type: "object" })).openapi({
      description: "答复期限逐日说明：计入、暂停（及原因）或非工作日",
    }),
    windows: z
      .array(
        z.object({
          key: z
            .string()
            .openapi({ description: "correctionNotice、correction、consultation:编号、payment" }),
          label: z.string(),
          from: day,
          to: day,
          provisional: z.boolean(),
          days: z.array(z.custom<ExplainedDay>().openapi({ type: "object" })),
        }),
      )
      .openapi({ description: "其他期限（告知补正、申请人补正、征求意见、缴费）的逐日说明" }),
  })
  .openapi("ClockExplained");

export const carryOverSchema = z
  .object({
    agencyId: z.string(),
    year: z.number().int(),
    items: z.array(summarySchema),
    byApplicantType: z.record(z.enum(APPLICANT_TYPES), z.number().int()),
    total: z.number().int(),
  })
  .openapi("CarryOver");

export const publicStatusSchema = z
  .object({
    number: z.string(),
    agencyName: z.string(),
    applicantName: z.string(),
    submittedOn: day,
    receivedOn: day.nullable(),
    phase: z.enum(keys(APPLICATION_PHASE_LABELS)),
    phaseLabel: z.string(),
    state: z.string().openapi({ description: "办理情况的中文说明" }),
    open: z.boolean(),
    replyDeadline: derivedDate.extend({ note: nullableText }).nullable(),
    correction: z.object({ requestedOn: day, deadline: derivedDate, canCorrect: z.boolean() }).nullable(),
    timeline: z.array(z.object({ date: day, label: z.string(), detail: nullableText })),
    decision: z
      .object({
        outcome: z.enum(OUTCOMES),
        label: z.string(),
        basis: z.array(z.string()),
        decidedOn: day.nullable(),
        repliedOn: day.nullable(),
        remedies: z.string(),
      })
      .nullable(),
  })
  .openapi("PublicApplicationStatus");

export const submissionReceiptSchema = z
  .object({
    number: z.string(),
    queryCode: z.string().openapi({ description: "只显示这一次，请妥善保存" }),
    agencyName: z.string(),
    submittedOn: day,
  })
  .openapi("SubmissionReceipt");

/** Number and code as fields of a form (the correction, which sends files anyway). */
export const credentialsSchema = {
  number: z.string().openapi({ example: "2026-4821-7730-5", description: "申请编号" }),
  code: z.string().openapi({ example: "7KQ2M-X9D4R", description: "查询码" }),
};

/**
 * Number and code as request headers, for the applicant's reads (status, letters): a GET that
 * keeps both out of the address — and so out of logs, history and referrers — with no body to read.
 * Documented here and checked by the lookup itself, whose messages name the field and its format
 * (a schema would only say "a string"; the status page is the busiest public read).
 */
export const credentialHeaders = [
  {
    name: "X-Application-Number",
    in: "header" as const,
    required: true,
    description: "申请编号",
    schema: { type: "string" as const, example: "2026-4821-7730-5" },
  },
  {
    name: "X-Query-Code",
    in: "header" as const,
    required: true,
    description: "查询码",
    schema: { type: "string" as const, example: "7KQ2M-X9D4R" },
  },
];

/** The headers of an answer to such a read: the applicant's own data, never kept by a browser or a proxy. */
export const APPLICANT_READ = { "cache-control": "private, no-store" };

export function credentialsFromHeaders(c: Context): PublicCredentials {
  return { number: c.req.header("x-application-number") ?? "", code: c.req.header("x-query-code") ?? "" };
}

/** A file part of a multipart form. */
export const fileSchema = z
  .custom<File>((v) => v instanceof File, { message: "请以文件形式上传附件" })
  .openapi({ type: "string", format: "binary" });
