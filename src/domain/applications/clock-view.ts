import type { FeeBasis } from "./fees.ts";
import type { Outcome } from "./outcomes.ts";
import type { ReceiptChannel } from "./receipt-date.ts";

/**
 * What `deriveClock` returns: every date in play for one application, derived from its ledger.
 * Plain data (JSON-serialisable). Dates given by events are strings; dates computed by counting
 * working days are `DerivedDate`s, provisional when the count reached a year without a loaded
 * schedule (only possible through a weekend-fallback calendar).
 */
export interface DerivedDate {
  date: string;
  provisional: boolean;
}

/** Where the application stands in the procedure (登记 → 办理 → 答复 → 归档). */
export type Phase =
  | "processing"
  | "awaitingCorrection"
  | "decided"
  | "replied"
  | "withdrawn"
  | "abandoned"
  | "archived";

export interface ConsultationView {
  ref: string;
  /** 第32条 third party, or 第34条 co-authoring agency. */
  party: "thirdParty" | "agency";
  name: string | null;
  sentOn: string;
  /** The day the consulted party received the request; its 15 working days start the day after. */
  deliveredOn: string;
  /** Whether that day was recorded (`receivedOn`, or a `noticeDelivered` event) rather than assumed to be the sending day. */
  deliveryRecorded: boolean;
  windowEnd: DerivedDate;
  answeredOn: string | null;
  position: "consent" | "objection" | null;
  answeredLate: boolean;
  /** No answer yet. */
  open: boolean;
  /** What silence after the window means: the agency decides by law (第32条), or consent (第34条). */
  silence: "agencyDecides" | "consent";
}

export interface FeeView {
  basis: FeeBasis;
  amountFen: number;
  noticeSentOn: string;
  noticeReceivedOn: string;
  /** Whether the receipt day was recorded rather than assumed to be the day the notice was sent. */
  noticeReceiptRecorded: boolean;
  paymentLimit: DerivedDate;
  paidOn: string | null;
  paidLate: boolean;
}

/** A stretch during which the reply clock stands still: working days after `after` through `through`. */
export interface PauseView {
  kind: "consultation" | "fee";
  /** The consultation's ref, or "fee". */
  ref: string;
  after: string;
  through: string;
  /** Still waiting: `through` is the latest it can run to (window end, payment limit). */
  open: boolean;
}

/** A step the law still allows but that came late or needs attention. */
export interface ClockWarning {
  code: string;
  date: string;
  message: string;
}

/** Something the application waits for: a consulted party's answer, or the applicant's payment. */
export interface Waiting {
  on: "thirdParty" | "agency" | "payment";
  ref: string;
  until: string;
  /** The window or payment limit has passed without an answer or payment. */
  lapsed: boolean;
  /** Whether the reply clock stands still meanwhile (the fee pause depends on the policy). */
  pausesClock: boolean;
}

/** The application's standing on a given day (the `at` of deriveClock). */
export type ClockStatus =
  | { kind: "onTime" | "dueSoon"; at: string; deadline: string; remaining: number; waitingFor: Waiting[] }
  | { kind: "overdue"; at: string; deadline: string; overdueBy: number; waitingFor: Waiting[] }
  | { kind: "awaitingCorrection"; at: string; correctionDeadline: string; lapsed: boolean }
  | { kind: "closedOnTime" | "closedLate"; closedOn: string; deadline: string | null; lateBy: number };

export interface ClockView {
  phase: Phase;
  /** Events after this day were left out; null when the whole ledger was read. */
  asOf: string | null;
  /** The legal receipt date (第31条). */
  receivedOn: string;
  channel: ReceiptChannel;
  /** Day 0 of the reply clock: the receipt date, or the receipt of the corrected application. */
  clockStart: string;
  /** 第30条: last day to ask for a correction. */
  correctionNoticeLimit: DerivedDate;
  correction: {
    requestedOn: string;
    /** The day the applicant received the notice (the notice date unless recorded otherwise). */
    noticeReceivedOn: string;
    /** Whether that day was recorded (`receivedOn`, or a `noticeDelivered` event) rather than assumed. */
    noticeReceiptRecorded: boolean;
    late: boolean;
    /** The applicant's deadline as set in the notice. */
    applicantDeadline: DerivedDate;
    receivedOn: string | null;
    receivedLate: boolean;
  } | null;
  consultations: ConsultationView[];
  fee: FeeView | null;
  /** The pauses of the reply clock (fee pauses only when the policy excludes them). */
  pauses: PauseView[];
  /** Working days of the pauses that fell inside the reply clock (each day once). */
  pausedWorkingDays: number;
  /** 20 working days from clockStart plus the pauses; null while waiting for a correction. */
  statutoryDeadline: DerivedDate | null;
  extension: { approvedOn: string; workingDays: number; approver: string; late: boolean } | null;
  reasonsRequestedOn: string | null;
  /** The longer deadline set under 第35条. */
  longerDeadline: { setOn: string; deadline: string } | null;
  /** The deadline in force: statutory, extended, or the 第35条 date, whichever is latest. */
  replyDeadline: DerivedDate | null;
  /** False while a pause is open: the deadline shown assumes it runs to its limit. */
  replyDeadlineFinal: boolean;
  review: {
    reviewedOn: string;
    reviewer: string;
    conclusion: "releasable" | "partlyReleasable" | "notReleasable";
  } | null;
  decision: { decidedOn: string; outcome: Outcome } | null;
  repliedOn: string | null;
  /** The day handling ended (reply, withdrawal, abandonment): the report counts it in that year. */
  closedOn: string | null;
  archivedOn: string | null;
  outcome: Outcome | null;
  /** Null when no `at` was given and the application is still open. */
  status: ClockStatus | null;
  warnings: ClockWarning[];
  /** Whether any derived date is provisional. */
  provisional: boolean;
}
