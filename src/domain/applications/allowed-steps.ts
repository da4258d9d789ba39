import type { ClockView } from "./clock-view.ts";
import type { LedgerEventType } from "./ledger-events.ts";
import { ALLOWED_IN } from "./procedure-rules.ts";

/** Steps staff record by hand, in the order a screen offers them. */
export const OFFERED_STEPS = [
  "correctionRequested",
  "correctionReceived",
  "consultationSent",
  "consultationAnswered",
  "confidentialityReviewed",
  "extensionApproved",
  "feeNoticeSent",
  "feePaid",
  "reasonsRequested",
  "longerDeadlineSet",
  "decided",
  "replied",
  "withdrawn",
  "abandoned",
  "archived",
] as const satisfies readonly Exclude<LedgerEventType, "received" | "noticeDelivered">[];
export type OfferedStep = (typeof OFFERED_STEPS)[number];

/** What the view must show, beyond the phase, for a step to make sense (the one-time steps, the pending ones). */
const NEEDS: Partial<Record<OfferedStep, (v: ClockView) => boolean>> = {
  correctionRequested: (v) => v.correction === null,
  consultationAnswered: (v) => v.consultations.some((c) => c.open),
  extensionApproved: (v) => v.extension === null,
  feeNoticeSent: (v) => v.fee === null,
  feePaid: (v) => v.fee !== null && v.fee.paidOn === null,
  reasonsRequested: (v) => v.reasonsRequestedOn === null,
  longerDeadlineSet: (v) => v.reasonsRequestedOn !== null && v.longerDeadline === null,
  decided: (v) => v.decision === null,
  abandoned: (v) => v.phase === "awaitingCorrection" || (v.fee !== null && v.fee.paidOn === null),
};

/**
 * The steps the procedure allows next, for the buttons of a screen: the phase table (`ALLOWED_IN`)
 * narrowed by what the ledger already holds (one correction request, one extension, one fee notice,
 * one decision; an answer only to an open consultation). Date limits (an abandonment before the
 * deadline passed) are left to `deriveClock`, which refuses the step with its reason.
 * Delivery of notices (`noticeDelivered`) is recorded through the letters, not offered here.
 * @example allowedSteps(deriveClock([{ type: "received", … }], calendar)) // ["correctionRequested", …]
 */
export function allowedSteps(view: ClockView): OfferedStep[] {
  return OFFERED_STEPS.filter(
    (type) => ALLOWED_IN[type].includes(view.phase) && (NEEDS[type]?.(view) ?? true),
  );
}
