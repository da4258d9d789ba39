import { describe, expect, it } from "vitest";
import { builtinWorkCalendar } from "../../calendar-data/chinese-days.ts";
import { deriveClock, type LedgerEvent } from "../applications/index.ts";
import { lettersCalledFor } from "./letters-called-for.ts";

const calendar = builtinWorkCalendar();
const due = (ledger: LedgerEvent[]) =>
  lettersCalledFor(ledger, deriveClock(ledger, calendar)).map((d) => [d.kind, d.seq, d.ref]);

describe("the letters an application's steps call for", () => {
  it("one per step that reaches someone, and the reply of the outcome", () => {
    const ledger: LedgerEvent[] = [
      { type: "received", date: "2026-03-02", channel: "online" },
      { type: "consultationSent", date: "2026-03-04", ref: "C1", party: "thirdParty" },
      { type: "consultationSent", date: "2026-03-04", ref: "C2", party: "agency" },
      { type: "consultationAnswered", date: "2026-03-06", ref: "C1", position: "objection" },
      { type: "feeNoticeSent", date: "2026-03-09", fee: { method: "perPage", pages: 40 } },
      { type: "noticeDelivered", date: "2026-03-10", notice: "feeNoticeSent", method: "post" },
      { type: "feePaid", date: "2026-03-11" },
      { type: "confidentialityReviewed", date: "2026-03-12", reviewer: "李明", conclusion: "releasable" },
      { type: "decided", date: "2026-03-13", outcome: "disclosed" },
      { type: "replied", date: "2026-03-13" },
    ];
    expect(due(ledger)).toEqual([
      ["receipt", 1, null],
      ["consultationThirdParty", 2, "C1"],
      ["consultationAgency", 3, "C2"],
      ["feeNotice", 5, null],
      ["reply.disclosed", 9, null],
      ["publicInterestNotice", 9, "C1"],
    ]);
  });

  it("a withdrawal after a decision: the termination notice, not the decision's reply", () => {
    const ledger: LedgerEvent[] = [
      { type: "received", date: "2026-03-02", channel: "inPerson" },
      { type: "decided", date: "2026-03-05", outcome: "refusedStateSecret" },
      { type: "withdrawn", date: "2026-03-06" },
    ];
    expect(due(ledger)).toEqual([
      ["receipt", 1, null],
      ["reply.otherOther", 3, null],
    ]);
  });

  it("abandonment for no correction", () => {
    const ledger: LedgerEvent[] = [
      { type: "received", date: "2026-03-02", channel: "inPerson" },
      { type: "correctionRequested", date: "2026-03-03", deadline: "2026-03-06" },
      { type: "abandoned", date: "2026-03-09", reason: "noCorrection" },
    ];
    expect(due(ledger)).toEqual([
      ["receipt", 1, null],
      ["correction", 2, null],
      ["reply.otherNoCorrection", 3, null],
    ]);
  });
});
