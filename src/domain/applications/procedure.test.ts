import { describe, expect, it } from "vitest";
import { builtinWorkCalendar } from "../../calendar-data/chinese-days.ts";
import { AppError } from "../app-error.ts";
import { appendEvent } from "./append-event.ts";
import { deriveClock } from "./derive-clock.ts";
import { type LedgerEvent, parseLedger } from "./ledger-events.ts";

const calendar = builtinWorkCalendar();
const start: LedgerEvent[] = [{ type: "received", date: "2026-03-02", channel: "online" }];
const review: LedgerEvent = {
  type: "confidentialityReviewed",
  date: "2026-03-09",
  reviewer: "李审",
  conclusion: "releasable",
};

/** Derives the ledger and returns the refusal, failing the test if there is none. */
function refusal(ledger: LedgerEvent[]): AppError {
  try {
    deriveClock(ledger, calendar);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected the ledger to be refused");
}

describe("illegal steps are refused with a reason in Chinese", () => {
  it.each<[string, LedgerEvent[], string, RegExp]>([
    [
      "a second extension",
      [
        ...start,
        { type: "extensionApproved", date: "2026-03-20", workingDays: 10, approver: "张主任" },
        { type: "extensionApproved", date: "2026-03-27", workingDays: 10, approver: "张主任" },
      ],
      "CONFLICT",
      /只能延长一次.*2026-03-20/,
    ],
    [
      "an extension of 25 working days",
      [...start, { type: "extensionApproved", date: "2026-03-20", workingDays: 25, approver: "张主任" }],
      "VALIDATION",
      /最长不得超过 20 个工作日.*25/,
    ],
    [
      "a decision on a withdrawn application",
      [
        ...start,
        { type: "withdrawn", date: "2026-03-05" },
        { type: "decided", date: "2026-03-06", outcome: "unableNotHeld" },
      ],
      "CONFLICT",
      /已于 2026-03-05 撤回申请/,
    ],
    [
      "a second correction request",
      [
        ...start,
        { type: "correctionRequested", date: "2026-03-03", workingDays: 5 },
        { type: "correctionReceived", date: "2026-03-06" },
        { type: "correctionRequested", date: "2026-03-09", workingDays: 5 },
      ],
      "CONFLICT",
      /补正只能一次性告知/,
    ],
    [
      "a disclosure without confidentiality review",
      [...start, { type: "decided", date: "2026-03-10", outcome: "disclosed" }],
      "CONFLICT",
      /保密审查/,
    ],
    [
      "a partial disclosure without confidentiality review",
      [...start, { type: "decided", date: "2026-03-10", outcome: "partiallyDisclosed" }],
      "CONFLICT",
      /保密审查/,
    ],
    [
      "a disclosure the review found not releasable",
      [
        ...start,
        { ...review, conclusion: "notReleasable" } as LedgerEvent,
        { type: "decided", date: "2026-03-10", outcome: "disclosed" },
      ],
      "CONFLICT",
      /不得公开/,
    ],
    [
      "a reply before any decision",
      [...start, { type: "replied", date: "2026-03-10" }],
      "CONFLICT",
      /尚未作出答复决定/,
    ],
    [
      "a second decision",
      [
        ...start,
        { type: "decided", date: "2026-03-10", outcome: "unableNotHeld" },
        { type: "decided", date: "2026-03-11", outcome: "notProcessedRepeat" },
      ],
      "CONFLICT",
      /一件申请只有一个办理结果/,
    ],
    [
      "a decision while waiting for the correction",
      [
        ...start,
        { type: "correctionRequested", date: "2026-03-03", workingDays: 5 },
        { type: "decided", date: "2026-03-04", outcome: "unableNotHeld" },
      ],
      "CONFLICT",
      /尚未补正/,
    ],
    [
      "abandonment before the correction deadline",
      [
        ...start,
        { type: "correctionRequested", date: "2026-03-03", workingDays: 5 },
        { type: "abandoned", date: "2026-03-10", reason: "noCorrection" },
      ],
      "CONFLICT",
      /补正期限 2026-03-10 尚未届满/,
    ],
    [
      "abandonment for a fee never asked",
      [...start, { type: "abandoned", date: "2026-04-10", reason: "feeUnpaid" }],
      "CONFLICT",
      /没有未缴纳的收费通知/,
    ],
    [
      "a fee notice for a free application",
      [...start, { type: "feeNoticeSent", date: "2026-03-05", fee: { method: "perItem", nth: 10 } }],
      "VALIDATION",
      /不收费/,
    ],
    [
      "a 第35条 deadline without asking for reasons",
      [...start, { type: "longerDeadlineSet", date: "2026-03-10", deadline: "2026-05-29" }],
      "CONFLICT",
      /说明理由/,
    ],
    [
      "a 第35条 deadline that is not longer",
      [
        ...start,
        { type: "reasonsRequested", date: "2026-03-03" },
        { type: "longerDeadlineSet", date: "2026-03-10", deadline: "2026-03-27" },
      ],
      "VALIDATION",
      /应晚于现行答复期限/,
    ],
    [
      "an answer to a consultation never sent",
      [...start, { type: "consultationAnswered", date: "2026-03-10", ref: "X" }],
      "CONFLICT",
      /没有编号为“X”的征求意见/,
    ],
    [
      "archiving an open application",
      [...start, { type: "archived", date: "2026-03-10" }],
      "CONFLICT",
      /办理中/,
    ],
    [
      "an event dated before the one before it",
      [...start, { type: "reasonsRequested", date: "2026-03-01" }],
      "VALIDATION",
      /按日期先后/,
    ],
    [
      "a ledger that does not start with the receipt",
      [{ type: "decided", date: "2026-03-10", outcome: "unableNotHeld" }],
      "VALIDATION",
      /第一个事件应为“收到申请”/,
    ],
    [
      "'still unclear after correction' without a correction",
      [...start, { type: "decided", date: "2026-03-10", outcome: "unableStillUnclear" }],
      "CONFLICT",
      /补正之后/,
    ],
  ])("%s", (_, ledger, code, message) => {
    const error = refusal(ledger);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.details.index).toBe(ledger.length - 1);
  });
});

