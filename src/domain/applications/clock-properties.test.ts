import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinWorkCalendar } from "../../calendar-data/chinese-days.ts";
import { fromDayNumber, toDayNumber } from "../calendar/index.ts";
import { deriveClock } from "./derive-clock.ts";
import { explainReplyDeadline } from "./explain-deadline.ts";
import type { LedgerEvent } from "./ledger-events.ts";

// The fallback view never throws, so random dates may run into 2027.
const calendar = builtinWorkCalendar().withWeekendFallback();
const FIRST = toDayNumber("2025-01-01");
const LAST = toDayNumber("2026-11-30");

const consultation = fc.record({
  sent: fc.integer({ min: 0, max: 30 }),
  delivered: fc.integer({ min: 0, max: 3 }),
  answer: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  party: fc.constantFrom("thirdParty" as const, "agency" as const),
});
type Consultation = typeof consultation extends fc.Arbitrary<infer T> ? T : never;

const scenario = fc.record({
  received: fc.integer({ min: FIRST, max: LAST }),
  consultations: fc.array(consultation, { maxLength: 3 }),
  fee: fc.option(
    fc.record({
      sent: fc.integer({ min: 0, max: 30 }),
      paid: fc.option(fc.integer({ min: 0, max: 35 }), { nil: undefined }),
    }),
    {
      nil: undefined,
    },
  ),
  extension: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** A legal ledger for the scenario, events in date order (the receipt first). */
function ledgerOf(s: Scenario, extra: Consultation[] = []): LedgerEvent[] {
  const at = (offset: number) => fromDayNumber(s.received + offset);
  const events: LedgerEvent[] = [];
  [...s.consultations, ...extra].forEach((c, i) => {
    const ref = `C${i}`;
    events.push({
      type: "consultationSent",
      date: at(c.sent),
      receivedOn: at(c.sent + c.delivered),
      ref,
      party: c.party,
    });
    if (c.answer !== undefined)
      events.push({ type: "consultationAnswered", date: at(c.sent + c.answer), ref });
  });
  if (s.fee) {
    events.push({ type: "feeNoticeSent", date: at(s.fee.sent), fee: { method: "perPage", pages: 50 } });
    if (s.fee.paid !== undefined) events.push({ type: "feePaid", date: at(s.fee.sent + s.fee.paid) });
  }
  // The extension comes last so that it is never refused for coming before another step.
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const last = events.at(-1)?.date ?? at(0);
  if (s.extension)
    events.push({ type: "extensionApproved", date: last, workingDays: s.extension, approver: "负责人" });
  return [{ type: "received", date: at(0), channel: "online" }, ...events];
}

const deadlineOf = (ledger: LedgerEvent[]) => deriveClock(ledger, calendar).replyDeadline?.date ?? "";

describe("clock properties", () => {
  it("adding a pause never moves the reply deadline earlier", () => {
    fc.assert(
      fc.property(scenario, consultation, (s, extra) => {
        expect(deadlineOf(ledgerOf(s, [extra])) >= deadlineOf(ledgerOf(s))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("the day-by-day explanation ends on the deadline with exactly the days it counts", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const view = deriveClock(ledgerOf(s), calendar);
        const days = explainReplyDeadline(view, calendar);
        const counted = days.filter((d) => d.role === "counted");
        expect(counted).toHaveLength(20 + (s.extension ?? 0));
        expect(days.at(-1)?.date).toBe(view.replyDeadline?.date);
        expect(days.at(-1)?.role).toBe("counted");
        expect(days.filter((d) => d.role === "paused")).toHaveLength(view.pausedWorkingDays);
      }),
      { numRuns: 300 },
    );
  });

  it("a deadline is a working day, after the receipt, provisional exactly when it reaches 2027", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const view = deriveClock(ledgerOf(s), calendar);
        const deadline = view.replyDeadline;
        if (!deadline) return;
        expect(calendar.isWorkingDay(deadline.date)).toBe(true);
        expect(deadline.date > view.receivedOn).toBe(true);
        expect(deadline.provisional).toBe(deadline.date >= "2027-01-01");
      }),
      { numRuns: 300 },
    );
  });
});
