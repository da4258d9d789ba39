import { OUTCOME_INFO, OUTCOMES, type Outcome } from "../applications/index.ts";

/**
 * Every letter Gongkai writes: nine procedural letters (one per step that must reach someone in
 * writing) and one reply per outcome of table 三. Each kind has its own wording (template), its
 * document-number series and its addressee.
 */

export const PROCEDURAL_KINDS = [
  "receipt",
  "correction",
  "extension",
  "consultationThirdParty",
  "consultationAgency",
  "publicInterestNotice",
  "feeNotice",
  "reasonsRequest",
  "longerDeadline",
] as const;
export type ProceduralKind = (typeof PROCEDURAL_KINDS)[number];

/** A reply letter's kind: `reply.` and the outcome, e.g. `reply.disclosed`. */
export type ReplyKind = `reply.${Outcome}`;
export type LetterKind = ProceduralKind | ReplyKind;

export const REPLY_KINDS: readonly ReplyKind[] = OUTCOMES.map((o): ReplyKind => `reply.${o}`);
export const LETTER_KINDS: readonly LetterKind[] = [...PROCEDURAL_KINDS, ...REPLY_KINDS];

/**
 * Document-number series: letters of one series share a counter per agency and year and a number
 * pattern (补正 / 延期 / 答复 …). The character is what the default pattern puts after 政信.
 */
export const NUMBER_SERIES = {
  receipt: { label: "登记回执", char: "登" },
  correction: { label: "补正告知", char: "补" },
  extension: { label: "延期答复告知", char: "延" },
  consultation: { label: "征求意见", char: "征" },
  fee: { label: "收费通知", char: "费" },
  notice: { label: "其他告知", char: "告" },
  reply: { label: "答复", char: "复" },
} as const;
export type NumberSeries = keyof typeof NUMBER_SERIES;
export const SERIES_KEYS = Object.keys(NUMBER_SERIES) as NumberSeries[];

/** Who the letter is addressed to: the applicant reads it on the status page; the others never. */
export type Audience = "applicant" | "thirdParty" | "agency";

export interface KindInfo {
  /** The printed title (the default template's; an agency may reword it). */
  title: string;
  /** Short Chinese name for lists and messages. */
  label: string;
  series: NumberSeries;
  audience: Audience;
}

const P: Record<ProceduralKind, KindInfo> = {
  receipt: { title: "政府信息公开申请登记回执", label: "登记回执", series: "receipt", audience: "applicant" },
  correction: {
    title: "政府信息公开申请补正告知书",
    label: "补正告知书",
    series: "correction",
    audience: "applicant",
  },
  extension: {
    title: "政府信息公开申请延期答复告知书",
    label: "延期答复告知书",
    series: "extension",
    audience: "applicant",
  },
  consultationThirdParty: {
    title: "政府信息公开征求第三方意见书",
    label: "征求第三方意见书",
    series: "consultation",
    audience: "thirdParty",
  },
  consultationAgency: {
    title: "政府信息公开征求意见函",
    label: "征求有关机关意见函",
    series: "consultation",
    audience: "agency",
  },
  publicInterestNotice: {
    title: "政府信息公开第三方告知书",
    label: "公开决定告知第三方",
    series: "notice",
    audience: "thirdParty",
  },
  feeNotice: {
    title: "政府信息公开信息处理费收费通知书",
    label: "收费通知书",
    series: "fee",
    audience: "applicant",
  },
  reasonsRequest: {
    title: "政府信息公开申请说明理由告知书",
    label: "说明理由告知书",
    series: "notice",
    audience: "applicant",
  },
  longerDeadline: {
    title: "政府信息公开申请延迟答复告知书",
    label: "延迟答复告知书",
    series: "notice",
    audience: "applicant",
  },
};

const REPLY_TITLES: Partial<Record<Outcome, string>> = {
  otherNoCorrection: "政府信息公开申请视为放弃告知书",
  otherFeeUnpaid: "政府信息公开申请视为放弃告知书",
  otherOther: "政府信息公开申请终止办理告知书",
};

/**
 * Facts about a letter kind. A reply's label names its table 三 row (答复书（予以公开）), which the
 * title alone does not say: staff choose among 21 of them.
 */
export function kindInfo(kind: LetterKind): KindInfo {
  if (!kind.startsWith("reply.")) return P[kind as ProceduralKind];
  const outcome = replyOutcome(kind as ReplyKind);
  const title = REPLY_TITLES[outcome] ?? "政府信息公开申请答复书";
  const label = `${title.replace("政府信息公开申请", "")}（${OUTCOME_INFO[outcome].label}）`;
  return { title, label, series: "reply", audience: "applicant" };
}

/** The outcome a reply kind answers with. */
export function replyOutcome(kind: ReplyKind): Outcome {
  return kind.slice("reply.".length) as Outcome;
}

export function isLetterKind(value: string): value is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(value);
}
