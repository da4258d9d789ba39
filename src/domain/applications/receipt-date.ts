import { z } from "zod";

/** How an application reached the agency; each channel fixes its legal receipt date (条例 第31条). */
export const RECEIPT_CHANNELS = ["inPerson", "registeredMail", "ordinaryLetter", "online", "fax"] as const;
export type ReceiptChannel = (typeof RECEIPT_CHANNELS)[number];

export const receiptChannelSchema = z.enum(RECEIPT_CHANNELS, {
  error: () =>
    "提交渠道无效：应为 inPerson（当面）、registeredMail（需签收的邮件）、ordinaryLetter（平常信函）、online（互联网）或 fax（传真）",
});

/** Chinese name of the channel and what its legal receipt date is. */
export const CHANNEL_RULES: Record<ReceiptChannel, { label: string; receiptDay: string }> = {
  inPerson: { label: "当面提交", receiptDay: "提交之日" },
  registeredMail: { label: "邮寄（需签收）", receiptDay: "行政机关签收之日" },
  ordinaryLetter: { label: "平常信函（无需签收）", receiptDay: "与申请人确认之日" },
  online: { label: "互联网渠道", receiptDay: "双方确认之日" },
  fax: { label: "政府信息公开工作机构的传真", receiptDay: "双方确认之日" },
};

/** The facts recorded on arrival, per channel. Dates are `YYYY-MM-DD`. */
export type ReceiptFacts =
  | { channel: "inPerson"; submittedOn: string }
  | { channel: "registeredMail"; signedOn: string }
  /** The office must confirm with the applicant on the day the letter arrives. */
  | { channel: "ordinaryLetter"; arrivedOn: string; confirmedOn: string }
  | { channel: "online" | "fax"; submittedOn: string; confirmedOn: string };

/**
 * The legal receipt date (收到申请之日) of 条例 第31条 — the start of every clock, which may differ
 * from the day the application physically arrived.
 * @example legalReceiptDate({ channel: "online", submittedOn: "2026-02-13", confirmedOn: "2026-02-14" })
 *   // "2026-02-14"
 */
export function legalReceiptDate(facts: ReceiptFacts): string {
  switch (facts.channel) {
    case "inPerson":
      return facts.submittedOn;
    case "registeredMail":
      return facts.signedOn;
    case "ordinaryLetter":
    case "online":
    case "fax":
      return facts.confirmedOn;
  }
}

/** The day the application physically arrived or was submitted, as far as the facts say. */
export function arrivalDate(facts: ReceiptFacts): string {
  switch (facts.channel) {
    case "inPerson":
    case "online":
    case "fax":
      return facts.submittedOn;
    case "registeredMail":
      return facts.signedOn;
    case "ordinaryLetter":
      return facts.arrivedOn;
  }
}
