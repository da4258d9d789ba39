import { describe, expect, it } from "vitest";
import { builtinWorkCalendar } from "../../calendar-data/chinese-days.ts";
import { allowedSteps } from "./allowed-steps.ts";
import { deriveClock } from "./derive-clock.ts";
import type { LedgerEvent } from "./ledger-events.ts";

const calendar = builtinWorkCalendar();
const received: LedgerEvent = { type: "received", date: "2026-03-02", channel: "inPerson" };
const steps = (...events: LedgerEvent[]) => allowedSteps(deriveClock([received, ...events], calendar));

describe("the steps offered next", () => {
  it("offers the first steps of a fresh application, and no reply before a decision", () => {
    expect(steps()).toEqual([
      "correctionRequested",
      "consultationSent",
      "confidentialityReviewed",
      "extensionApproved",
      "feeNoticeSent",
      "reasonsRequested",
      "decided",
      "withdrawn",
    ]);
  });

  it("while a correction is awaited: its receipt, a review, withdrawal or abandonment", () => {
    const asked: LedgerEvent = { type: "correctionRequested", date: "2026-03-03", workingDays: 10 };
    expect(steps(asked)).toEqual(["correctionReceived", "confidentialityReviewed", "withdrawn", "abandoned"]);
    expect(steps(asked, { type: "correctionReceived", date: "2026-03-05" })).not.toContain(
      "correctionRequested",
    );
  });

  it("one extension, an answer only to an open consultation, payment only of an unpaid fee", () => {
    const offered = steps(
      { type: "extensionApproved", date: "2026-03-20", workingDays: 10, approver: "张主任" },
      { type: "consultationSent", date: "2026-03-21", ref: "Z1", party: "thirdParty" },
    );
    expect(offered).not.toContain("extensionApproved");
    expect(offered).toContain("consultationAnswered");
    expect(offered).not.toContain("feePaid");
  });

  it("after a decision: the reply; after the reply: archiving only", () => {
    const decided: LedgerEvent = { type: "decided", date: "2026-03-10", outcome: "unableNotHeld" };
    expect(steps(decided)).toContain("replied");
    expect(steps(decided)).not.toContain("decided");
    expect(steps(decided, { type: "replied", date: "2026-03-11" })).toEqual(["archived"]);
  });
});
