import { describe, expect, it } from "vitest";
import { builtinWorkCalendar } from "../../calendar-data/chinese-days.ts";
import { isAppError } from "../app-error.ts";
import { applicationRowIndex, FORMATS } from "../report/format/index.ts";
import { aggregateApplications } from "./aggregate-applications.ts";
import { appendEvent } from "./append-event.ts";
import { deriveClock } from "./derive-clock.ts";
import { feeTotalFen, perItemFee, perPageFee, quoteFee } from "./fees.ts";
import type { LedgerEvent } from "./ledger-events.ts";
import { OUTCOME_INFO } from "./outcomes.ts";
import { legalReceiptDate } from "./receipt-date.ts";

// An independent legal review of the procedure domain against rules.md §2–§3. Every expected value
// was worked out by hand on the official schedules, day by day, before running the code (and
// re-checked with a throwaway weekday/holiday walk written separately from the product):
//   2025: 1/1; 1/28–2/4 off (Sun 1/26, Sat 2/8 work); 4/4–4/6; 5/1–5/5 off (Sun 4/27 works);
//         5/31–6/2; 10/1–10/8 off (Sun 9/28, Sat 10/11 work).
//   2026: 1/1–1/3 off (Sun 1/4 works); 2/15–2/23 off (Sat 2/14, Sat 2/28 work); 4/4–4/6;
//         5/1–5/5 off (Sat 5/9 works); 6/19–6/21; 9/25–9/27; 10/1–10/7 off (Sun 9/20, Sat 10/10 work).
//   2027: no schedule loaded — never guessed.
// Convention (rules.md §3): the start day is not counted; day 1 is the first working day after it.

const strict = builtinWorkCalendar();
const fallback = strict.withWeekendFallback();
const derive = (ledger: LedgerEvent[], at?: string) => deriveClock(ledger, strict, undefined, at);
const got = (ledger: LedgerEvent[], event: LedgerEvent) => appendEvent(ledger, event, strict).view;
const codes = (warnings: { code: string }[]) => warnings.map((w) => w.code);
const refusal = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return undefined;
};

describe("case 1 — 第31条 receipt per channel; online submitted on a make-up Saturday", () => {
  it("each channel's legal receipt date, and the clocks from an online confirmation", () => {
    // In person: the day handed in. Registered mail: the day signed for (not the post's arrival).
    expect(legalReceiptDate({ channel: "inPerson", submittedOn: "2026-05-04" })).toBe("2026-05-04");
    expect(legalReceiptDate({ channel: "registeredMail", signedOn: "2026-04-07" })).toBe("2026-04-07");
    // Ordinary letter: the day staff confirmed with the applicant.
    expect(
      legalReceiptDate({ channel: "ordinaryLetter", arrivedOn: "2026-09-30", confirmedOn: "2026-10-08" }),
    ).toBe("2026-10-08");
    // Online / fax: the day both sides confirmed (双方确认之日), not the submission day.
    expect(
      legalReceiptDate({ channel: "online", submittedOn: "2026-02-14", confirmedOn: "2026-02-24" }),
    ).toBe("2026-02-24");
    expect(legalReceiptDate({ channel: "fax", submittedOn: "2026-02-13", confirmedOn: "2026-02-14" })).toBe(
      "2026-02-14",
    );
    // Online submitted Sat 2/14 (make-up day), confirmed Tue 2/24 → clocks from 2/24:
    // 2/25 1, 2/26 2, 2/27 3, Sat 2/28 4 (make-up), 3/2 5, 3/3 6, 3/4 7 → correction notice by 3/4;
    // 3/5 8 … 3/13 14, 3/16 15 … 3/20 19, 3/23 20 → reply by Mon 3/23.
    const view = derive([
      { type: "received", date: "2026-02-24", channel: "online", arrivedOn: "2026-02-14" },
    ]);
    expect(view.correctionNoticeLimit).toEqual({ date: "2026-03-04", provisional: false });
    expect(view.replyDeadline).toEqual({ date: "2026-03-23", provisional: false });
  });

  it("an ordinary letter confirmed after the day it arrived is flagged (must confirm on arrival)", () => {
    // Arrived Wed 9/30, confirmed Thu 10/8 (after National Day). Receipt 10/8: 10/9 1, Sat 10/10 2,
    // 10/12 3 … 10/16 7 → correction notice by 10/16.
    const view = derive([
      { type: "received", date: "2026-10-08", channel: "ordinaryLetter", arrivedOn: "2026-09-30" },
    ]);
    expect(codes(view.warnings)).toEqual(["RECEIPT_CONFIRMED_LATE"]);
    expect(view.correctionNoticeLimit.date).toBe("2026-10-16");
  });
});

