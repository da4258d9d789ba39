/**
 * The statutory procedure of an application for disclosure (条例 第27–45条) as pure domain code:
 * legal receipt dates, the clock ledger and everything derived from it, outcomes and what their
 * replies must say, processing fees, and the aggregation into report table 三.
 */
export { type ApplicationRecord, aggregateApplications } from "./aggregate-applications.ts";
export { allowedSteps, OFFERED_STEPS, type OfferedStep } from "./allowed-steps.ts";
export { appendEvent } from "./append-event.ts";
export {
  APPLICANT_TYPES,
  type ApplicantType,
  applicantColumnIndex,
  applicantTypeLabel,
  applicantTypeSchema,
} from "./applicant-types.ts";
export { type ClockPolicy, clockPolicySchema, DEFAULT_CLOCK_POLICY, resolvePolicy } from "./clock-policy.ts";
export { describeStatus } from "./clock-status.ts";
export type * from "./clock-view.ts";
export { deriveClock } from "./derive-clock.ts";
export { type ExplainedDay, explainReplyDeadline } from "./explain-deadline.ts";
export { type ExplainedWindow, explainWindows } from "./explain-windows.ts";
export {
  type FeeBasis,
  type FeeLine,
  type FeeQuote,
  feeBasisSchema,
  perItemFee,
  perItemUnitFen,
  perPageFee,
  quoteFee,
} from "./fees.ts";
export {
  DELIVERED_NOTICES,
  DELIVERY_METHODS,
  type DeliveredNotice,
  type DeliveryMethod,
  EVENT_LABELS,
  type EventOf,
  type Ledger,
  type LedgerEvent,
  type LedgerEventType,
  ledgerEventSchema,
  ledgerSchema,
  parseLedger,
} from "./ledger-events.ts";
export { NOTICE_LABELS } from "./notice-delivery.ts";
export {
  OUTCOME_INFO,
  OUTCOMES,
  type Outcome,
  type OutcomeInfo,
  outcomeSchema,
  REGULATION,
  type ReplyItem,
  type ReplyRequirement,
  releasesInformation,
} from "./outcomes.ts";
export { ALLOWED_IN, PHASE_LABELS } from "./procedure-rules.ts";
export {
  arrivalDate,
  CHANNEL_RULES,
  legalReceiptDate,
  RECEIPT_CHANNELS,
  type ReceiptChannel,
  type ReceiptFacts,
  receiptChannelSchema,
} from "./receipt-date.ts";
export {
  missingReplyItems,
  REMEDIES,
  REMEDIES_TEXT,
  REPLY_ITEM_LABELS,
  requiredReplyItems,
} from "./reply-requirements.ts";
