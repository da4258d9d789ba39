import { OUTCOME_INFO, type Outcome, type ReplyItem } from "./outcomes.ts";

/**
 * The remedies every reply letter names (条例 第51条): administrative reconsideration within 60 days
 * of learning of the decision (行政复议法 2023 第20条) or a lawsuit within 6 months (行政诉讼法 第46条).
 */
export const REMEDIES = {
  reconsideration: { days: 60, basis: "《中华人民共和国行政复议法》第二十条" },
  lawsuit: { months: 6, basis: "《中华人民共和国行政诉讼法》第四十六条" },
} as const;

/** The remedies sentence of a reply letter. */
export const REMEDIES_TEXT =
  `如对本答复不服，可以自收到本答复之日起${REMEDIES.reconsideration.days}日内依法申请行政复议，` +
  `或者自收到本答复之日起${REMEDIES.lawsuit.months}个月内依法向人民法院提起行政诉讼。`;

/** Chinese names of the parts of a reply letter, for checklists and messages. */
export const REPLY_ITEM_LABELS: Record<ReplyItem, string> = {
  decisionAndBasis: "答复结论及法律依据",
  reasons: "理由说明",
  howToObtain: "获取信息的方式、途径和时间",
  holderAgency: "负责公开该信息的行政机关名称及联系方式",
  specialProcedure: "依照有关法律、行政法规规定办理的告知",
  otherChannel: "通过信访、投诉、举报等相应渠道提出的告知",
  remedies: "救济途径（行政复议60日、行政诉讼6个月）",
};

/**
 * The parts a reply with this outcome must contain. `holderKnown`: whether the agency responsible
 * for the information can be determined — then a 本机关不掌握 reply must name it and its contact.
 * @example requiredReplyItems("unableNotHeld", { holderKnown: true })
 *   // ["decisionAndBasis", "reasons", "holderAgency", "remedies"]
 */
export function requiredReplyItems(outcome: Outcome, facts: { holderKnown?: boolean } = {}): ReplyItem[] {
  const required: ReplyItem[] = [];
  for (const [item, when] of Object.entries(OUTCOME_INFO[outcome].reply)) {
    if (when === "always" || (when === "ifHolderKnown" && facts.holderKnown))
      required.push(item as ReplyItem);
  }
  return required;
}

/** The required parts a drafted reply lacks, in the order of {@link requiredReplyItems}. */
export function missingReplyItems(
  outcome: Outcome,
  included: readonly ReplyItem[],
  facts: { holderKnown?: boolean } = {},
): ReplyItem[] {
  return requiredReplyItems(outcome, facts).filter((item) => !included.includes(item));
}
