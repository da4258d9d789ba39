import { expect, it } from "vitest";
import {
  APPLICANT_TYPES,
  type ApplicationRecord,
  aggregateApplications,
  deriveClock,
  type LedgerEvent,
} from "../../domain/applications/index.ts";
import { FORMATS } from "../../domain/report/format/index.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import type { ServiceContext } from "../context.ts";
import { createSampleTree } from "../testing/sample-tree.ts";
import { COMPANY, counterInput, handClock, onlineInput } from "./application-samples.test-support.ts";
import { applicationCalendar } from "./calendar-in-force.ts";
import { readLedger } from "./ledger-store.ts";
import { confirmReceipt, recordStep } from "./record-step.ts";
import { registerApplication } from "./register-application.ts";
import { submitOnline } from "./submit-online.ts";
import { openApplicationsAtYearEnd } from "./year-end.ts";

const rows = FORMATS["2021"].applications.rows;
const rowOf = (key: string) => rows.findIndex((r) => r.key === key);

/** One application's path: received (at the counter) on a day, then dated steps. */
type Path = [receivedOn: string, company: boolean, steps: LedgerEvent[]];

const PATHS: Path[] = [
  // Closed in 2025: not carried.
  [
    "2025-11-03",
    false,
    [
      { type: "decided", date: "2025-11-20", outcome: "unableNotHeld" },
      { type: "replied", date: "2025-11-21" },
    ],
  ],
  // Decided in 2025, the reply sent in 2026: open on 31 December.
  [
    "2025-12-01",
    true,
    [
      { type: "decided", date: "2025-12-29", outcome: "notProcessedRepeat" },
      { type: "replied", date: "2026-01-05" },
    ],
  ],
  // Waiting for a correction over the new year, then abandoned.
  [
    "2025-12-15",
    false,
    [
      { type: "correctionRequested", date: "2025-12-16", deadline: "2026-01-09" },
      { type: "abandoned", date: "2026-01-12", reason: "noCorrection" },
    ],
  ],
  // Received and withdrawn on 31 December: closed by the year's end.
  ["2025-12-31", true, [{ type: "withdrawn", date: "2025-12-31" }]],
  // Received on 31 December, still open.
  ["2025-12-31", false, []],
  // Received in 2026.
  ["2026-01-05", true, []],
];

forEachDialect((getDb) => {
  it("carries over exactly what table 三 carries forward, and next year's table carries over", async () => {
    const clock = handClock("2025-12-30");
    const ctx: ServiceContext = { db: getDb().db, clock: clock.now };
    const tree = await createSampleTree(ctx, "ye1");
    const clerk = tree.as("clerk");
    // Submitted online on 12/30 but confirmed only on 1/4: its legal receipt date is in 2026.
    await submitOnline(ctx, onlineInput(tree.id(".k1")));
    clock.set("2026-02-02");
    const online = (
      await ctx.db.selectFrom("applications").select("id").where("agency_id", "=", tree.id(".k1")).execute()
    )[0];
    await confirmReceipt(ctx, clerk, online?.id ?? "", 1, "2026-01-04");

    const expectedOpen: string[] = [];
    for (const [receivedOn, company, steps] of PATHS) {
      const input = counterInput(receivedOn, company ? { applicant: COMPANY, delivery: "post" } : {});
      const { application } = await registerApplication(ctx, clerk, input);
      let version = application.version;
      for (const step of steps)
        version = (await recordStep(ctx, clerk, application.id, version, step)).application.version;
      const closed = steps.find((s) => ["replied", "withdrawn", "abandoned"].includes(s.type))?.date;
      if (receivedOn <= "2025-12-31" && (closed === undefined || closed > "2025-12-31"))
        expectedOpen.push(application.id);
    }

    const carried = await openApplicationsAtYearEnd(ctx, clerk, tree.id(".k1"), 2025);
    expect(carried.items.map((i) => i.id).sort()).toEqual([...expectedOpen].sort());
    expect(carried.total).toBe(3);

    // Table 三 from the ledgers themselves (not from the derived columns the list reads).
    const calendar = await applicationCalendar(ctx.db);
    const records: ApplicationRecord[] = [];
    const all = await ctx.db
      .selectFrom("applications")
      .select(["id", "applicant_type"])
      .where("agency_id", "=", tree.id(".k1"))
      .execute();
    for (const app of all) {
      const view = deriveClock(
        (await readLedger(ctx.db, app.id)).map((e) => e.event),
        calendar,
      );
      records.push({
        applicantType: app.applicant_type as ApplicationRecord["applicantType"],
        receivedOn: view.receivedOn,
        closedOn: view.closedOn,
        outcome: view.outcome,
      });
    }
    const forward2025 = aggregateApplications(records, 2025)[rowOf("carriedForward")];
    const over2026 = aggregateApplications(records, 2026)[rowOf("carriedOver")];
    const byColumn = [...APPLICANT_TYPES.map((t) => carried.byApplicantType[t]), carried.total];
    expect(forward2025).toEqual(byColumn);
    expect(over2026).toEqual(byColumn);
    expect(byColumn).toEqual([2, 1, 0, 0, 0, 0, 3]);
  });
});