describe("case 2 — received in person on a holiday (Mon 2026-05-04, Labour Day)", () => {
  it("day 1 is Wed 5/6; Sat 5/9 make-up counts", () => {
    // 5/5 off; 5/6 1, 5/7 2, 5/8 3, Sat 5/9 4, 5/11 5, 5/12 6, 5/13 7 → correction notice by 5/13;
    // 5/14 8, 5/15 9, 5/18–5/22 10–14, 5/25–5/29 15–19, Mon 6/1 20 → reply by 6/1.
    const view = derive([{ type: "received", date: "2026-05-04", channel: "inPerson" }]);
    expect(view.correctionNoticeLimit.date).toBe("2026-05-13");
    expect(view.replyDeadline).toEqual({ date: "2026-06-01", provisional: false });
  });
});

describe("case 3 — 第30条: correction asked on day 7 exactly and on day 8; received on a Saturday", () => {
  // Received Thu 2026-04-30: 5/1–5/5 off; 5/6 1, 5/7 2, 5/8 3, Sat 5/9 4, 5/11 5, 5/12 6, 5/13 7.
  const start: LedgerEvent[] = [{ type: "received", date: "2026-04-30", channel: "inPerson" }];

  it("on day 7 (Wed 5/13) it is in time", () => {
    const view = got(start, { type: "correctionRequested", date: "2026-05-13", deadline: "2026-05-22" });
    expect(view.correctionNoticeLimit.date).toBe("2026-05-13");
    expect(view.correction?.late).toBe(false);
    expect(view.warnings).toEqual([]);
    expect(view.replyDeadline).toBeNull();
  });

  it("on day 8 (Thu 5/14) it is late: accepted and flagged", () => {
    const view = got(start, { type: "correctionRequested", date: "2026-05-14", deadline: "2026-05-22" });
    expect(view.correction?.late).toBe(true);
    expect(codes(view.warnings)).toEqual(["CORRECTION_REQUEST_LATE"]);
  });

  it("corrected on Sat 5/16: the 20 days restart from it (not a pause)", () => {
    // 5/18 1 … 5/22 5, 5/25–5/29 10, 6/1–6/5 15, 6/8–6/12 20 → reply by Fri 6/12.
    const view = derive([
      ...start,
      { type: "correctionRequested", date: "2026-05-13", deadline: "2026-05-22" },
      { type: "correctionReceived", date: "2026-05-16" },
    ]);
    expect(view.clockStart).toBe("2026-05-16");
    expect(view.replyDeadline?.date).toBe("2026-06-12");
    expect(view.pausedWorkingDays).toBe(0);
  });

  it("a second correction request is refused (只能一次性告知)", () => {
    const ledger: LedgerEvent[] = [
      ...start,
      { type: "correctionRequested", date: "2026-05-13", deadline: "2026-05-22" },
      { type: "correctionReceived", date: "2026-05-16" },
    ];
    expect(
      refusal(() => got(ledger, { type: "correctionRequested", date: "2026-05-18", deadline: "2026-05-29" })),
    ).toBe("CONFLICT");
  });
});

