import { z } from "zod";
import { AppError } from "../app-error.ts";
import { parseDayNumber } from "../calendar/day-number.ts";
import { feeBasisSchema } from "./fees.ts";
import { outcomeSchema } from "./outcomes.ts";
import { receiptChannelSchema } from "./receipt-date.ts";

/**
 * The clock ledger: an application's append-only list of dated events. Deadlines are never stored;
 * `deriveClock` computes them from this list and a calendar. This file is the JSON form (one zod
 * schema per event type) and its TypeScript type; `docs/procedure.md` documents every field.
 */

const day = z
  .string({ error: () => "日期应为 YYYY-MM-DD 格式的字符串" })
  .refine((s) => parseDayNumber(s) !== undefined, {
    error: "日期无效：请写成真实存在的日期，格式为 YYYY-MM-DD",
  });
const text = (what: string) =>
  z
    .string({ error: () => `${what}应为文字` })
    .trim()
    .min(1, `${what}不能为空`);
const positive = (what: string) =>
  z
    .number({ error: () => `${what}应为数字` })
    .int(`${what}应为整数`)
    .min(1, `${what}应为正整数`);

const base = { date: day, note: z.string().optional() };
const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...base, ...shape });

export const receivedEventSchema = event("received", {
  channel: receiptChannelSchema,
  arrivedOn: day.optional(),
});
export const correctionRequestedEventSchema = event("correctionRequested", {
  /** The applicant's deadline as written in the notice: a date, or a number of working days … */
  deadline: day.optional(),
  /** … counted from the day the applicant received the notice. Exactly one of the two. */
  workingDays: positive("补正期限工作日数").optional(),
  /** When the applicant received the notice; the notice date if absent. */
  receivedOn: day.optional(),
});
export const consultationSentEventSchema = event("consultationSent", {
  ref: text("征求意见编号"),
  party: z.enum(["thirdParty", "agency"], {
    error: () => "被征求意见方应为 thirdParty（第三方）或 agency（有关机关）",
  }),
  name: z.string().optional(),
  /** When the consulted party received the request (starts its 15 working days); the sending date if absent. */
  receivedOn: day.optional(),
});
export const consultationAnsweredEventSchema = event("consultationAnswered", {
  ref: text("征求意见编号"),
  position: z
    .enum(["consent", "objection"], { error: () => "意见应为 consent（同意）或 objection（不同意）" })
    .optional(),
});
export const extensionApprovedEventSchema = event("extensionApproved", {
  workingDays: positive("延长工作日数"),
  /** The head of the disclosure office who approved it (第33条第二款). */
  approver: text("批准延期的负责人"),
});
export const confidentialityReviewedEventSchema = event("confidentialityReviewed", {
  reviewer: text("保密审查人"),
  conclusion: z.enum(["releasable", "partlyReleasable", "notReleasable"], {
    error: () =>
      "保密审查结论应为 releasable（可以公开）、partlyReleasable（部分可以公开）或 notReleasable（不得公开）",
  }),
});
export const feeNoticeSentEventSchema = event("feeNoticeSent", {
  fee: feeBasisSchema,
  /** When the applicant received the notice (the 20 working days to pay start the day after); the notice date if absent. */
  receivedOn: day.optional(),
});
/** The notices whose time limit runs from the addressee's receipt of them. */
export const DELIVERED_NOTICES = ["correctionRequested", "feeNoticeSent", "consultationSent"] as const;
export type DeliveredNotice = (typeof DELIVERED_NOTICES)[number];
/** How a notice reached its addressee (送达方式). */
export const DELIVERY_METHODS = ["post", "email", "inPerson", "online"] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/**
 * The addressee received a notice (送达) on `date`. Delivery is often learned later (a postal
 * return receipt), so this event is exempt from the date order: it stands for the `receivedOn` the
 * notice would have carried, and the fold reads the notice as if it had it (see notice-delivery.ts).
 */
export const noticeDeliveredEventSchema = event("noticeDelivered", {
  notice: z.enum(DELIVERED_NOTICES, {
    error: () =>
      "送达的告知书应为 correctionRequested（补正告知书）、feeNoticeSent（收费通知书）或 consultationSent（征求意见书）",
  }),
  /** The consultation's ref, for a consultationSent notice. */
  ref: text("征求意见编号").optional(),
  method: z.enum(DELIVERY_METHODS, {
    error: () => "送达方式应为 post（邮寄）、email（电子邮件）、inPerson（当面）或 online（网上）",
  }),
});
export const longerDeadlineSetEventSchema = event("longerDeadlineSet", { deadline: day });
export const decidedEventSchema = event("decided", { outcome: outcomeSchema });
export const abandonedEventSchema = event("abandoned", {
  reason: z.enum(["noCorrection", "feeUnpaid"], {
    error: () => "视为放弃的原因应为 noCorrection（逾期不补正）或 feeUnpaid（逾期不缴费）",
  }),
});

export const ledgerEventSchema = z.discriminatedUnion(
  "type",
  [
    receivedEventSchema,
    correctionRequestedEventSchema,
    event("correctionReceived", {}),
    consultationSentEventSchema,
    consultationAnsweredEventSchema,
    extensionApprovedEventSchema,
    confidentialityReviewedEventSchema,
    feeNoticeSentEventSchema,
    event("feePaid", {}),
    event("reasonsRequested", {}),
    longerDeadlineSetEventSchema,
    decidedEventSchema,
    event("replied", {}),
    event("withdrawn", {}),
    abandonedEventSchema,
    event("archived", {}),
    noticeDeliveredEventSchema,
  ],
  { error: () => "事件类型无效，可用类型见 docs/procedure.md" },
);

export const ledgerSchema = z.array(ledgerEventSchema, { error: () => "台账应为事件数组" });

export type LedgerEvent = z.infer<typeof ledgerEventSchema>;
export type LedgerEventType = LedgerEvent["type"];
/** The event of one type: `EventOf<"decided">`. */
export type EventOf<T extends LedgerEventType> = Extract<LedgerEvent, { type: T }>;
export type Ledger = readonly LedgerEvent[];

/** Chinese names of the event types, for messages and explanations. */
export const EVENT_LABELS: Record<LedgerEventType, string> = {
  received: "收到申请",
  correctionRequested: "告知补正",
  correctionReceived: "收到补正",
  consultationSent: "征求意见",
  consultationAnswered: "收到意见",
  extensionApproved: "延长答复期限",
  confidentialityReviewed: "保密审查",
  feeNoticeSent: "发出收费通知",
  feePaid: "缴纳费用",
  reasonsRequested: "要求说明理由（第三十五条）",
  longerDeadlineSet: "确定延迟答复期限（第三十五条）",
  decided: "作出答复决定",
  replied: "答复申请人",
  withdrawn: "申请人撤回申请",
  abandoned: "视为放弃申请",
  archived: "归档",
  noticeDelivered: "告知书送达",
};

/**
 * Reads a ledger from its JSON form. Every problem is reported, each with its path.
 * @throws AppError VALIDATION listing every issue (path such as `[3, "approver"]`).
 */
export function parseLedger(json: unknown): LedgerEvent[] {
  const result = ledgerSchema.safeParse(json);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    path: i.path as (string | number)[],
    message: i.message,
  }));
  const first = issues[0];
  const where = typeof first?.path[0] === "number" ? `第 ${first.path[0] + 1} 个事件：` : "";
  const more = issues.length > 1 ? `（另有 ${issues.length - 1} 处问题）` : "";
  throw new AppError("VALIDATION", `台账格式有误：${where}${first?.message ?? "无法读取"}${more}`, {
    issues,
  });
}
