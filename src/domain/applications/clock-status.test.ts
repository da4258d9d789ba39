import { describe, expect, it } from "vitest";
import { builtinWorkCalendar } from "../../calendar-data/chinese-days.ts";
import { describeStatus } from "./clock-status.ts";
import { deriveClock } from "./derive-clock.ts";
import type { LedgerEvent } from "./ledger-events.ts";

// Hand-counted on the 2026 schedule: received Mon 3/2, 20 working days end Mon 3/30; Qingming 4/4–4/6.
const calendar = builtinWorkCalendar();
const derive = (ledger: LedgerEvent[], at?: string) => deriveClock(ledger, calendar, undefined, at);
const received: LedgerEvent = { type: "received", date: "2026-03-02", channel: "online" };

describe("status on a given day", () => {
  const ledger: LedgerEvent[] = [received];
  it.each([
    ["2026-03-02", "onTime", 20],
    ["2026-03-20", "onTime", 6],
    ["2026-03-23", "dueSoon", 5],
    ["2026-03-30", "dueSoon", 0],
  ] as const)("on %s: %s, %i working days left", (at, kind, remaining) => {
    expect(derive(ledger, at).status).toMatchObject({ kind, remaining, deadline: "2026-03-30" });
  });

  it("overdue by working days, weekends not counted", () => {
    // (3/30, 4/7]: 3/31, 4/1, 4/2, 4/3, then Qingming 4/4–4/6, then 4/7.
    expect(derive(ledger, "2026-04-07").status).toMatchObject({ kind: "overdue", overdueBy: 5 });
    expect(derive(ledger, "2026-04-06").status).toMatchObject({ kind: "overdue", overdueBy: 4 });
  });

  it("closed on time or late, by the reply date", () => {
    const decided: LedgerEvent[] = [
      ...ledger,
      { type: "decided", date: "2026-03-20", outcome: "unableNotHeld" },
    ];
    expect(derive([...decided, { type: "replied", date: "2026-03-30" }]).status).toEqual({
      kind: "closedOnTime",
      closedOn: "2026-03-30",
      deadline: "2026-03-30",
      lateBy: 0,
    });
    const late = derive([...decided, { type: "replied", date: "2026-04-08" }]);
    expect(late.status).toMatchObject({ kind: "closedLate", lateBy: 6 });
    expect(late.warnings.map((w) => w.code)).toEqual(["REPLY_LATE"]);
    // Received Fri 3/6: 20 working days end Fri 4/3. A reply on Sat 4/4 (Qingming) is late, by no working day.
    const holiday = derive([
      { ...received, date: "2026-03-06" },
      { type: "decided", date: "2026-03-20", outcome: "unableNotHeld" },
      { type: "replied", date: "2026-04-04" },
    ]);
    expect(holiday.status).toMatchObject({ kind: "closedLate", deadline: "2026-04-03", lateBy: 0 });
    expect(holiday.warnings.map((w) => w.message)).toEqual([
      "答复晚于答复期限 2026-04-03，在期限后的休息日答复",
    ]);
    expect(holiday.status && describeStatus(holiday.status)).toBe(
      "已于 2026-04-04 办结，晚于答复期限 2026-04-03（在期限后的休息日答复）",
    );
  });

  it("leaves out events after the day asked about", () => {
    const full: LedgerEvent[] = [
      ...ledger,
      { type: "decided", date: "2026-03-20", outcome: "unableNotHeld" },
      { type: "replied", date: "2026-03-24" },
    ];
    const view = derive(full, "2026-03-23");
    expect(view.phase).toBe("decided");
    expect(view.repliedOn).toBeNull();
    expect(view.status).toMatchObject({ kind: "dueSoon", remaining: 5 });
    expect(view.asOf).toBe("2026-03-23");
  });
});

describe("the status in words", () => {
  it.each<[LedgerEvent[], string, string]>([
    [[received], "2026-03-23", "临近答复期限：答复期限 2026-03-30，尚余 5 个工作日"],
    [[received], "2026-03-30", "临近答复期限：答复期限 2026-03-30，今日到期"],
    [[received], "2026-04-07", "已超过答复期限 2026-03-30，逾期 5 个工作日"],
    [
      [received, { type: "correctionRequested", date: "2026-03-04", deadline: "2026-03-18" }],
      "2026-03-19",
      "补正期限 2026-03-18 已届满，申请人仍未补正，可视为放弃申请（表三（六）1）",
    ],
    [
      [received, { type: "consultationSent", date: "2026-03-10", ref: "A1", party: "agency" }],
      "2026-04-01",
      "有关行政机关（A1）逾期未提出意见，视为同意（第三十四条）",
    ],
  ])("%#: on %s", (ledger, at, words) => {
    const status = derive(ledger, at).status;
    expect(status && describeStatus(status)).toContain(words);
  });
});
