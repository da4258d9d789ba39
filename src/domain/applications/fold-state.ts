import type { WorkCalendar } from "../calendar/index.ts";
import type { ClockPolicy } from "./clock-policy.ts";
import type { ClockView, ClockWarning, Phase } from "./clock-view.ts";
import type { FeeBasis } from "./fees.ts";
import type { Outcome } from "./outcomes.ts";
import { addCountedDays, type Pause, sortPauses } from "./pause-arithmetic.ts";
import type { ReceiptChannel } from "./receipt-date.ts";

/**
 * The running state while a ledger is folded, on day numbers. Event dates are kept as the strings
 * the events carry (no re-formatting); computed days stay numbers until the view is built.
 */
export interface ConsultState {
  ref: string;
  party: "thirdParty" | "agency";
  name: string | null;
  sentDay: number;
  sentOn: string;
  deliveredOn: string;
  deliveryRecorded: boolean;
  windowEnd: number;
  answeredDay: number | undefined;
  answeredOn: string | null;
  position: "consent" | "objection" | null;
  /** Its pause of the reply clock, updated in place by replyPauses. */
  pause: Pause;
}

export interface FeeState {
  basis: FeeBasis;
  amountFen: number;
  sentDay: number;
  sentOn: string;
  noticeReceivedOn: string;
  noticeReceiptRecorded: boolean;
  limit: number;
  paidDay: number | undefined;
  paidOn: string | null;
  paidLate: boolean;
  pause: Pause;
}

export interface FoldState {
  readonly calendar: WorkCalendar;
  readonly policy: ClockPolicy;
  phase: Phase;
  receivedDay: number;
  receivedOn: string;
  channel: ReceiptChannel;
  startDay: number;
  startOn: string;
  correctionLimit: number;
  correction: {
    requestedOn: string;
    noticeReceivedOn: string;
    noticeReceiptRecorded: boolean;
    late: boolean;
    deadlineDay: number;
    receivedOn: string | null;
    receivedLate: boolean;
  } | null;
  consults: ConsultState[];
  extension: ClockView["extension"];
  review: ClockView["review"];
  fee: FeeState | null;
  reasonsRequestedOn: string | null;
  longer: { setOn: string; deadline: string; deadlineDay: number } | null;
  decision: { decidedOn: string; outcome: Outcome } | null;
  repliedOn: string | null;
  closedDay: number | undefined;
  closedOn: string | null;
  /** Set when handling ends: the decision's outcome, or the （六） row of a withdrawal or abandonment. */
  outcome: Outcome | null;
  archivedOn: string | null;
  warnings: ClockWarning[];
  /** Scratch list reused by replyPauses: deriving a million ledgers should not allocate per call. */
  pauses: Pause[];
}

/** Day 0 of a count under the policy's convention (the receipt day itself is day 1 when counted). */
export function countFrom(policy: ClockPolicy, day: number): number {
  return policy.countReceiptDay ? day - 1 : day;
}

/**
 * The pauses of the reply clock. An open pause runs to `asOf` (capped at its limit) when given —
 * the answer or payment cannot come earlier than the event being folded — or else to its limit.
 */
export function replyPauses(s: FoldState, asOf: number | undefined): Pause[] {
  const pauses = s.pauses;
  pauses.length = 0;
  for (const c of s.consults) {
    const end = c.answeredDay ?? (asOf === undefined ? c.windowEnd : asOf);
    c.pause.through = Math.min(end, c.windowEnd);
    if (c.pause.through > c.pause.after) pauses.push(c.pause);
  }
  const fee = s.fee;
  if (fee && s.policy.feePauseExcluded) {
    // A late payment the agency accepted still ends the pause only when it arrives.
    fee.pause.through = fee.paidDay ?? (asOf === undefined || asOf > fee.limit ? fee.limit : asOf);
    if (fee.pause.through > fee.pause.after) pauses.push(fee.pause);
  }
  return sortPauses(pauses);
}

/** Working days the reply clock counts to: 20, plus an approved extension. */
export function replyDays(s: FoldState): number {
  return s.policy.replyDays + (s.extension?.workingDays ?? 0);
}

/** The reply deadline in force as a day number, or undefined while waiting for a correction. */
export function replyDeadlineDay(
  s: FoldState,
  asOf: number | undefined,
  pauses = replyPauses(s, asOf),
): number | undefined {
  if (s.phase === "awaitingCorrection" || (s.correction && s.correction.receivedOn === null))
    return undefined;
  const day = addCountedDays(s.calendar, countFrom(s.policy, s.startDay), replyDays(s), pauses);
  return s.longer && s.longer.deadlineDay > day ? s.longer.deadlineDay : day;
}

export function warn(s: FoldState, code: string, date: string, message: string): void {
  s.warnings.push({ code, date, message });
}

/** Flags a step taken after the reply deadline in force on its day; returns whether it was late. */
export function lateAgainstReply(
  s: FoldState,
  date: string,
  day: number,
  code: string,
  message: string,
): boolean {
  const deadline = replyDeadlineDay(s, day);
  const late = deadline !== undefined && day > deadline;
  if (late) warn(s, code, date, message);
  return late;
}
