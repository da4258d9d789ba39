import { describe, expect, it } from "vitest";
import { builtinWorkCalendar } from "../../calendar-data/chinese-days.ts";
import { resolvePolicy } from "./clock-policy.ts";
import { deriveClock } from "./derive-clock.ts";
import type { LedgerEvent } from "./ledger-events.ts";

// Every expected date below was counted by hand on the official schedule (chinese-days data):
// 2025: 1/26 Sun and 2/8 Sat work, 1/28–2/4 off. 2026: 1/1–1/3 off, Sun 1/4 works; 2/15–2/23 off,
// Sat 2/14 and Sat 2/28 work; 4/4–4/6 off; 9/25–9/27 off; 10/1–10/7 off, Sun 9/20 and Sat 10/10 work.
const calendar = builtinWorkCalendar();
const received = (date: string, channel: "online" | "inPerson" = "online"): LedgerEvent => ({
  type: "received",
  date,
  channel,
});
const derive = (ledger: LedgerEvent[], at?: string) => deriveClock(ledger, calendar, undefined, at);

describe("reply deadline: 20 working days after the legal receipt date (第33条)", () => {
  it.each([
    // Fri before Spring Festival: Sat 2/14 make-up is day 1, 2/15–2/23 skipped, Sat 2/28 is day 6.
    ["2026-02-13", "2026-03-19", "2026-03-02", "receipt on Friday before Spring Festival"],
    // Sat 3/14: day 1 is Mon 3/16; 4/4–4/6 Qingming skipped.
    ["2026-03-14", "2026-04-13", "2026-03-24", "receipt on an ordinary Saturday"],
    // Thu 10/1 National Day: day 1 is Thu 10/8, Sat 10/10 make-up is day 3.
    ["2026-10-01", "2026-11-03", "2026-10-15", "receipt on a holiday"],
    // Sat 2/28 is itself a make-up working day, but the receipt day is not counted.
    ["2026-02-28", "2026-03-27", "2026-03-10", "receipt on a make-up Saturday"],
    // Sun 9/20 make-up: 9/25–27 and 10/1–7 skipped, Sat 10/10 counts.
    ["2026-09-20", "2026-10-23", "2026-09-30", "receipt on a make-up Sunday"],
    // Across the year end: 1/1–1/3 off, Sun 1/4 make-up counts.
    ["2025-12-15", "2026-01-13", "2025-12-24", "across the 2026 New Year"],
    // 2025 Spring Festival: Sun 1/26 make-up is day 1, 1/28–2/4 off, Sat 2/8 make-up counts.
    ["2025-01-24", "2025-02-27", "2025-02-10", "2025 Spring Festival"],
  ])("received %s → reply by %s, correction notice by %s (%s)", (date, reply, correction) => {
    const view = derive([received(date)]);
    expect(view.replyDeadline).toEqual({ date: reply, provisional: false });
    expect(view.statutoryDeadline?.date).toBe(reply);
    expect(view.correctionNoticeLimit).toEqual({ date: correction, provisional: false });
    expect(view.clockStart).toBe(date);
    expect(view.replyDeadlineFinal).toBe(true);
  });

  it("counts a working receipt day as day 1 under the other convention", () => {
    const policy = resolvePolicy({ countReceiptDay: true });
    expect(deriveClock([received("2026-02-28", "inPerson")], calendar, policy).replyDeadline?.date).toBe(
      "2026-03-26",
    );
    // A receipt day that is not a working day cannot be day 1.
    expect(deriveClock([received("2026-03-14")], calendar, policy).replyDeadline?.date).toBe("2026-04-13");
  });
});

