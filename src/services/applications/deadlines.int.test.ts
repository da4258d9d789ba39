import { describe, expect, it } from "vitest";
import sample2027 from "../../domain/calendar/test-data/2027-sample.json" with { type: "json" };
import { forEachDialect } from "../../test-support/dialects.ts";
import { systemActor } from "../actor.ts";
import { loadCalendarYear } from "../calendar/calendar-years.ts";
import type { ServiceContext } from "../context.ts";
import { createSampleTree } from "../testing/sample-tree.ts";
import { counterInput, handClock } from "./application-samples.test-support.ts";
import { getApplication } from "./get-application.ts";
import { listApplications } from "./list-applications.ts";
import { publicStatus } from "./public-status.ts";
import { recordStep } from "./record-step.ts";
import { refreshDeadlines } from "./refresh-deadlines.ts";
import { registerApplication } from "./register-application.ts";

/*
 * Received Thu 2026-12-10: 20 working days are 12/11, 12/14–18, 12/21–25, 12/28–31 (15), then 2027.
 * Without a 2027 schedule the weekend rule counts Fri 1/1 as a working day: 1/1, 1/4, 1/5, 1/6, 1/7
 * → 2027-01-07, provisional. With the (sample) 2027 schedule, 1/1–1/3 are 元旦 → 1/4 … 1/8 → 2027-01-08.
 */
forEachDialect((getDb) => {
  const setup = async (prefix: string) => {
    const clock = handClock("2026-12-10");
    const ctx: ServiceContext = { db: getDb().db, clock: clock.now };
    const tree = await createSampleTree(ctx, prefix);
    const clerk = tree.as("clerk");
    const late = await registerApplication(ctx, clerk, counterInput("2026-12-10"));
    const early = await registerApplication(ctx, clerk, counterInput("2026-12-01"));
    return { ctx, tree, clerk, late, early };
  };

  describe("deadlines in a year without an official schedule", () => {
    it("are provisional everywhere they appear until the year is loaded, then exact", async () => {
      const { ctx, clerk, late, early } = await setup("dl1");
      // 12/1: 12/2–4, 12/7–11, 14–18, 21–25, 28, 29 → 12/29, all in 2026: exact.
      expect([early.application.replyDueOn, early.application.dueProvisional]).toEqual(["2026-12-29", false]);
      expect([late.application.replyDueOn, late.application.dueProvisional]).toEqual(["2027-01-07", true]);

      const detail = await getApplication(ctx, clerk, late.application.id);
      expect(detail.clock?.replyDeadline).toEqual({ date: "2027-01-07", provisional: true });
      expect(detail.clock?.provisional).toBe(true);
      const listed = (await listApplications(ctx, clerk)).items.find((i) => i.id === late.application.id);
      expect(listed).toMatchObject({ replyDueOn: "2027-01-07", dueProvisional: true });
      const credentials = { number: late.application.number, code: late.queryCode };
      const shown = await publicStatus(ctx, credentials);
      expect(shown.replyDeadline).toMatchObject({ date: "2027-01-07", provisional: true });
      expect(shown.replyDeadline?.note).toContain("尚未公布法定节假日安排");
      expect(shown.state).toContain("答复期限为 2027-01-07（暂定）");

      await loadCalendarYear(ctx, systemActor("test"), sample2027);

      const after = await getApplication(ctx, clerk, late.application.id);
      expect(after).toMatchObject({
        replyDueOn: "2027-01-08",
        dueProvisional: false,
        version: late.application.version,
      });
      expect(after.clock?.replyDeadline).toEqual({ date: "2027-01-08", provisional: false });
      expect((await publicStatus(ctx, credentials)).replyDeadline).toEqual({
        date: "2027-01-08",
        provisional: false,
        note: null,
      });
      const untouched = await getApplication(ctx, clerk, early.application.id);
      expect(untouched).toMatchObject({ replyDueOn: "2026-12-29", dueProvisional: false });
      // The next step derives with the loaded year too.
      const step = await recordStep(ctx, clerk, late.application.id, after.version, {
        type: "extensionApproved",
        date: "2026-12-10",
        workingDays: 1,
        approver: "李主任",
      });
      expect(step.application).toMatchObject({ replyDueOn: "2027-01-11", dueProvisional: false });
    });
  });
});

forEachDialect((getDb) => {
  it("refreshDeadlines picks up a year another process stored, and leaves the rest alone", async () => {
    const clock = handClock("2026-12-10");
    const ctx: ServiceContext = { db: getDb().db, clock: clock.now };
    const tree = await createSampleTree(ctx, "dl2");
    const { application } = await registerApplication(ctx, tree.as("clerk"), counterInput("2026-12-10"));
    expect(await refreshDeadlines(ctx)).toEqual({ checked: 1, updated: 0 });
    await ctx.db
      .insertInto("calendar_years")
      .values({
        year: 2027,
        source: sample2027.source,
        rest_days: JSON.stringify(sample2027.restDays),
        work_days: JSON.stringify(sample2027.workDays),
        loaded_at: "2026-12-10T03:00:00.000Z",
        loaded_by: null,
      })
      .execute();
    expect(await refreshDeadlines(ctx)).toEqual({ checked: 1, updated: 1 });
    const row = await ctx.db
      .selectFrom("applications")
      .select(["reply_due_on", "due_provisional", "due_sort", "version"])
      .where("id", "=", application.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      reply_due_on: "2027-01-08",
      due_provisional: 0,
      due_sort: "2027-01-08",
      version: 2,
    });
    expect(await refreshDeadlines(ctx)).toEqual({ checked: 0, updated: 0 });
  });
});
