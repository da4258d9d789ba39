import type { WorkCalendar } from "../calendar/index.ts";
import { type ClockPolicy, DEFAULT_CLOCK_POLICY } from "./clock-policy.ts";
import type { ClockView } from "./clock-view.ts";
import { deriveClock } from "./derive-clock.ts";
import type { Ledger, LedgerEvent } from "./ledger-events.ts";

/**
 * Appends one step to a ledger if the procedure allows it. The ledger is never changed in place:
 * the result is a new list, with the view derived from it (its warnings flag late steps).
 * @throws AppError VALIDATION or CONFLICT with a Chinese message saying why the step is refused;
 *   CALENDAR_MISSING when a strict calendar lacks a year the dates reach.
 */
export function appendEvent(
  ledger: Ledger,
  event: LedgerEvent,
  calendar: WorkCalendar,
  policy: Partial<ClockPolicy> = DEFAULT_CLOCK_POLICY,
): { ledger: LedgerEvent[]; view: ClockView } {
  const next = [...ledger, event];
  return { ledger: next, view: deriveClock(next, calendar, policy) };
}