describe("correction (第30条): the clock restarts from the corrected application's receipt", () => {
  const base: LedgerEvent[] = [
    received("2026-03-02"),
    { type: "correctionRequested", date: "2026-03-04", workingDays: 10 },
  ];

  it("has no reply deadline while waiting; the applicant's deadline is counted from the notice", () => {
    const view = derive(base, "2026-03-10");
    expect(view.phase).toBe("awaitingCorrection");
    expect(view.replyDeadline).toBeNull();
    expect(view.correction?.applicantDeadline.date).toBe("2026-03-18");
    expect(view.correction?.late).toBe(false);
    expect(view.status).toEqual({
      kind: "awaitingCorrection",
      at: "2026-03-10",
      correctionDeadline: "2026-03-18",
      lapsed: false,
    });
  });

  it("restarts: corrected on Fri 3/13 → 20 working days after it, Qingming skipped", () => {
    const view = derive([...base, { type: "correctionReceived", date: "2026-03-13" }]);
    expect(view.clockStart).toBe("2026-03-13");
    expect(view.replyDeadline?.date).toBe("2026-04-13");
    expect(view.phase).toBe("processing");
  });

  it("takes the deadline as written in the notice and counts from the day the applicant got it", () => {
    const dated = derive([
      received("2026-03-02"),
      { type: "correctionRequested", date: "2026-03-04", deadline: "2026-03-20" },
    ]);
    expect(dated.correction?.applicantDeadline.date).toBe("2026-03-20");
    const posted = derive([
      received("2026-03-02"),
      { type: "correctionRequested", date: "2026-03-04", receivedOn: "2026-03-06", workingDays: 5 },
    ]);
    expect(posted.correction?.applicantDeadline.date).toBe("2026-03-13");
  });

  it("accepts a late correction request (after 7 working days) and flags it", () => {
    const view = derive([
      received("2026-03-02"),
      { type: "correctionRequested", date: "2026-03-12", workingDays: 10 },
    ]);
    expect(view.correctionNoticeLimit.date).toBe("2026-03-11");
    expect(view.correction?.late).toBe(true);
    expect(view.warnings.map((w) => w.code)).toEqual(["CORRECTION_REQUEST_LATE"]);
    expect(view.warnings[0]?.message).toContain("7 个工作日");
  });

  it("a correction arriving after the applicant's deadline is accepted with a flag and still restarts", () => {
    const view = derive([...base, { type: "correctionReceived", date: "2026-03-19" }]);
    expect(view.correction?.receivedLate).toBe(true);
    expect(view.warnings.map((w) => w.code)).toEqual(["CORRECTION_RECEIVED_LATE"]);
    expect(view.clockStart).toBe("2026-03-19");
  });

  it("no correction by the deadline → abandoned, 表三（六）1, closed", () => {
    const view = derive([...base, { type: "abandoned", date: "2026-03-19", reason: "noCorrection" }]);
    expect(view.outcome).toBe("otherNoCorrection");
    expect(view.closedOn).toBe("2026-03-19");
    expect(view.status).toEqual({ kind: "closedOnTime", closedOn: "2026-03-19", deadline: null, lateBy: 0 });
  });
});

describe("consultation (第32条, 第34条): paused from the day after sending to the answer or the window's end", () => {
  // Received Mon 3/2: 20 working days end Mon 3/30. Sent Tue 3/10, received the same day: the
  // third party's 15 working days end Tue 3/31.
  const sent: LedgerEvent[] = [
    received("2026-03-02"),
    { type: "consultationSent", date: "2026-03-10", ref: "C1", party: "thirdParty", name: "某公司" },
  ];

  it("answer early (Fri 3/13): 3 working days paused, deadline 3/30 → 4/2", () => {
    const view = derive([
      ...sent,
      { type: "consultationAnswered", date: "2026-03-13", ref: "C1", position: "consent" },
    ]);
    expect(view.consultations[0]?.windowEnd.date).toBe("2026-03-31");
    expect(view.pausedWorkingDays).toBe(3);
    expect(view.replyDeadline?.date).toBe("2026-04-02");
    expect(view.pauses).toEqual([
      { kind: "consultation", ref: "C1", after: "2026-03-10", through: "2026-03-13", open: false },
    ]);
    expect(view.warnings).toEqual([]);
  });

  it("answer late (4/8): paused only to the window's end (15 days), deadline 4/21, flagged", () => {
    const view = derive([...sent, { type: "consultationAnswered", date: "2026-04-08", ref: "C1" }]);
    expect(view.pausedWorkingDays).toBe(15);
    expect(view.replyDeadline?.date).toBe("2026-04-21");
    expect(view.consultations[0]?.answeredLate).toBe(true);
    expect(view.warnings.map((w) => w.code)).toEqual(["CONSULTATION_ANSWER_LATE"]);
  });

  it("no answer: same as late; while the window runs the deadline is not final and the clock stands still", () => {
    const view = derive(sent, "2026-03-20");
    expect(view.replyDeadline?.date).toBe("2026-04-21");
    expect(view.replyDeadlineFinal).toBe(false);
    expect(view.status).toEqual({
      kind: "onTime",
      at: "2026-03-20",
      deadline: "2026-04-21",
      remaining: 14,
      waitingFor: [{ on: "thirdParty", ref: "C1", until: "2026-03-31", lapsed: false, pausesClock: true }],
    });
    const after = derive(sent, "2026-04-01");
    expect(after.replyDeadlineFinal).toBe(true);
    expect(after.consultations[0]?.silence).toBe("agencyDecides");
  });

  it("a window starts when the consulted party receives the request", () => {
    const view = derive([
      received("2026-03-02"),
      { type: "consultationSent", date: "2026-03-10", receivedOn: "2026-03-12", ref: "A", party: "agency" },
    ]);
    expect(view.consultations[0]?.windowEnd.date).toBe("2026-04-02");
    expect(view.consultations[0]?.silence).toBe("consent");
    // Never answered: paused (3/10, 4/2] = 17 working days; 3/30 + 17 → 4/23.
    expect(view.pausedWorkingDays).toBe(17);
    expect(view.replyDeadline?.date).toBe("2026-04-23");
  });

  it("overlapping consultations pause each day once", () => {
    const view = derive([
      ...sent,
      { type: "consultationSent", date: "2026-03-11", ref: "C2", party: "agency" },
      { type: "consultationAnswered", date: "2026-03-13", ref: "C1" },
      { type: "consultationAnswered", date: "2026-03-17", ref: "C2" },
    ]);
    // Union of (3/10, 3/13] and (3/11, 3/17]: 3/11, 3/12, 3/13, 3/16, 3/17.
    expect(view.pausedWorkingDays).toBe(5);
    expect(view.replyDeadline?.date).toBe("2026-04-07");
  });
});

