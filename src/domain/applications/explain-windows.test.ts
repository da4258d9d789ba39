import { describe, expect, it } from "vitest";
import { builtinWorkCalendar } from "../../calendar-data/chinese-days.ts";
import { deriveClock } from "./derive-clock.ts";
import { explainWindows } from "./explain-windows.ts";
import type { LedgerEvent } from "./ledger-events.ts";

const calendar = builtinWorkCalendar();
const received: LedgerEvent = { type: "received", date: "2026-09-28", channel: "inPerson" };
const windows = (...events: LedgerEvent[]) =>
  explainWindows(deriveClock([received, ...events], calendar), calendar);

describe("the other limits day by day", () => {
  it("counts the 7 working days to ask for a correction across the National Day holiday", () => {
    const [notice] = windows();
    expect(notice?.key).toBe("correctionNotice");
    // 1–7 October are the holiday; Saturday 10 October is a make-up working day.
    expect(notice?.days.filter((d) => d.role === "counted").map((d) => d.date)).toEqual([
      "2026-09-29",
      "2026-09-30",
      "2026-10-08",
      "2026-10-09",
      "2026-10-10",
      "2026-10-12",
      "2026-10-13",
    ]);
    expect(notice?.to).toBe("2026-10-13");
    expect(notice?.days.find((d) => d.date === "2026-10-10")).toMatchObject({
      role: "counted",
      reason: "makeup",
    });
    expect(notice?.days.find((d) => d.date === "2026-10-01")).toMatchObject({
      role: "notWorking",
      reason: "holiday",
    });
  });

  it("explains the applicant's correction deadline, each consultation window and the payment limit", () => {
    const asked = windows({ type: "correctionRequested", date: "2026-09-29", workingDays: 5 });
    expect(asked.map((w) => w.key)).toEqual(["correction"]);
    expect(asked[0]?.days.at(-1)).toMatchObject({ date: asked[0]?.to, role: "counted", count: 5 });

    const busy = windows(
      { type: "consultationSent", date: "2026-09-29", ref: "Z1", party: "thirdParty" },
      { type: "feeNoticeSent", date: "2026-09-29", fee: { method: "perPage", pages: 200 } },
    );
    expect(busy.map((w) => w.key)).toEqual(["correctionNotice", "consultation:Z1", "payment"]);
    expect(busy[1]?.days.filter((d) => d.role === "counted")).toHaveLength(15);
    expect(busy[2]?.days.filter((d) => d.role === "counted")).toHaveLength(20);
  });
});
