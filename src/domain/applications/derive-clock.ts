import { fromDayNumber, toDayNumber, type WorkCalendar } from "../calendar/index.ts";
import { type ClockPolicy, DEFAULT_CLOCK_POLICY } from "./clock-policy.ts";
import { statusAt } from "./clock-status.ts";
import type { ClockView, ConsultationView, DerivedDate, PauseView } from "./clock-view.ts";
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
  policy: ClockPolicy = DEFAULT_CLOCK_POLICY,
  at?: string,
): ClockView {
  const atDay = at === undefined ? undefined : toDayNumber(at);
  const s = foldLedger(ledger, calendar, policy, atDay);
  return buildView(s, atDay, at ?? null);
}

function buildView(s: FoldState, atDay: number | undefined, asOf: string | null): ClockView {
  const { calendar, policy } = s;
  const fallback = calendar.weekendFallback;
  let provisional = false;
  const derived = (from: number, day: number): DerivedDate => {
    const p = fallback && calendar.isProvisionalN(from, day);
    if (p) provisional = true;
    return { date: fromDayNumber(day), provisional: p };
  };

  const pauses = replyPauses(s, undefined);
  const start0 = countFrom(policy, s.startDay);
  const waitingForCorrection = s.correction !== null && s.correction.receivedOn === null;
  let statutory: number | undefined;
  let replyDeadline: number | undefined;
  let pausedWorkingDays = 0;
  if (!waitingForCorrection) {
    statutory = addCountedDays(calendar, start0, policy.replyDays, pauses);
    const n = replyDays(s);
    const counted = n === policy.replyDays ? statutory : addCountedDays(calendar, start0, n, pauses);
    pausedWorkingDays = pauses.length === 0 ? 0 : pausedDaysBetween(calendar, start0, counted, pauses);
    replyDeadline = s.longer && s.longer.deadlineDay > counted ? s.longer.deadlineDay : counted;
  }

  const closed = s.closedDay !== undefined;
  const consultations: ConsultationView[] = [];
  const pauseViews: PauseView[] = [];
  let open = false;
  for (const c of s.consults) {
    const isOpen = !closed && c.answeredDay === undefined && (atDay === undefined || atDay <= c.windowEnd);
    open ||= isOpen;
    const through = c.answeredDay !== undefined && c.answeredDay < c.windowEnd ? c.answeredDay : c.windowEnd;
    if (through > c.sentDay) {
      pauseViews.push({
        kind: "consultation",
        ref: c.ref,
        after: c.sentOn,
        through: fromDayNumber(through),
        open: isOpen,
      });
    }
    consultations.push({
      ref: c.ref,
      party: c.party,
      name: c.name,
      sentOn: c.sentOn,
      deliveredOn: c.deliveredOn,
      windowEnd: derived(c.sentDay, c.windowEnd),
      answeredOn: c.answeredOn,
      position: c.position,
      answeredLate: c.answeredDay !== undefined && c.answeredDay > c.windowEnd,
      open: c.answeredDay === undefined,
      silence: c.party === "thirdParty" ? "agencyDecides" : "consent",
    });
  }
  const fee = s.fee;
  if (fee && policy.feePauseExcluded) {
    const isOpen = !closed && fee.paidDay === undefined && (atDay === undefined || atDay <= fee.limit);
    open ||= isOpen;
    const through = fee.paidDay ?? fee.limit;
    if (through > fee.sentDay) {
      pauseViews.push({
        kind: "fee",
        ref: "fee",
        after: fee.sentOn,
        through: fromDayNumber(through),
        open: isOpen,
      });
    }
  }

  const replyDeadlineView = replyDeadline === undefined ? null : derived(s.startDay, replyDeadline);
  return {
    phase: s.phase,
    asOf,
    receivedOn: s.receivedOn,
    channel: s.channel,
    clockStart: s.startOn,
    correctionNoticeLimit: derived(s.receivedDay, s.correctionLimit),
    correction: s.correction && {
      requestedOn: s.correction.requestedOn,
      late: s.correction.late,
      applicantDeadline: derived(s.receivedDay, s.correction.deadlineDay),
      receivedOn: s.correction.receivedOn,
      receivedLate: s.correction.receivedLate,
    },
    consultations,
    fee: fee && {
      basis: fee.basis,
      amountFen: fee.amountFen,
      noticeSentOn: fee.sentOn,
      noticeReceivedOn: fee.noticeReceivedOn,
      paymentLimit: derived(fee.sentDay, fee.limit),
      paidOn: fee.paidOn,
      paidLate: fee.paidLate,
    },
    pauses: pauseViews,
    pausedWorkingDays,
    statutoryDeadline: statutory === undefined ? null : derived(s.startDay, statutory),
    extension: s.extension,
    reasonsRequestedOn: s.reasonsRequestedOn,
    longerDeadline: s.longer && { setOn: s.longer.setOn, deadline: s.longer.deadline },
    replyDeadline: replyDeadlineView,
    replyDeadlineFinal: !open,
    review: s.review,
    decision: s.decision,
    repliedOn: s.repliedOn,
    closedOn: s.closedOn,
    archivedOn: s.archivedOn,
    outcome: s.outcome,
    status: statusAt(s, atDay, asOf, replyDeadline, pauses),
    warnings: s.warnings,
    provisional,
  };
}
