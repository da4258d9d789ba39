import { labelOf, type Vocabulary } from "../../api/vocabulary.ts";
import type { LedgerEvent } from "./types.ts";

const CONCLUSIONS: Record<string, string> = {
  releasable: "可以公开",
  partlyReleasable: "部分可以公开",
  notReleasable: "不得公开",
};
const NOTICES: Record<string, string> = {
  correctionRequested: "补正告知书",
  feeNoticeSent: "收费通知书",
  consultationSent: "征求意见书",
};

/** What a ledger event says beyond its type and date, in one Chinese line (empty when nothing). */
export function eventDetails(event: LedgerEvent, words: Vocabulary | undefined): string {
  switch (event.type) {
    case "received":
      return labelOf(words?.channels, event.channel);
    case "correctionRequested":
      return event.deadline
        ? `补正期限至 ${event.deadline}`
        : `补正期限 ${event.workingDays ?? "—"} 个工作日`;
    case "consultationSent":
      return `${event.ref}，${event.party === "thirdParty" ? "第三方" : "有关机关"}${event.name ? `：${event.name}` : ""}`;
    case "consultationAnswered":
      return `${event.ref}${event.position ? `，${event.position === "consent" ? "同意公开" : "不同意公开"}` : ""}`;
    case "extensionApproved":
      return `延长 ${event.workingDays} 个工作日，批准人：${event.approver}`;
    case "confidentialityReviewed":
      return `审查人：${event.reviewer}，结论：${CONCLUSIONS[event.conclusion] ?? event.conclusion}`;
    case "feeNoticeSent":
      return event.fee.method === "perItem"
        ? `按件计收：本月第 ${event.fee.nth} 件`
        : `按量计收：${event.fee.pages} 页`;
    case "longerDeadlineSet":
      return `答复期限定为 ${event.deadline}`;
    case "decided":
      return labelOf(words?.outcomes, event.outcome);
    case "abandoned":
      return event.reason === "noCorrection" ? "逾期不补正" : "逾期不缴费";
    case "noticeDelivered":
      return `${NOTICES[event.notice] ?? event.notice}${event.ref ? `（${event.ref}）` : ""}，${labelOf(words?.deliveryMethods, event.method)}`;
    default:
      return "";
  }
}
