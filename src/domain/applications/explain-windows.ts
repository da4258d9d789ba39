import { fromDayNumber, toDayNumber, type WorkCalendar } from "../calendar/index.ts";
import { type ClockPolicy, DEFAULT_CLOCK_POLICY, resolvePolicy } from "./clock-policy.ts";
import type { ClockView } from "./clock-view.ts";
import type { ExplainedDay } from "./explain-deadline.ts";

/** One time limit other than the reply deadline, counted in working days from a start day. */
export interface ExplainedWindow {
  /** correctionNotice · correction · consultation:<ref> · payment */
  key: string;
  label: string;
  /** Day 0 of the count (the receipt, or the addressee's receipt of the notice). */
  from: string;
  /** The limit's last day. */
  to: string;
  provisional: boolean;
  /** Every day in (from, to]: counted (numbered) or not a working day (and why). */
  days: ExplainedDay[];
}

function explain(calendar: WorkCalendar, startDay: number, to: string): ExplainedDay[] {
  let count = 0;
  const days: ExplainedDay[] = [];
  for (const info of calendar.explain(fromDayNumber(startDay), to)) {
    if (info.working) count++;
    days.push({
      ...info,
      role: info.working ? "counted" : "notWorking",
      count: info.working ? count : null,
      segment: null,
      pausedBy: [],
    });
  }
  return days;
}

/**
 * The other limits in play, each day by day like the reply deadline (explainReplyDeadline): the
 * last day to ask for a correction (while none was asked and the application is open), the
 * applicant's correction deadline, each consultation's window and the payment limit. They are
 * plain working-day counts from their start: nothing pauses them.
 * @example explainWindows(view, calendar).map((w) => w.key) // ["correctionNotice"]
 */
export function explainWindows(
  view: ClockView,
  calendar: WorkCalendar,
  overrides: Partial<ClockPolicy> = DEFAULT_CLOCK_POLICY,
): ExplainedWindow[] {
  const policy = resolvePolicy(overrides);
  // The receipt-day convention applies to every count but the payment clock, which always starts
  // the next day (see docs/procedure.md, Policy).
  const start = (day: string, convention: boolean) =>
    toDayNumber(day) - (convention && policy.countReceiptDay ? 1 : 0);
  const windows: ExplainedWindow[] = [];
  const add = (
    key: string,
    label: string,
    from: string,
    startDay: number,
    to: { date: string; provisional: boolean },
  ) =>
    windows.push({
      key,
      label,
      from,
      to: to.date,
      provisional: to.provisional,
      days: explain(calendar, startDay, to.date),
    });

  if (!view.correction && view.phase === "processing") {
    const n = policy.correctionNoticeDays;
    add(
      "correctionNotice",
      `告知补正的期限（第三十条，${n} 个工作日）`,
      view.receivedOn,
      start(view.receivedOn, true),
      view.correctionNoticeLimit,
    );
  }
  const c = view.correction;
  if (c)
    add(
      "correction",
      "申请人补正期限",
      c.noticeReceivedOn,
      start(c.noticeReceivedOn, true),
      c.applicantDeadline,
    );
  for (const k of view.consultations) {
    add(
      `consultation:${k.ref}`,
      `征求意见 ${k.ref} 的答复期限（${policy.consultationWindowDays} 个工作日）`,
      k.deliveredOn,
      start(k.deliveredOn, true),
      k.windowEnd,
    );
  }
  const fee = view.fee;
  if (fee)
    add(
      "payment",
      `缴费期限（${policy.paymentDays} 个工作日）`,
      fee.noticeReceivedOn,
      toDayNumber(fee.noticeReceivedOn),
      fee.paymentLimit,
    );
  return windows;
}