describe("case 4 — correction received on a holiday (Fri 2026-10-02)", () => {
  // Received Mon 9/14; notice 9/16 giving 15 working days from the applicant's receipt (9/16):
  // 9/17 1, 9/18 2, Sun 9/20 3 (make-up), 9/21–9/24 4–7, 9/25–27 off, 9/28 8, 9/29 9, 9/30 10,
  // 10/1–7 off, 10/8 11, 10/9 12, Sat 10/10 13, 10/12 14, 10/13 15 → applicant's deadline 10/13.
  // Corrected 10/2 (holiday): restart; 10/8 1, 10/9 2, Sat 10/10 3, 10/12–16 4–8, 10/19–23 9–13,
  // 10/26–30 14–18, 11/2 19, 11/3 20 → reply by Tue 11/3.
  it("applicant's deadline 10/13; restarted reply deadline 11/3", () => {
    const view = derive([
      { type: "received", date: "2026-09-14", channel: "inPerson" },
      { type: "correctionRequested", date: "2026-09-16", workingDays: 15 },
      { type: "correctionReceived", date: "2026-10-02" },
    ]);
    expect(view.correction?.applicantDeadline.date).toBe("2026-10-13");
    expect(view.correction?.receivedLate).toBe(false);
    expect(view.clockStart).toBe("2026-10-02");
    expect(view.replyDeadline?.date).toBe("2026-11-03");
  });

  it("never corrected: abandoned only after 10/13 → 表三（六）1", () => {
    const waiting: LedgerEvent[] = [
      { type: "received", date: "2026-09-14", channel: "inPerson" },
      { type: "correctionRequested", date: "2026-09-16", workingDays: 15 },
    ];
    expect(
      refusal(() => got(waiting, { type: "abandoned", date: "2026-10-13", reason: "noCorrection" })),
    ).toBe("CONFLICT");
    const view = got(waiting, { type: "abandoned", date: "2026-10-14", reason: "noCorrection" });
    expect(view.outcome).toBe("otherNoCorrection");
    expect(view.closedOn).toBe("2026-10-14");
  });
});

describe("case 5 — third party consulted and answering across Spring Festival 2026", () => {
  // Received Mon 2/2. Unpaused count: 2/3 1 … 2/6 4, 2/9–2/11 5–7 (consultation sent Wed 2/11).
  // The third party receives it Thu 2/12: window 2/13 1, Sat 2/14 2, 2/15–23 off, 2/24–2/27 3–6,
  // Sat 2/28 7, 3/2–3/6 8–12, 3/9 13, 3/10 14, 3/11 15 → window ends Wed 3/11.
  // Answer (objection) Tue 3/3: paused = working days in (2/11, 3/3]: 2/12, 2/13, 2/14, 2/24–2/27,
  // 2/28, 3/2, 3/3 = 10. Count resumes 3/4 8, 3/5 9, 3/6 10, 3/9–3/13 11–15, 3/16–3/20 16–20 → 3/20.
  const ledger: LedgerEvent[] = [
    { type: "received", date: "2026-02-02", channel: "online" },
    {
      type: "consultationSent",
      date: "2026-02-11",
      receivedOn: "2026-02-12",
      ref: "T1",
      party: "thirdParty",
      name: "某公司",
    },
    { type: "consultationAnswered", date: "2026-03-03", ref: "T1", position: "objection" },
  ];

  it("window 3/11, 10 paused working days, reply by 3/20", () => {
    const view = derive(ledger);
    expect(view.consultations[0]?.windowEnd.date).toBe("2026-03-11");
    expect(view.pausedWorkingDays).toBe(10);
    expect(view.statutoryDeadline?.date).toBe("2026-03-20");
    expect(view.replyDeadline?.date).toBe("2026-03-20");
    expect(view.warnings).toEqual([]);
  });

  it("releasing over the objection is flagged (第32条: only for a serious public interest)", () => {
    const view = derive([
      ...ledger,
      { type: "confidentialityReviewed", date: "2026-03-10", reviewer: "李明", conclusion: "releasable" },
      { type: "decided", date: "2026-03-20", outcome: "disclosed" },
      { type: "replied", date: "2026-03-20" },
    ]);
    expect(codes(view.warnings)).toEqual(["THIRD_PARTY_OBJECTION_OVERRIDDEN"]);
    expect(view.status).toMatchObject({ kind: "closedOnTime", deadline: "2026-03-20" });
  });
});

