// The day-number functions come straight from their module: one import hop less on the hot path.
import { fromDayNumber, toDayNumber } from "../calendar/day-number.ts";
import type { WorkCalendar } from "../calendar/index.ts";
import { type ClockPolicy, DEFAULT_CLOCK_POLICY, resolvePolicy } from "./clock-policy.ts";
import { statusAt } from "./clock-status.ts";
import type { ClockView, ConsultationView, DerivedDate, FeeView, PauseView } from "./clock-view.ts";
import { countFrom, type FoldState, replyDays, replyPauses } from "./fold-state.ts";
import type { Ledger } from "./ledger-events.ts";
import { foldLedger } from "./ledger-fold.ts";
import { addCountedDays, pausedDaysBetween } from "./pause-arithmetic.ts";

/**
 * Derives every date in play for one application from its ledger: the correction-notice limit, the
 * applicant's correction deadline, each consultation's window, the payment limit, the pauses, the
 * statutory and the extended reply deadline, the status on day `at`, and the warnings for late
 * steps. Deadlines are never stored; this is the one place that computes them.
 *
 * The ledger is checked as it is read: an illegal step throws AppError VALIDATION or CONFLICT. With
 * `at`, events after that day are left out and `status` says where the application stood on it.
 * With a weekend-fallback calendar, dates reaching a year without a loaded schedule are marked
 * provisional; the strict calendar throws CALENDAR_MISSING instead.
 *
 * @example
 * deriveClock([{ type: "received", date: "2026-02-13", channel: "online" }], calendar).replyDeadline
 * // { date: "2026-03-19", provisional: false }  (Sat 2/14 and 2/28 make-up days count, 2/15–2/23 off)
 */
export function deriveClock(
  ledger: Ledger,
  calendar: WorkCalendar,
  policy: Partial<ClockPolicy> = DEFAULT_CLOCK_POLICY,
  at?: string,
): ClockView {
  const atDay = at === undefined ? undefined : toDayNumber(at);
  const s = foldLedger(ledger, calendar, resolvePolicy(policy), atDay);
  return buildView(s, atDay, at ?? null);
}

