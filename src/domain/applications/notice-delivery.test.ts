import { describe, expect, it } from "vitest";
import { builtinWorkCalendar } from "../../calendar-data/chinese-days.ts";
import { AppError } from "../app-error.ts";
import { deriveClock } from "./derive-clock.ts";
import type { LedgerEvent } from "./ledger-events.ts";

// Hand-counted on the official 2026 schedule (4/4–4/6 清明 off); the day of receipt is not counted.
const calendar = builtinWorkCalendar();
const derive = (ledger: LedgerEvent[], at?: string) => deriveClock(ledger, calendar, undefined, at);
const received: LedgerEvent = { type: "received", date: "2026-03-02", channel: "online" };
const feeNotice: LedgerEvent = {
  type: "feeNoticeSent",
  date: "2026-03-17",
  fee: { method: "perPage", pages: 120 },
};
const delivered = (
  notice: "correctionRequested" | "feeNoticeSent" | "consultationSent",
  date: string,
  ref?: string,
) => ({ type: "noticeDelivered", date, notice, method: "post", ...(ref ? { ref } : {}) }) as LedgerEvent;

function refusal(ledger: LedgerEvent[]): AppError {
  try {
    derive(ledger);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("the ledger was accepted");
}

describe("delivery of the fee notice moves the payment limit (109号: 20 WD from the day after receipt)", () => {
  it("without a recorded receipt the limit counts from the notice day: 3/17 → 4/15", () => {
    const fee = derive([received, feeNotice]).fee;
    expect(fee).toMatchObject({ noticeReceivedOn: "2026-03-17", noticeReceiptRecorded: false });
    // 3/18–3/20 (3), 3/23–3/27 (8), 3/30–4/3 (13), 4/7–4/10 (17), 4/13–4/15 (20).
    expect(fee?.paymentLimit).toEqual({ date: "2026-04-15", provisional: false });
  });

  it("delivered by post on Fri 3/20 → 4/20, and the reply clock pauses until then", () => {
    const view = derive([received, feeNotice, delivered("feeNoticeSent", "2026-03-20")]);
    expect(view.fee).toMatchObject({ noticeReceivedOn: "2026-03-20", noticeReceiptRecorded: true });
    // 3/23–3/27 (5), 3/30–4/3 (10), 4/7–4/10 (14), 4/13–4/17 (19), 4/20 (20).
    expect(view.fee?.paymentLimit.date).toBe("2026-04-20");
    expect(view.pauses).toEqual([
      { kind: "fee", ref: "fee", after: "2026-03-17", through: "2026-04-20", open: true },
    ]);
  });

  it("is recorded after later steps and still applies from the day of delivery (3/18 → 4/16)", () => {
    const view = derive([
      received,
      feeNotice,
      { type: "feePaid", date: "2026-03-20" },
      delivered("feeNoticeSent", "2026-03-18"),
    ]);
    // 3/19 3/20 (2), 3/23–27 (7), 3/30–4/3 (12), 4/7–4/10 (16), 4/13–4/16 (20).
    expect(view.fee).toMatchObject({
      paymentLimit: { date: "2026-04-16" },
      paidOn: "2026-03-20",
      paidLate: false,
    });
  });

  it("a later delivery makes an abandonment before the new limit unlawful", () => {
    const abandoned: LedgerEvent = { type: "abandoned", date: "2026-04-16", reason: "feeUnpaid" };
    expect(derive([received, feeNotice, abandoned]).outcome).toBe("otherFeeUnpaid");
    const err = refusal([received, feeNotice, abandoned, delivered("feeNoticeSent", "2026-03-20")]);
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toContain("缴费期限 2026-04-20 尚未届满");
    const later: LedgerEvent = { type: "abandoned", date: "2026-04-21", reason: "feeUnpaid" };
    expect(derive([received, feeNotice, delivered("feeNoticeSent", "2026-03-20"), later]).phase).toBe(
      "abandoned",
    );
  });

  it("is left out as of a day before it", () => {
    const view = derive([received, feeNotice, delivered("feeNoticeSent", "2026-03-20")], "2026-03-19");
    expect(view.fee).toMatchObject({ noticeReceiptRecorded: false, paymentLimit: { date: "2026-04-15" } });
  });
});

describe("delivery of the correction notice moves a deadline set in working days (第30条)", () => {
  const asked = (over: Partial<LedgerEvent> = {}) =>
    ({ type: "correctionRequested", date: "2026-03-05", workingDays: 10, ...over }) as LedgerEvent;
  const start: LedgerEvent = { type: "received", date: "2026-03-03", channel: "inPerson" };

  it("10 working days from the notice day 3/5 → 3/19; delivered Mon 3/9 → 3/23", () => {
    expect(derive([start, asked()]).correction).toMatchObject({
      applicantDeadline: { date: "2026-03-19" },
      noticeReceivedOn: "2026-03-05",
      noticeReceiptRecorded: false,
    });
    // 3/10–3/13 (4), 3/16–3/20 (9), 3/23 (10).
    expect(derive([start, asked(), delivered("correctionRequested", "2026-03-09")]).correction).toMatchObject(
      {
        applicantDeadline: { date: "2026-03-23" },
        noticeReceivedOn: "2026-03-09",
        noticeReceiptRecorded: true,
      },
    );
  });

  it("a deadline written as a date stays where the notice put it", () => {
    const fixed = asked({ workingDays: undefined, deadline: "2026-03-20" } as Partial<LedgerEvent>);
    const view = derive([start, fixed, delivered("correctionRequested", "2026-03-09")]);
    expect(view.correction?.applicantDeadline.date).toBe("2026-03-20");
  });

  it("abandonment for no correction waits for the deadline counted from delivery", () => {
    const abandon: LedgerEvent = { type: "abandoned", date: "2026-03-20", reason: "noCorrection" };
    expect(derive([start, asked(), abandon]).phase).toBe("abandoned");
    const err = refusal([start, asked(), delivered("correctionRequested", "2026-03-09"), abandon]);
    expect(err.message).toContain("补正期限 2026-03-23 尚未届满");
  });
});

describe("delivery of a consultation moves the consulted party's window (第32条, 第34条)", () => {
  const sent: LedgerEvent = {
    type: "consultationSent",
    date: "2026-03-04",
    ref: "C1",
    party: "thirdParty",
    name: "某建设公司",
  };

  it("15 working days after sending 3/4 → 3/25; after delivery on 3/6 → 3/27", () => {
    expect(derive([received, sent]).consultations[0]).toMatchObject({
      windowEnd: { date: "2026-03-25" },
      deliveryRecorded: false,
    });
    // 3/9–3/13 (5), 3/16–3/20 (10), 3/23–3/27 (15).
    const view = derive([received, sent, delivered("consultationSent", "2026-03-06", "C1")]);
    expect(view.consultations[0]).toMatchObject({
      deliveredOn: "2026-03-06",
      deliveryRecorded: true,
      windowEnd: { date: "2026-03-27" },
    });
  });
});

describe("refused deliveries", () => {
  it.each([
    [
      "no such notice",
      [received, delivered("feeNoticeSent", "2026-03-20")],
      "CONFLICT",
      "没有可送达的收费通知书",
    ],
    [
      "a consultation ref that does not exist",
      [
        received,
        { type: "consultationSent", date: "2026-03-04", ref: "C1", party: "agency" },
        delivered("consultationSent", "2026-03-06", "C2"),
      ],
      "CONFLICT",
      "没有可送达的征求意见书（C2）",
    ],
    [
      "delivered before it was sent",
      [received, feeNotice, delivered("feeNoticeSent", "2026-03-16")],
      "VALIDATION",
      "送达日期不能早于收费通知书的发出日期 2026-03-17",
    ],
    [
      "delivered twice",
      [
        received,
        feeNotice,
        delivered("feeNoticeSent", "2026-03-18"),
        delivered("feeNoticeSent", "2026-03-19"),
      ],
      "CONFLICT",
      "收费通知书已于 2026-03-18 送达",
    ],
    [
      "a notice whose receipt was recorded with it",
      [
        received,
        { ...feeNotice, receivedOn: "2026-03-18" } as LedgerEvent,
        delivered("feeNoticeSent", "2026-03-19"),
      ],
      "CONFLICT",
      "收费通知书已登记收到日期 2026-03-18",
    ],
  ] as [string, LedgerEvent[], string, string][])("%s", (_name, ledger, code, message) => {
    const err = refusal(ledger);
    expect(err.code).toBe(code);
    expect(err.message).toContain(message);
    expect(err.message).toContain("告知书送达");
  });
});
