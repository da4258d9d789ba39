import { OUTCOME_INFO, type ReplyItem } from "../applications/index.ts";
import { type LetterKind, type ProceduralKind, type ReplyKind, replyOutcome } from "./letter-kinds.ts";

/**
 * The variables a letter's wording may use, `{{name}}` in a template. Their values are computed
 * from the application's record (ledger, dates, agency) and the staff's input; every value is
 * text, except the list variables, which print one numbered paragraph per item when they stand
 * alone on a line.
 */

export const VARIABLE_LABELS = {
  // Every kind
  agencyName: "本机关名称",
  addressee: "收件人",
  applicantName: "申请人",
  applicationNumber: "申请编号",
  receivedOn: "收到申请日期",
  description: "申请获取的信息",
  letterDate: "落款日期",
  agencyContact: "本机关联系方式",
  basis: "法律依据",
  // Receipt
  channel: "提交方式",
  replyDeadline: "答复期限",
  // Correction
  correctionItems: "需要补正的事项",
  correctionDeadline: "补正期限",
  noCorrectionConsequence: "逾期不补正的后果",
  // Extension
  originalDeadline: "原答复期限",
  newDeadline: "延长后的答复期限",
  extensionDays: "延长的工作日数",
  extensionReason: "延期理由",
  // Consultation and the notice to a third party
  consultedInfo: "征求意见所涉信息",
  consultationWindow: "提出意见的期限",
  silenceConsequence: "逾期不提出意见的后果",
  disclosedInfo: "决定公开的信息",
  objection: "第三方的意见",
  publicInterestReasons: "决定公开的理由",
  // Fee
  feeMethod: "收费方式",
  feeRate: "收费标准",
  feeItems: "收费明细",
  feeAmount: "收费金额",
  paymentMethod: "缴费方式",
  paymentLimit: "缴费期限",
  nonPaymentConsequence: "逾期不缴费的后果",
  feePause: "缴费期间不计入答复期限的说明",
  // 第三十五条
  volumeFacts: "申请数量、频次的情况",
  respondBy: "说明理由的期限",
  reasonsConsequence: "理由不合理的后果",
  reasonsRequestedOn: "要求说明理由的日期",
  longerDeadline: "延迟答复期限",
  longerReasons: "延迟答复的理由",
  // Replies
  decision: "答复结论",
  reasons: "理由",
  howToObtain: "获取信息的方式和途径",
  holderAgency: "负责公开该信息的机关及联系方式",
  specialProcedure: "依照有关法律、行政法规办理的告知",
  otherChannel: "通过相应渠道反映的告知",
  remedies: "救济途径（行政复议、行政诉讼）",
} as const;

export type VariableName = keyof typeof VARIABLE_LABELS;
export const LIST_VARIABLES: ReadonlySet<VariableName> = new Set(["correctionItems", "feeItems"]);

/** The values of one letter: text, or a list for the list variables. Empty means "not stated". */
export type LetterValues = Partial<Record<VariableName, string | readonly string[]>>;

const COMMON: VariableName[] = [
  "agencyName",
  "addressee",
  "applicantName",
  "applicationNumber",
  "receivedOn",
  "description",
  "letterDate",
  "agencyContact",
];

const CONSULTATION: VariableName[] = ["consultedInfo", "consultationWindow", "silenceConsequence", "basis"];

/** What each procedural kind's wording must contain: the elements the law requires of it. */
const REQUIRED: Record<ProceduralKind, VariableName[]> = {
  receipt: ["receivedOn", "applicationNumber", "replyDeadline"],
  correction: ["correctionItems", "correctionDeadline", "noCorrectionConsequence", "basis"],
  extension: ["newDeadline", "extensionReason", "basis"],
  consultationThirdParty: CONSULTATION,
  consultationAgency: CONSULTATION,
  publicInterestNotice: ["disclosedInfo", "publicInterestReasons", "basis", "remedies"],
  feeNotice: [
    "basis",
    "feeMethod",
    "feeRate",
    "feeItems",
    "feeAmount",
    "paymentMethod",
    "paymentLimit",
    "nonPaymentConsequence",
  ],
  reasonsRequest: ["basis", "respondBy", "reasonsConsequence"],
  longerDeadline: ["longerDeadline", "longerReasons", "basis"],
};

const OPTIONAL: Record<ProceduralKind, VariableName[]> = {
  receipt: ["channel"],
  correction: [],
  extension: ["originalDeadline", "extensionDays"],
  consultationThirdParty: [],
  consultationAgency: [],
  publicInterestNotice: ["objection", "decision"],
  feeNotice: ["feePause"],
  reasonsRequest: ["volumeFacts"],
  longerDeadline: ["reasonsRequestedOn"],
};

/** The variable that prints each part of a reply (decision and basis are two). */
export const REPLY_ITEM_VARIABLES: Record<ReplyItem, VariableName[]> = {
  decisionAndBasis: ["decision", "basis"],
  reasons: ["reasons"],
  howToObtain: ["howToObtain"],
  holderAgency: ["holderAgency"],
  specialProcedure: ["specialProcedure"],
  otherChannel: ["otherChannel"],
  remedies: ["remedies"],
};

const REPLY_VARIABLES: VariableName[] = Object.values(REPLY_ITEM_VARIABLES).flat();

/**
 * The variables a template of this kind must keep. For a reply: every part its outcome must state,
 * and the responsible agency where the outcome names it once known (本机关不掌握).
 */
export function requiredVariables(kind: LetterKind): VariableName[] {
  if (!kind.startsWith("reply.")) return REQUIRED[kind as ProceduralKind];
  const reply = OUTCOME_INFO[replyOutcome(kind as ReplyKind)].reply;
  return (Object.keys(reply) as ReplyItem[])
    .filter((item) => reply[item] === "always" || reply[item] === "ifHolderKnown")
    .flatMap((item) => REPLY_ITEM_VARIABLES[item]);
}

/** Every variable a template of this kind may use. */
export function availableVariables(kind: LetterKind): VariableName[] {
  const own = kind.startsWith("reply.")
    ? REPLY_VARIABLES
    : [...REQUIRED[kind as ProceduralKind], ...OPTIONAL[kind as ProceduralKind]];
  return [...new Set([...COMMON, ...own])];
}

/** `{{name}}（label）`, as messages and the template editor name a variable. */
export function describeVariable(name: VariableName): string {
  return `{{${name}}}（${VARIABLE_LABELS[name]}）`;
}