function buildView(s: FoldState, atDay: number | undefined, asOf: string | null): ClockView {
  const { calendar, policy } = s;
  const pauses = replyPauses(s, undefined);
  const start0 = countFrom(policy, s.startDay);
  let statutory: DerivedDate | null = null;
  let replyDeadline: DerivedDate | null = null;
  let replyDay: number | undefined;
  let pausedWorkingDays = 0;
  if (s.correction === null || s.correction.receivedOn !== null) {
    const statutoryDay = addCountedDays(calendar, start0, policy.replyDays, pauses);
    const n = replyDays(s);
    const counted = n === policy.replyDays ? statutoryDay : addCountedDays(calendar, start0, n, pauses);
    pausedWorkingDays = pauses.length === 0 ? 0 : pausedDaysBetween(calendar, start0, counted, pauses);
    replyDay = s.longer && s.longer.deadlineDay > counted ? s.longer.deadlineDay : counted;
    statutory = derivedDate(calendar, s.startDay, statutoryDay);
    replyDeadline =
      replyDay === statutoryDay
        ? { date: statutory.date, provisional: statutory.provisional }
        : derivedDate(calendar, s.startDay, replyDay);
  }

  // Open: still waiting on the day asked about (or, without one, not answered or paid at all).
  const closed = s.closedDay !== undefined;
  const consultations: ConsultationView[] = [];
  const pauseViews: PauseView[] = [];
  let open = false;
  for (const c of s.consults) {
    const isOpen = !closed && c.answeredDay === undefined && (atDay === undefined || atDay <= c.windowEnd);
    open ||= isOpen;
    const windowEnd = derivedDate(calendar, c.sentDay, c.windowEnd);
    const answeredInTime = c.answeredDay !== undefined && c.answeredDay < c.windowEnd;
    const through = answeredInTime ? c.answeredOn : windowEnd.date;
    if (c.pause.through > c.sentDay && through !== null) {
      pauseViews.push({ kind: "consultation", ref: c.ref, after: c.sentOn, through, open: isOpen });
    }
    consultations.push({
      ref: c.ref,
      party: c.party,
      name: c.name,
      sentOn: c.sentOn,
      deliveredOn: c.deliveredOn,
      deliveryRecorded: c.deliveryRecorded,
      windowEnd,
      answeredOn: c.answeredOn,
      position: c.position,
      answeredLate: c.answeredDay !== undefined && c.answeredDay > c.windowEnd,
      open: c.answeredDay === undefined,
      silence: c.party === "thirdParty" ? "agencyDecides" : "consent",
    });
  }
  const fee = s.fee;
  let feeView: FeeView | null = null;
  if (fee) {
    const paymentLimit = derivedDate(calendar, fee.sentDay, fee.limit);
    feeView = {
      basis: fee.basis,
      amountFen: fee.amountFen,
      noticeSentOn: fee.sentOn,
      noticeReceivedOn: fee.noticeReceivedOn,
      noticeReceiptRecorded: fee.noticeReceiptRecorded,
      paymentLimit,
      paidOn: fee.paidOn,
      paidLate: fee.paidLate,
    };
    if (policy.feePauseExcluded && fee.pause.through > fee.sentDay) {
      const isOpen = !closed && fee.paidDay === undefined && (atDay === undefined || atDay <= fee.limit);
      open ||= isOpen;
      const through = fee.paidOn ?? paymentLimit.date;
      pauseViews.push({ kind: "fee", ref: "fee", after: fee.sentOn, through, open: isOpen });
    }
  }

  const correction = s.correction;
  const view: ClockView = {
    phase: s.phase,
    asOf,
    receivedOn: s.receivedOn,
    channel: s.channel,
    clockStart: s.startOn,
    correctionNoticeLimit: derivedDate(calendar, s.receivedDay, s.correctionLimit),
    correction: correction && {
      requestedOn: correction.requestedOn,
      noticeReceivedOn: correction.noticeReceivedOn,
      noticeReceiptRecorded: correction.noticeReceiptRecorded,
      late: correction.late,
      applicantDeadline: derivedDate(calendar, s.receivedDay, correction.deadlineDay),
      receivedOn: correction.receivedOn,
      receivedLate: correction.receivedLate,
    },
    consultations,
    fee: feeView,
    pauses: pauseViews,
    pausedWorkingDays,
    statutoryDeadline: statutory,
    extension: s.extension,
    reasonsRequestedOn: s.reasonsRequestedOn,
    longerDeadline: s.longer && { setOn: s.longer.setOn, deadline: s.longer.deadline },
    replyDeadline,
    replyDeadlineFinal: !open,
    review: s.review,
    decision: s.decision,
    repliedOn: s.repliedOn,
    closedOn: s.closedOn,
    archivedOn: s.archivedOn,
    outcome: s.outcome,
    status: statusAt(s, atDay, asOf, replyDay, replyDeadline?.date ?? null, pauses),
    warnings: s.warnings,
    provisional: false,
  };
  if (calendar.weekendFallback) view.provisional = anyProvisional(view);
  return view;
}

/** A counted date; provisional when the count from `from` reached a year without a loaded schedule. */
function derivedDate(calendar: WorkCalendar, from: number, day: number): DerivedDate {
  return {
    date: fromDayNumber(day),
    provisional: calendar.weekendFallback && calendar.isProvisionalN(from, day),
  };
}

function anyProvisional(v: ClockView): boolean {
  return (
    v.correctionNoticeLimit.provisional ||
    v.correction?.applicantDeadline.provisional === true ||
    v.consultations.some((c) => c.windowEnd.provisional) ||
    v.fee?.paymentLimit.provisional === true ||
    v.statutoryDeadline?.provisional === true ||
    v.replyDeadline?.provisional === true
  );
}