describe("case 6 — co-authoring agency (第34条) never answers / answers late, across Spring Festival", () => {
  // As case 5, but the agency stays silent: paused through the window's end 3/11 = the 10 days to
  // 3/3 plus 3/4, 3/5, 3/6, 3/9, 3/10, 3/11 = 16. Count resumes 3/12 8, 3/13 9, 3/16–20 10–14,
  // 3/23–27 15–19, Mon 3/30 20 → reply by 3/30.
  const sent: LedgerEvent[] = [
    { type: "received", date: "2026-02-02", channel: "online" },
    { type: "consultationSent", date: "2026-02-11", receivedOn: "2026-02-12", ref: "A1", party: "agency" },
  ];

  it("silence: paused to the window's end, 16 days, reply by 3/30; silence is consent", () => {
    const view = derive(sent);
    expect(view.pausedWorkingDays).toBe(16);
    expect(view.replyDeadline?.date).toBe("2026-03-30");
    expect(view.consultations[0]?.silence).toBe("consent");
    // While the window still runs (3/5) the deadline is not final.
    expect(derive(sent, "2026-03-05").replyDeadlineFinal).toBe(false);
    expect(derive(sent, "2026-03-12").replyDeadlineFinal).toBe(true);
  });

  it("status on a holiday inside the window, and after the deadline", () => {
    // On Fri 2/20 (holiday, window running): counted so far 7 (2/3–2/11), so 13 unpaused days remain.
    expect(derive(sent, "2026-02-20").status).toMatchObject({
      kind: "onTime",
      deadline: "2026-03-30",
      remaining: 13,
      waitingFor: [{ on: "agency", ref: "A1", until: "2026-03-11", lapsed: false, pausesClock: true }],
    });
    // On Wed 4/1 with no reply: working days in (3/30, 4/1] = 3/31, 4/1 → overdue by 2.
    expect(derive(sent, "2026-04-01").status).toMatchObject({ kind: "overdue", overdueBy: 2 });
  });

  it("an answer on 3/20 (late) pauses no more than silence: still 3/30, flagged", () => {
    const view = derive([...sent, { type: "consultationAnswered", date: "2026-03-20", ref: "A1" }]);
    expect(view.pausedWorkingDays).toBe(16);
    expect(view.replyDeadline?.date).toBe("2026-03-30");
    expect(view.consultations[0]?.answeredLate).toBe(true);
    expect(codes(view.warnings)).toEqual(["CONSULTATION_ANSWER_LATE"]);
  });

  it("an answer on the window's last day (3/11) is in time and pauses the same 16 days", () => {
    const view = derive([...sent, { type: "consultationAnswered", date: "2026-03-11", ref: "A1" }]);
    expect(view.consultations[0]?.answeredLate).toBe(false);
    expect(view.pausedWorkingDays).toBe(16);
    expect(view.warnings).toEqual([]);
  });
});

