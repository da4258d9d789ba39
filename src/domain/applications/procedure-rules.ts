import { AppError, type ErrorCode } from "../app-error.ts";
import type { Phase } from "./clock-view.ts";
import { EVENT_LABELS, type LedgerEvent, type LedgerEventType } from "./ledger-events.ts";

/**
 * Which step may follow which (第30–39条, 第45条). Steps that are specific to one rule (a second
 * correction request, a decision without confidentiality review, …) are checked where they are
 * folded, with their own message; this table is the general rule behind them.
 */
export const ALLOWED_IN: Record<Exclude<LedgerEventType, "received">, readonly Phase[]> = {
  correctionRequested: ["processing"],
  correctionReceived: ["awaitingCorrection"],
  consultationSent: ["processing"],
  // A late answer is still recorded, whatever happened meanwhile.
  consultationAnswered: ["processing", "awaitingCorrection", "decided", "replied", "withdrawn", "abandoned"],
  extensionApproved: ["processing", "decided"],
  confidentialityReviewed: ["processing", "awaitingCorrection", "decided"],
  feeNoticeSent: ["processing"],
  feePaid: ["processing", "decided"],
  reasonsRequested: ["processing"],
  longerDeadlineSet: ["processing", "decided"],
  decided: ["processing"],
  replied: ["decided"],
  withdrawn: ["processing", "awaitingCorrection", "decided"],
  abandoned: ["awaitingCorrection", "processing", "decided"],
  archived: ["replied", "withdrawn", "abandoned"],
  // A record of fact about an earlier notice, checked against that notice (notice-delivery.ts).
  noticeDelivered: [
    "processing",
    "awaitingCorrection",
    "decided",
    "replied",
    "withdrawn",
    "abandoned",
    "archived",
  ],
};

export const PHASE_LABELS: Record<Phase, string> = {
  processing: "办理中",
  awaitingCorrection: "等待申请人补正",
  decided: "已作出答复决定、尚未送达",
  replied: "已答复",
  withdrawn: "申请人已撤回",
  abandoned: "视为放弃申请",
  archived: "已归档",
};

/** The refusal of one event: which event, and why, in Chinese. */
export function refuse(
  code: Extract<ErrorCode, "VALIDATION" | "CONFLICT">,
  index: number,
  event: LedgerEvent,
  why: string,
): AppError {
  return new AppError(
    code,
    `第 ${index + 1} 个事件（${EVENT_LABELS[event.type]}，${event.date}）不能登记：${why}`,
    {
      index,
      type: event.type,
      issues: [{ path: [index], message: why }],
    },
  );
}

/** Refuses the event unless the application is in a phase that allows it. */
export function requirePhase(phase: Phase, index: number, event: LedgerEvent): void {
  if (event.type === "received") return;
  if (ALLOWED_IN[event.type].includes(phase)) return;
  throw refuse(
    "CONFLICT",
    index,
    event,
    `申请当前状态为“${PHASE_LABELS[phase]}”，此时不能${EVENT_LABELS[event.type]}`,
  );
}