describe("legal paths", () => {
  it("registration → consultation → review → fee → decision → reply → archive", () => {
    const ledger: LedgerEvent[] = [
      ...start,
      { type: "consultationSent", date: "2026-03-04", ref: "C1", party: "thirdParty" },
      { type: "consultationAnswered", date: "2026-03-06", ref: "C1", position: "consent" },
      review,
      { type: "feeNoticeSent", date: "2026-03-10", fee: { method: "perItem", nth: 12 } },
      { type: "feePaid", date: "2026-03-11" },
      { type: "decided", date: "2026-03-12", outcome: "partiallyDisclosed" },
      { type: "replied", date: "2026-03-12" },
      { type: "archived", date: "2026-03-16" },
    ];
    const view = deriveClock(ledger, calendar);
    expect(view.phase).toBe("archived");
    expect(view.outcome).toBe("partiallyDisclosed");
    expect(view.closedOn).toBe("2026-03-12");
    expect(view.status?.kind).toBe("closedOnTime");
    expect(view.warnings).toEqual([]);
    expect(view.fee?.amountFen).toBe(100_00);
  });

  it("withdrawal counts as （六）3 其他", () => {
    const view = deriveClock([...start, { type: "withdrawn", date: "2026-03-05" }], calendar);
    expect(view.outcome).toBe("otherOther");
    expect(view.phase).toBe("withdrawn");
  });

  it("flags a disclosure over a third party's objection", () => {
    const view = deriveClock(
      [
        ...start,
        { type: "consultationSent", date: "2026-03-03", ref: "T", party: "thirdParty" },
        { type: "consultationAnswered", date: "2026-03-05", ref: "T", position: "objection" },
        review,
        { type: "decided", date: "2026-03-10", outcome: "disclosed" },
      ],
      calendar,
    );
    expect(view.warnings.map((w) => w.code)).toEqual(["THIRD_PARTY_OBJECTION_OVERRIDDEN"]);
  });

  it("flags a late extension, a late fee notice and an ordinary letter confirmed late", () => {
    const view = deriveClock(
      [
        { type: "received", date: "2026-03-04", arrivedOn: "2026-03-02", channel: "ordinaryLetter" },
        { type: "feeNoticeSent", date: "2026-04-02", fee: { method: "perPage", pages: 31 } },
        { type: "feePaid", date: "2026-04-03" },
        { type: "extensionApproved", date: "2026-04-08", workingDays: 5, approver: "张主任" },
      ],
      calendar,
    );
    expect(view.warnings.map((w) => w.code)).toEqual([
      "RECEIPT_CONFIRMED_LATE",
      "FEE_NOTICE_LATE",
      "EXTENSION_LATE",
    ]);
    expect(view.extension?.late).toBe(true);
  });

  it("appendEvent returns a new ledger and refuses without touching the old one", () => {
    const { ledger, view } = appendEvent(start, { type: "withdrawn", date: "2026-03-05" }, calendar);
    expect(ledger).toHaveLength(2);
    expect(start).toHaveLength(1);
    expect(view.phase).toBe("withdrawn");
    expect(() =>
      appendEvent(ledger, { type: "decided", date: "2026-03-06", outcome: "disclosed" }, calendar),
    ).toThrow(/撤回/);
    expect(ledger).toHaveLength(2);
  });
});

describe("the JSON form", () => {
  it("round-trips through JSON", () => {
    const ledger: LedgerEvent[] = [
      ...start,
      { type: "correctionRequested", date: "2026-03-03", workingDays: 5, note: "缺少文号" },
      { type: "feeNoticeSent", date: "2026-03-05", fee: { method: "perPage", pages: 120 } },
    ];
    expect(parseLedger(JSON.parse(JSON.stringify(ledger)))).toEqual(ledger);
  });

  it("reports every problem with its path, in Chinese", () => {
    try {
      parseLedger([
        { type: "received", date: "2026-02-30", channel: "online" },
        { type: "extensionApproved", date: "2026-03-05", workingDays: 10, approver: "  " },
        { type: "launched", date: "2026-03-05" },
      ]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      const error = e as AppError;
      expect(error.code).toBe("VALIDATION");
      expect(error.message).toMatch(/^台账格式有误：第 1 个事件：日期无效/);
      expect(error.details.issues?.map((i) => i.path)).toEqual([
        [0, "date"],
        [1, "approver"],
        [2, "type"],
      ]);
    }
  });
});