describe("fee (109号): paused from the notice until payment (policy, default on)", () => {
  const notice: LedgerEvent[] = [
    received("2026-03-02"),
    {
      type: "feeNoticeSent",
      date: "2026-03-09",
      receivedOn: "2026-03-10",
      fee: { method: "perPage", pages: 250 },
    },
  ];

  it("payment limit: 20 working days from the day after the notice is received", () => {
    const view = derive(notice);
    expect(view.fee?.paymentLimit.date).toBe("2026-04-08");
    expect(view.fee?.amountFen).toBe(470_000);
  });

  it("paid Fri 3/13: 4 working days paused, deadline 3/30 → 4/3", () => {
    const view = derive([...notice, { type: "feePaid", date: "2026-03-13" }]);
    expect(view.pausedWorkingDays).toBe(4);
    expect(view.replyDeadline?.date).toBe("2026-04-03");
  });

  it("never paid: paused to the payment limit (21 working days), deadline 4/29, not final until then", () => {
    const view = derive(notice, "2026-04-01");
    // Counted before the notice: 3/3–3/6, 3/9 (5); paused (3/9, 4/8]; 15 more from 4/9: 4/29.
    expect(view.pausedWorkingDays).toBe(21);
    expect(view.replyDeadline?.date).toBe("2026-04-29");
    expect(view.replyDeadlineFinal).toBe(false);
    expect(view.status).toMatchObject({ kind: "onTime", remaining: 15 });
    const lapsed = derive(notice, "2026-04-09");
    expect(lapsed.replyDeadlineFinal).toBe(true);
    expect(lapsed.status).toMatchObject({
      waitingFor: [{ on: "payment", ref: "fee", until: "2026-04-08", lapsed: true, pausesClock: false }],
    });
  });

  it("a partial policy object keeps the other defaults", () => {
    const view = deriveClock([...notice, { type: "feePaid", date: "2026-03-13" }], calendar, {
      feePauseExcluded: false,
    });
    expect(view.replyDeadline?.date).toBe("2026-03-30");
    expect(view.correctionNoticeLimit.date).toBe("2026-03-11");
  });

  it("not excluded when the policy says so", () => {
    const policy = resolvePolicy({ feePauseExcluded: false });
    const view = deriveClock([...notice, { type: "feePaid", date: "2026-03-13" }], calendar, policy);
    expect(view.replyDeadline?.date).toBe("2026-03-30");
    expect(view.pauses).toEqual([]);
  });

  it("not paid in time → abandoned, 表三（六）2", () => {
    const view = derive([...notice, { type: "abandoned", date: "2026-04-09", reason: "feeUnpaid" }]);
    expect(view.outcome).toBe("otherFeeUnpaid");
    expect(view.phase).toBe("abandoned");
  });

  it("a late payment is accepted with a flag", () => {
    const view = derive([...notice, { type: "feePaid", date: "2026-04-09" }]);
    expect(view.fee?.paidLate).toBe(true);
    expect(view.warnings.map((w) => w.code)).toEqual(["FEE_PAID_LATE"]);
  });
});

describe("extension and 第35条", () => {
  it("one extension of 20 working days, approved by the office head: 3/30 → 4/28", () => {
    const view = derive([
      received("2026-03-02"),
      { type: "extensionApproved", date: "2026-03-25", workingDays: 20, approver: "张主任" },
    ]);
    expect(view.statutoryDeadline?.date).toBe("2026-03-30");
    expect(view.replyDeadline?.date).toBe("2026-04-28");
    expect(view.extension).toEqual({
      approvedOn: "2026-03-25",
      workingDays: 20,
      approver: "张主任",
      late: false,
    });
  });

  it("a longer deadline set after asking for reasons replaces the statutory one", () => {
    const view = derive([
      received("2026-03-02"),
      { type: "reasonsRequested", date: "2026-03-05" },
      { type: "longerDeadlineSet", date: "2026-03-16", deadline: "2026-06-30" },
    ]);
    expect(view.replyDeadline?.date).toBe("2026-06-30");
    expect(view.statutoryDeadline?.date).toBe("2026-03-30");
  });
});
