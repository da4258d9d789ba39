import { type DayInfo, toDayNumber, type WorkCalendar } from "../calendar/index.ts";
import { type ClockPolicy, DEFAULT_CLOCK_POLICY, resolvePolicy } from "./clock-policy.ts";
import type { ClockView } from "./clock-view.ts";

/** One day of the reply clock, and what it did to the count. */
export interface ExplainedDay extends DayInfo {
  /** counted: a working day that counts; paused: a working day inside a pause; notWorking: weekend or holiday. */
  role: "counted" | "paused" | "notWorking";
  /** For counted days, their number: 1 … the deadline's. */
  count: number | null;
  /** For counted days: within the 20 statutory days, the extension, or a 第35条 longer deadline. */
  segment: "statutory" | "extension" | "longer" | null;
  /** For paused days, the refs of the pauses covering them (a consultation's ref, or "fee"). */
  pausedBy: string[];
}

/**
 * The reply deadline day by day: every day from the clock's start to the deadline in force, with
 * whether it counted, was paused (and by what) or was skipped as weekend or holiday. Computed on
 * demand from a derived view — the derivation itself never builds it.
 * @example explainReplyDeadline(deriveClock(ledger, calendar), calendar).filter((d) => d.role === "counted").length
 *   // 20 for an application without extension
 */
export function explainReplyDeadline(
  view: ClockView,
  calendar: WorkCalendar,
  overrides: Partial<ClockPolicy> = DEFAULT_CLOCK_POLICY,
): ExplainedDay[] {
  const policy = resolvePolicy(overrides);
  if (!view.replyDeadline) return [];
  const start = toDayNumber(view.clockStart) - (policy.countReceiptDay ? 1 : 0);
  const end = toDayNumber(view.replyDeadline.date);
  const pauses = view.pauses.map((p) => ({
    ref: p.ref,
    after: toDayNumber(p.after),
    through: toDayNumber(p.through),
  }));
  const extended = policy.replyDays + (view.extension?.workingDays ?? 0);
  const days: ExplainedDay[] = [];
  let count = 0;
  for (let day = start + 1; day <= end; day++) {
    const info = calendar.dayInfoN(day);
    const pausedBy = info.working
      ? pauses.filter((p) => p.after < day && day <= p.through).map((p) => p.ref)
      : [];
    if (!info.working || pausedBy.length > 0) {
      days.push({
        ...info,
        role: info.working ? "paused" : "notWorking",
        count: null,
        segment: null,
        pausedBy,
      });
      continue;
    }
    count++;
    const segment = count <= policy.replyDays ? "statutory" : count <= extended ? "extension" : "longer";
    days.push({ ...info, role: "counted", count, segment, pausedBy });
  }
  return days;
}
