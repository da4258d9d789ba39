import { z } from "zod";
import type { ClockPolicy, Ledger } from "../applications/index.ts";
import { parseDayNumber } from "../calendar/day-number.ts";
import type { WorkCalendar } from "../calendar/index.ts";

/**
 * What a letter is written from: the application's own record (agency, application, ledger, the
 * calendar in force) and what staff add for this one letter (the items to correct, the reasons of
 * a refusal …). Both are plain data; composing a letter reads nothing else.
 */

export interface LetterAgency {
  name: string;
  address: string | null;
  postalCode: string | null;
  phone: string | null;
  /** The body that hears reconsideration of this agency's decisions (named in the remedies). */
  reconsiderationBody: string | null;
  /** The court with jurisdiction over suits against this agency (named in the remedies). */
  court: string | null;
}

export interface LetterApplication {
  number: string;
  /** The natural person's or the organisation's name: the addressee of the applicant's letters. */
  applicantName: string;
  description: string;
  /** paper | electronic | disc | viewing, and its Chinese name. */
  requestedForm: string;
  requestedFormLabel: string;
  /** post | collect | email | online. */
  delivery: string;
  email: string | null;
  address: string | null;
}

export interface LetterRecord {
  agency: LetterAgency;
  application: LetterApplication;
  ledger: Ledger;
  calendar: WorkCalendar;
  policy?: Partial<ClockPolicy>;
  /** The agency's letter settings: how to pay fees, and who signs (default: the agency's name). */
  settings: { paymentMethod: string | null; signer: string | null };
}

const text = (label: string, max = 1000) =>
  z
    .string({ error: `${label}应为文字` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过 ${max} 个字` });
const date = (label: string) =>
  z.string({ error: `${label}应为 YYYY-MM-DD 格式的日期` }).refine((s) => parseDayNumber(s) !== undefined, {
    error: `${label}无效：请写成真实存在的日期，格式为 YYYY-MM-DD`,
  });
const ref = text("征求意见编号", 100).optional();

export const letterRequestSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("receipt") }),
    z.object({
      kind: z.literal("correction"),
      items: z
        .array(text("补正事项", 500), { error: "请逐项列出需要补正的内容" })
        .min(1, { error: "请至少列出一项需要补正的内容" })
        .max(30, { error: "补正事项不能超过 30 项" }),
    }),
    z.object({ kind: z.literal("extension"), reason: text("延期理由") }),
    z.object({
      kind: z.literal("consultation"),
      ref,
      /** The third party's or agency's name, when the ledger does not carry it. */
      addressee: text("被征求意见方名称", 100).optional(),
      /** The information concerned, as the consulted party should read it (default: the request). */
      subject: text("征求意见所涉信息", 2000).optional(),
    }),
    z.object({
      kind: z.literal("publicInterestNotice"),
      ref,
      addressee: text("第三方名称", 100).optional(),
      disclosedInfo: text("决定公开的信息", 2000).optional(),
      reasons: text("决定公开的理由（不公开可能对公共利益造成重大影响的情况）", 2000),
    }),
    z.object({ kind: z.literal("feeNotice"), paymentMethod: text("缴费方式", 1000).optional() }),
    z.object({
      kind: z.literal("reasonsRequest"),
      respondBy: date("说明理由的期限").optional(),
      volumeFacts: text("申请数量、频次的情况", 2000).optional(),
    }),
    z.object({ kind: z.literal("longerDeadline"), reasons: text("延迟答复的理由", 2000) }),
    z.object({
      kind: z.literal("reply"),
      reasons: text("理由", 5000).optional(),
      howToObtain: text("获取信息的方式和途径", 2000).optional(),
      /** Where information already public (or a publication) can be had: 第36条(一), 第39条第二款. */
      publishedAt: text("已公开信息的获取途径", 1000).optional(),
      /** The agency responsible for the information (第36条(五)). */
      holder: z
        .object({ name: text("负责公开该信息的机关名称", 100), contact: text("该机关的联系方式", 300) })
        .optional(),
      /** The procedure of the special law (第36条(七)). */
      procedure: text("依照有关法律、行政法规办理的途径", 1000).optional(),
      /** The proper channel for a petition, complaint or report (第39条第一款). */
      channel: text("信访、投诉、举报等渠道", 1000).optional(),
    }),
  ],
  {
    error: () =>
      "文书种类无效：应为 receipt、correction、extension、consultation、publicInterestNotice、feeNotice、reasonsRequest、longerDeadline 或 reply",
  },
);

export type LetterRequest = z.infer<typeof letterRequestSchema>;
export type LetterRequestKind = LetterRequest["kind"];
export type RequestOf<K extends LetterRequestKind> = Extract<LetterRequest, { kind: K }>;
