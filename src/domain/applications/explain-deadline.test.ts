import { describe, expect, it } from "vitest";
import { builtinWorkCalendar } from "../../calendar-data/chinese-days.ts";
import { deriveClock } from "./derive-clock.ts";
import { explainReplyDeadline } from "./explain-deadline.ts";
import type { LedgerEvent } from "./ledger-events.ts";

const calendar = builtinWorkCalendar();
const explain = (ledger: LedgerEvent[]) => explainReplyDeadline(deriveClock(ledger, calendar), calendar);

describe("the reply deadline day by day", () => {
  it("received Fri 2026-02-13: make-up Saturdays count, Spring Festival is skipped", () => {
    const days = explain([{ type: "received", date: "2026-02-13", channel: "online" }]);
    expect(days[0]).toMatchObject({ date: "2026-02-14", role: "counted", count: 1, reason: "makeup" });
    const festival = days.filter((d) => d.date >= "2026-02-15" && d.date <= "2026-02-23");
    expect(festival.map((d) => d.role)).toEqual(Array(9).fill("notWorking"));
    expect(festival.find((d) => d.date === "2026-02-17")).toMatchObject({ reason: "holiday", name: "春节" });
    expect(days.find((d) => d.date === "2026-02-28")).toMatchObject({
      role: "counted",
      count: 6,
      reason: "makeup",
    });
    expect(days.at(-1)).toMatchObject({ date: "2026-03-19", count: 20, segment: "statutory" });
    expect(days.filter((d) => d.role === "counted")).toHaveLength(20);
  });

  it("names the pause of each paused working day, and the extension days", () => {
    const days = explain([
      { type: "received", date: "2026-03-02", channel: "online" },
      { type: "consultationSent", date: "2026-03-10", ref: "C1", party: "thirdParty" },
      { type: "consultationAnswered", date: "2026-03-13", ref: "C1" },
      { type: "extensionApproved", date: "2026-03-31", workingDays: 2, approver: "张主任" },
    ]);
    expect(days.filter((d) => d.role === "paused").map((d) => [d.date, d.pausedBy])).toEqual([
      ["2026-03-11", ["C1"]],
      ["2026-03-12", ["C1"]],
      ["2026-03-13", ["C1"]],
    ]);
    // 3/30 + 3 paused → 4/2 is day 20; extension days 21, 22 are 4/3 and (after Qingming) 4/7.
    expect(days.filter((d) => d.segment === "extension").map((d) => d.date)).toEqual([
      "2026-04-03",
      "2026-04-07",
    ]);
    expect(days.find((d) => d.date === "2026-04-06")).toMatchObject({
      role: "notWorking",
      reason: "holiday",
    });
  });

  it("is empty while waiting for a correction", () => {
    expect(
      explain([
        { type: "received", date: "2026-03-02", channel: "online" },
        { type: "correctionRequested", date: "2026-03-03", workingDays: 5 },
      ]),
    ).toEqual([]);
  });
});