describe("case 7 — consultation + fee pause + 20-day extension together (Qingming, Labour Day, Sat 5/9)", () => {
  // Received Mon 3/16. Consultation sent Wed 3/18 (received same day), answered Tue 3/24:
  //   paused (3/18, 3/24] = 3/19, 3/20, 3/23, 3/24 = 4.
  // Fee notice (120 pages) sent Thu 3/26, received Fri 3/27, paid Wed 4/1:
  //   paused (3/26, 4/1] = 3/27, 3/30, 3/31, 4/1 = 4; amount 70 × 10 + 20 × 20 = 1,100 元.
  //   Payment limit: 20 working days after 3/27: 3/30 1 … 4/3 5, 4/4–6 off, 4/7–4/10 6–9,
  //   4/13–17 10–14, 4/20–24 15–19, 4/27 20 → 4/27.
  // Count: 3/17 1, 3/18 2, [paused], 3/25 3, 3/26 4, [paused], 4/2 5, 4/3 6, 4/7–4/10 7–10,
  //   4/13–17 11–15, 4/20–24 16–20 → statutory 4/24 (it would be 4/14 with no pauses).
  // Extension of 20 approved 4/20 continues the count: 4/27–4/30 21–24, 5/1–5 off, 5/6–5/8 25–27,
  //   Sat 5/9 28, 5/11–15 29–33, 5/18–22 34–38, 5/25 39, 5/26 40 → extended 5/26.
  const ledger: LedgerEvent[] = [
    { type: "received", date: "2026-03-16", channel: "inPerson" },
    { type: "consultationSent", date: "2026-03-18", ref: "C1", party: "thirdParty" },
    { type: "consultationAnswered", date: "2026-03-24", ref: "C1", position: "consent" },
    {
      type: "feeNoticeSent",
      date: "2026-03-26",
      receivedOn: "2026-03-27",
      fee: { method: "perPage", pages: 120 },
    },
    { type: "feePaid", date: "2026-04-01" },
    { type: "extensionApproved", date: "2026-04-20", workingDays: 20, approver: "王强" },
  ];

  it("8 paused days, statutory 4/24, extended 5/26, payment limit 4/27, fee 1,100 元", () => {
    const view = derive(ledger);
    expect(view.fee?.amountFen).toBe(110_000);
    expect(view.fee?.paymentLimit.date).toBe("2026-04-27");
    expect(view.pausedWorkingDays).toBe(8);
    expect(view.statutoryDeadline?.date).toBe("2026-04-24");
    expect(view.replyDeadline?.date).toBe("2026-05-26");
    expect(view.extension?.late).toBe(false);
  });

  it("replied 5/26 is on time; 5/27 is one working day late", () => {
    const decided: LedgerEvent[] = [
      ...ledger,
      { type: "confidentialityReviewed", date: "2026-05-20", reviewer: "李明", conclusion: "releasable" },
      { type: "decided", date: "2026-05-26", outcome: "disclosed" },
    ];
    expect(got(decided, { type: "replied", date: "2026-05-26" }).status).toMatchObject({
      kind: "closedOnTime",
    });
    const late = got(decided, { type: "replied", date: "2026-05-27" });
    expect(late.status).toMatchObject({ kind: "closedLate", deadline: "2026-05-26", lateBy: 1 });
    expect(codes(late.warnings)).toEqual(["REPLY_LATE"]);
  });

  it("a second extension, or one of 21 days, is refused", () => {
    expect(
      refusal(() =>
        got(ledger, { type: "extensionApproved", date: "2026-04-21", workingDays: 1, approver: "王强" }),
      ),
    ).toBe("CONFLICT");
    expect(
      refusal(() =>
        got(ledger.slice(0, 5), {
          type: "extensionApproved",
          date: "2026-04-20",
          workingDays: 21,
          approver: "王强",
        }),
      ),
    ).toBe("VALIDATION");
  });

  it("with the fee pause switched off (policy) only the consultation's 4 days pause: 4/20, then 5/20", () => {
    // Count without the fee pause: 3/17 1, 3/18 2, 3/25–3/27 3–5, 3/30–4/3 6–10, 4/7–4/10 11–14,
    // 4/13–17 15–19, 4/20 20 → 4/20; +20: 4/21–4/24 4, 4/27–30 8, 5/6–5/9 12, 5/11–15 17,
    // 5/18 18, 5/19 19, 5/20 20 → 5/20.
    const view = deriveClock(ledger, strict, { feePauseExcluded: false });
    expect(view.pausedWorkingDays).toBe(4);
    expect(view.statutoryDeadline?.date).toBe("2026-04-20");
    expect(view.replyDeadline?.date).toBe("2026-05-20");
  });
});

