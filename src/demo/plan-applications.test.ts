import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinCalendarYears } from "../calendar-data/chinese-days.ts";
import {
  APPLICANT_TYPES,
  deriveClock,
  type LedgerEvent,
  legalReceiptDate,
  OUTCOMES,
} from "../domain/applications/index.ts";
import { WorkCalendar } from "../domain/calendar/index.ts";
import { isCreditCode, isResidentIdNumber } from "../services/applications/identity-checks.ts";
import { createRandom } from "../services/testing/random.ts";
import { closedCast, openCast } from "./cast.ts";
import { arrivalOf, receiptOf } from "./intake.ts";
import { applicant } from "./people.ts";
import { linkRepeats, type PlannedApplication, planOne, planVolume } from "./plan-applications.ts";
import { peopleOf } from "./staff.ts";

const calendar = WorkCalendar.of(builtinCalendarYears()).withWeekendFallback();
const TODAY = "2026-11-25";
const options = { today: TODAY, firstYear: 2025, scale: 0.2, people: peopleOf };

function plan(seed: number, drafts = planVolume(createRandom(seed), calendar, options)) {
  const random = createRandom(seed);
  return drafts.map((d) => planOne(random, calendar, options, d)).filter((p) => p !== null);
}

/** The ledger the services will hold: the receipt, then the planned steps. */
function ledgerOf(p: PlannedApplication): LedgerEvent[] | null {
  const receipt = receiptOf(p.intake);
  if (receipt === null) return null;
  const received: LedgerEvent = {
    type: "received",
    date: legalReceiptDate(receipt),
    channel: receipt.channel,
  };
  return [received, ...p.steps.map((s) => s.event)];
}

describe("planned applications", () => {
  it("are legal ledgers, in date order, arriving before their receipt, nothing after today", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
        for (const p of plan(seed)) {
          const ledger = ledgerOf(p);
          expect(arrivalOf(p.intake) <= TODAY).toBe(true);
          if (ledger === null) continue;
          expect(arrivalOf(p.intake) <= (ledger[0]?.date as string)).toBe(true);
          const dates = ledger.map((e) => e.date);
          expect([...dates].sort()).toEqual(dates);
          expect(dates.every((d) => d <= TODAY)).toBe(true);
          // The domain accepts the whole ledger as the services will replay it.
          expect(() => deriveClock(ledger, calendar)).not.toThrow();
        }
      }),
      { numRuns: 15 },
    );
  });

  it("ask for a delivery the applicant's contact reaches, repeats included (e-mail only with an address)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
        const plans = plan(seed);
        linkRepeats(plans);
        for (const { request } of plans) {
          if (request.delivery === "email") expect(request.applicant.email).toBeTruthy();
          if (request.delivery === "post") expect(request.applicant.address).toBeTruthy();
        }
      }),
      { numRuns: 15 },
    );
  });

  it("reach the outcome they were planned for once their last step is recorded", () => {
    const plans = plan(42);
    const closed = plans.filter((p) => {
      const ledger = ledgerOf(p);
      return ledger !== null && deriveClock(ledger, calendar).closedOn !== null;
    });
    expect(closed.length).toBeGreaterThan(50);
    for (const p of closed) {
      expect(deriveClock(ledgerOf(p) as LedgerEvent[], calendar).outcome).toBe(p.outcome);
    }
  });

  it("are the same for the same seed and differ for another", () => {
    const a = plan(7);
    expect(plan(7)).toEqual(a);
    expect(plan(8)).not.toEqual(a);
  });
});

describe("the cast", () => {
  it("closes every outcome, with every applicant type and channel, in the first year", () => {
    const plans = plan(1, closedCast(calendar, 2025));
    const ledgers = plans.map((p) => deriveClock(ledgerOf(p) as LedgerEvent[], calendar));
    expect(new Set(ledgers.map((v) => v.outcome))).toEqual(new Set(OUTCOMES));
    expect(ledgers.every((v) => v.closedOn !== null && v.closedOn < "2026-01-01")).toBe(true);
    expect(new Set(plans.map((p) => p.request.applicant.type))).toEqual(new Set(APPLICANT_TYPES));
    const channels = new Set(
      plans.map((p) => (p.intake.kind === "online" ? "public" : p.intake.receipt.channel)),
    );
    expect(channels).toEqual(
      new Set(["public", "inPerson", "registeredMail", "ordinaryLetter", "fax", "online"]),
    );
    const types = new Set(plans.flatMap((p) => p.steps.map((s) => s.event.type)));
    for (const t of [
      "correctionRequested",
      "correctionReceived",
      "consultationSent",
      "consultationAnswered",
      "extensionApproved",
      "confidentialityReviewed",
      "feeNoticeSent",
      "feePaid",
      "reasonsRequested",
      "longerDeadlineSet",
      "withdrawn",
      "abandoned",
      "archived",
    ]) {
      expect(types, t).toContain(t);
    }
  });

  it("leaves open, around today, one application in each state a clerk watches", () => {
    // Hand-counted on the 2026 schedule, today Wednesday 2026-11-25. Due soon: received 17 working
    // days ago, 2 November; 20 working days end 30 November: 3 left (26, 27, 30 November).
    // Overdue: received 12 October; the consultation sent 15 October and answered 22 October
    // pauses 5 working days (16–22 October), so the 20th counted day is 16 November; 7 working
    // days have passed since (17–20, 23–25 November).
    const plans = plan(1, openCast(calendar, TODAY)).filter((p) => p.agencyId === "qinghe");
    const status = plans.map((p) => {
      const ledger = ledgerOf(p);
      return ledger === null ? { kind: "submitted" } : deriveClock(ledger, calendar, undefined, TODAY).status;
    });
    const views = plans.map((p) => {
      const ledger = ledgerOf(p);
      return ledger === null ? null : deriveClock(ledger, calendar, undefined, TODAY);
    });
    expect(status.map((s) => s?.kind).sort()).toEqual(
      [
        "awaitingCorrection",
        "dueSoon",
        "onTime",
        "onTime",
        "onTime",
        "onTime",
        "overdue",
        "submitted",
      ].sort(),
    );
    expect(status).toContainEqual(expect.objectContaining({ kind: "dueSoon", remaining: 3 }));
    expect(status).toContainEqual(expect.objectContaining({ kind: "overdue", overdueBy: 7 }));
    // Deadlines that reach 2027, whose holiday schedule is not published: provisional.
    const provisional = views.filter((v) => v?.replyDeadline?.provisional);
    expect(provisional.length).toBeGreaterThanOrEqual(2);
    expect(provisional.every((v) => (v?.replyDeadline?.date as string) >= "2027-01-01")).toBe(true);
    expect(views.some((v) => v?.phase === "decided")).toBe(true);
  });
});

describe("invented applicants", () => {
  it("carry identity numbers and credit codes with valid check characters and the 99 region", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), fc.constantFrom(...APPLICANT_TYPES), (seed, type) => {
        const a = applicant(createRandom(seed), type);
        if (type === "naturalPerson") {
          expect(isResidentIdNumber(a.idNumber as string)).toBe(true);
          expect(a.idNumber).toMatch(/^99/);
        } else {
          expect(isCreditCode(a.creditCode as string)).toBe(true);
          expect((a.creditCode as string).slice(2, 4)).toBe("99");
        }
        expect(a.phone ?? a.email).toBeTruthy();
        if (a.email) expect(a.email).toMatch(/@mail\.example$/);
      }),
    );
  });
});