describe("case 8 — fee notice received on a Friday before holidays; never paid", () => {
  // Received Mon 9/7. Notice (按件, 31st this month → 200 元) sent Thu 9/17, received Fri 9/18.
  // Payment: 20 working days starting the day after receipt: Sun 9/20 1 (make-up), 9/21–9/24 2–5,
  // 9/25–27 off, 9/28–9/30 6–8, 10/1–7 off, 10/8 9, 10/9 10, Sat 10/10 11, 10/12–16 12–16,
  // 10/19–22 17–20 → limit Thu 10/22.
  // Reply: 9/8–9/11 1–4, 9/14–9/17 5–8, paused (9/17, 10/22], 10/23 9, 10/26–30 10–14,
  // 11/2–11/6 15–19, 11/9 20 → 11/9.
  const ledger: LedgerEvent[] = [
    { type: "received", date: "2026-09-07", channel: "inPerson" },
    {
      type: "feeNoticeSent",
      date: "2026-09-17",
      receivedOn: "2026-09-18",
      fee: { method: "perItem", nth: 31 },
    },
  ];

  it("limit 10/22, 200 元, reply deadline 11/9 while unpaid", () => {
    const view = derive(ledger);
    expect(view.fee?.amountFen).toBe(20_000);
    expect(view.fee?.paymentLimit).toEqual({ date: "2026-10-22", provisional: false });
    expect(view.replyDeadline?.date).toBe("2026-11-09");
  });

  it("abandonment is refused on 10/22 and recorded on 10/23 → 表三（六）2", () => {
    expect(refusal(() => got(ledger, { type: "abandoned", date: "2026-10-22", reason: "feeUnpaid" }))).toBe(
      "CONFLICT",
    );
    const view = got(ledger, { type: "abandoned", date: "2026-10-23", reason: "feeUnpaid" });
    expect(view.outcome).toBe("otherFeeUnpaid");
    expect(OUTCOME_INFO.otherFeeUnpaid.label).toBe(
      "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    );
  });

  it("a notice received Fri 2026-02-13 (before Spring Festival): Sat 2/14 is day 1, limit 3/19", () => {
    // Sat 2/14 1, 2/15–23 off, 2/24–2/27 2–5, Sat 2/28 6, 3/2–3/6 7–11, 3/9–13 12–16, 3/16–3/19 17–20.
    const view = derive([
      { type: "received", date: "2026-02-09", channel: "inPerson" },
      {
        type: "feeNoticeSent",
        date: "2026-02-12",
        receivedOn: "2026-02-13",
        fee: { method: "perPage", pages: 31 },
      },
    ]);
    expect(view.fee?.paymentLimit.date).toBe("2026-03-19");
    expect(view.fee?.amountFen).toBe(1_000);
  });
});

describe("case 9 — consulted party receives the request on a holiday; answer on a make-up Saturday", () => {
  // Received Mon 9/14: 9/15–9/18 1–4, Sun 9/20 5, 9/21–9/24 6–9 (sent Thu 9/24, delivered Sat 9/26,
  // a holiday). Window from 9/26: 9/28–9/30 1–3, 10/8 4, 10/9 5, Sat 10/10 6, 10/12–16 7–11,
  // 10/19–22 12–15 → 10/22. Answer Sat 10/10: paused (9/24, 10/10] = 9/28, 9/29, 9/30, 10/8, 10/9,
  // 10/10 = 6. Count resumes 10/12–16 10–14, 10/19–23 15–19, 10/26 20 → reply by 10/26.
  it("window 10/22, 6 paused days, reply by 10/26", () => {
    const view = derive([
      { type: "received", date: "2026-09-14", channel: "inPerson" },
      {
        type: "consultationSent",
        date: "2026-09-24",
        receivedOn: "2026-09-26",
        ref: "T",
        party: "thirdParty",
      },
      { type: "consultationAnswered", date: "2026-10-10", ref: "T", position: "consent" },
    ]);
    expect(view.consultations[0]?.windowEnd.date).toBe("2026-10-22");
    expect(view.pausedWorkingDays).toBe(6);
    expect(view.replyDeadline?.date).toBe("2026-10-26");
  });
});

describe("case 10 — 按件 (per applicant, calendar month) and 按量 (per application) fees", () => {
  it.each([
    // nth → 元: 1–10 free, 11–30 100, 31–40 200, 41–50 300.
    [10, 0],
    [11, 100],
    [30, 100],
    [31, 200],
    [40, 200],
    [41, 300],
  ])("按件: the applicant's %i-th application this month costs %i 元", (nth, yuan) => {
    expect(perItemFee(nth).totalFen).toBe(yuan * 100);
    expect(feeTotalFen({ method: "perItem", nth })).toBe(yuan * 100);
  });

  it.each([
    // pages → 元, progressive on the excess only:
    [30, 0], // free band only
    [31, 10], // 1 × 10
    [100, 700], // 70 × 10
    [101, 720], // 700 + 1 × 20
    [200, 2_700], // 700 + 100 × 20
    [201, 2_740], // 2,700 + 1 × 40
    [250, 4_700], // 2,700 + 50 × 40
  ])("按量: %i pages cost %i 元", (pages, yuan) => {
    const quote = perPageFee(pages);
    expect(quote.totalFen).toBe(yuan * 100);
    expect(quote.lines.reduce((sum, l) => sum + l.quantity, 0)).toBe(pages);
    expect(quoteFee({ method: "perPage", pages }).totalFen).toBe(yuan * 100);
  });

  it("a fee notice for a free application (10th item, 30 pages) is refused; one method per notice", () => {
    const start: LedgerEvent[] = [{ type: "received", date: "2026-03-02", channel: "inPerson" }];
    const notice = (fee: { method: "perItem"; nth: number } | { method: "perPage"; pages: number }) =>
      refusal(() => got(start, { type: "feeNoticeSent", date: "2026-03-05", fee }));
    expect(notice({ method: "perItem", nth: 10 })).toBe("VALIDATION");
    expect(notice({ method: "perPage", pages: 30 })).toBe("VALIDATION");
    expect(notice({ method: "perItem", nth: 11 })).toBeUndefined();
    // A second notice (e.g. the other method) on the same application is refused.
    const once = appendEvent(
      start,
      { type: "feeNoticeSent", date: "2026-03-05", fee: { method: "perItem", nth: 11 } },
      strict,
    ).ledger;
    expect(
      refusal(() =>
        got(once, { type: "feeNoticeSent", date: "2026-03-06", fee: { method: "perPage", pages: 50 } }),
      ),
    ).toBe("CONFLICT");
  });
});

describe("case 11 — a count reaching 2027 (no schedule loaded) is never certain", () => {
  // Received Mon 2026-12-07: 12/8–12/11 1–4, 12/14–18 5–9, 12/21–25 10–14, 12/28–31 15–18, then 2027.
  // Correction notice: 12/8–12/11, 12/14, 12/15, 12/16 → 12/16, certain.
  const ledger: LedgerEvent[] = [{ type: "received", date: "2026-12-07", channel: "inPerson" }];

  it("strict calendar: CALENDAR_MISSING naming 2027", () => {
    try {
      derive(ledger);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe("CALENDAR_MISSING");
      expect(isAppError(error) && error.details).toMatchObject({ year: 2027 });
    }
  });

  it("weekend fallback: 2027-01-04 marked provisional (1/1/2027 counted only by the weekend rule)", () => {
    // Weekdays only: Fri 1/1 19, Mon 1/4 20.
    const view = deriveClock(ledger, fallback);
    expect(view.replyDeadline).toEqual({ date: "2027-01-04", provisional: true });
    expect(view.correctionNoticeLimit).toEqual({ date: "2026-12-16", provisional: false });
    expect(view.provisional).toBe(true);
  });

  it("a December count that stays in 2026 is certain, even on the fallback calendar", () => {
    // Received Tue 12/1: 12/2–4 3, 12/7–11 8, 12/14–18 13, 12/21–25 18, 12/28 19, 12/29 20.
    const early: LedgerEvent[] = [{ type: "received", date: "2026-12-01", channel: "inPerson" }];
    expect(derive(early).replyDeadline).toEqual({ date: "2026-12-29", provisional: false });
    const view = deriveClock(early, fallback);
    expect(view.replyDeadline).toEqual({ date: "2026-12-29", provisional: false });
    expect(view.provisional).toBe(false);
    // A 5-day extension pushes it to 2027 (12/30, 12/31, then 1/1, 1/4, 1/5 by weekdays): provisional.
    const extended = deriveClock(
      [...early, { type: "extensionApproved", date: "2026-12-20", workingDays: 5, approver: "王强" }],
      fallback,
    );
    expect(extended.replyDeadline).toEqual({ date: "2027-01-05", provisional: true });
    expect(extended.statutoryDeadline).toEqual({ date: "2026-12-29", provisional: false });
  });

  it("a payment limit reaching 2027 is provisional too", () => {
    // Notice received Thu 12/10: 12/11 1, 12/14–18 6, 12/21–25 11, 12/28–31 15, 1/1 16, 1/4–1/7 20.
    const view = deriveClock(
      [
        { type: "received", date: "2026-12-01", channel: "inPerson" },
        { type: "feeNoticeSent", date: "2026-12-10", fee: { method: "perPage", pages: 40 } },
      ],
      fallback,
    );
    expect(view.fee?.paymentLimit).toEqual({ date: "2027-01-07", provisional: true });
    expect(view.replyDeadline?.provisional).toBe(true);
  });
});

describe("case 12 — 2025 schedule: National Day with two make-up days, Dragon Boat 5/31–6/2", () => {
  it("received Fri 2025-09-26: Sun 9/28 and Sat 10/11 count → notice by 10/13, reply by 10/30", () => {
    // Sun 9/28 1, 9/29 2, 9/30 3, 10/1–8 off, 10/9 4, 10/10 5, Sat 10/11 6, 10/13 7;
    // 10/14–17 8–11, 10/20–24 12–16, 10/27–30 17–20.
    const view = derive([{ type: "received", date: "2025-09-26", channel: "inPerson" }]);
    expect(view.correctionNoticeLimit.date).toBe("2025-10-13");
    expect(view.replyDeadline?.date).toBe("2025-10-30");
  });

  it("received Wed 2025-04-30: reply by Tue 6/3", () => {
    // 5/1–5 off, 5/6–9 1–4, 5/12–16 5–9, 5/19–23 10–14, 5/26–30 15–19, 5/31–6/2 off, 6/3 20.
    expect(derive([{ type: "received", date: "2025-04-30", channel: "inPerson" }]).replyDeadline?.date).toBe(
      "2025-06-03",
    );
  });
});

describe("case 13 — 第35条 longer deadline", () => {
  // Received Mon 3/2: statutory 3/30 (3/3–3/6 4, 3/9–13 9, 3/16–20 14, 3/23–27 19, 3/30 20).
  const start: LedgerEvent[] = [
    { type: "received", date: "2026-03-02", channel: "inPerson" },
    { type: "reasonsRequested", date: "2026-03-05" },
  ];

  it("a later deadline replaces the count; one not later than 3/30 is refused", () => {
    const view = got(start, { type: "longerDeadlineSet", date: "2026-03-16", deadline: "2026-05-29" });
    expect(view.statutoryDeadline?.date).toBe("2026-03-30");
    expect(view.replyDeadline?.date).toBe("2026-05-29");
    expect(
      refusal(() => got(start, { type: "longerDeadlineSet", date: "2026-03-16", deadline: "2026-03-30" })),
    ).toBe("VALIDATION");
    // Without asking for reasons first it is refused.
    expect(
      refusal(() =>
        got(start.slice(0, 1), { type: "longerDeadlineSet", date: "2026-03-16", deadline: "2026-05-29" }),
      ),
    ).toBe("CONFLICT");
  });
});

describe("case 14 — outcomes map to exactly one row of table 三", () => {
  it.each([
    ["disclosed", "（一）", "予以公开"],
    ["partiallyDisclosed", "（二）", "部分公开（区分处理的，只计这一情形，不计其他情形）"],
    ["refusedThirdParty", "4.", "保护第三方合法权益"],
    ["unableStillUnclear", "3.", "补正后申请内容仍不明确"],
    ["notProcessedMassRepeat", "4.", "无正当理由大量反复申请"],
    ["otherNoCorrection", "1.", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
    ["otherOther", "3.", "其他"],
  ] as const)("%s → %s %s", (outcome, number, label) => {
    const format = FORMATS["2021"];
    const row = format.applications.rows[applicationRowIndex(format, outcome)];
    expect(row?.number).toBe(number);
    expect(row?.label).toBe(label);
    expect(OUTCOME_INFO[outcome].label).toBe(label);
  });

  it("a withdrawal after a decision counts once, under （六）3, in the year it closed", () => {
    const view = derive([
      { type: "received", date: "2025-12-22", channel: "inPerson" },
      { type: "confidentialityReviewed", date: "2025-12-30", reviewer: "李明", conclusion: "releasable" },
      { type: "decided", date: "2026-01-05", outcome: "disclosed" },
      { type: "withdrawn", date: "2026-01-06" },
    ]);
    expect(view.outcome).toBe("otherOther");
    const record = {
      applicantType: "naturalPerson" as const,
      receivedOn: view.receivedOn,
      closedOn: view.closedOn,
      outcome: view.outcome,
    };
    const format = FORMATS["2021"];
    const t2025 = aggregateApplications([record], 2025);
    const t2026 = aggregateApplications([record], 2026);
    const total = 6;
    expect(t2025[applicationRowIndex(format, "new")]?.[total]).toBe(1);
    expect(t2025[applicationRowIndex(format, "carriedForward")]?.[total]).toBe(1);
    expect(t2026[applicationRowIndex(format, "carriedOver")]?.[total]).toBe(1);
    expect(t2026[applicationRowIndex(format, "otherOther")]?.[total]).toBe(1);
    expect(t2026[applicationRowIndex(format, "disclosed")]?.[total]).toBe(0);
  });
});
