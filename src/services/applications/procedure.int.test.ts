import { describe, expect, it } from "vitest";
import { forEachDialect } from "../../test-support/dialects.ts";
import type { Actor } from "../actor.ts";
import { listAudit } from "../audit/audit-log.ts";
import type { ServiceContext } from "../context.ts";
import { createSampleTree } from "../testing/sample-tree.ts";
import { counterInput, handClock, onlineInput } from "./application-samples.test-support.ts";
import { getApplication, getApplicationClock } from "./get-application.ts";
import { listApplications } from "./list-applications.ts";
import { submitCorrection } from "./public-correction.ts";
import { publicStatus } from "./public-status.ts";
import { confirmReceipt, recordStep } from "./record-step.ts";
import { registerApplication } from "./register-application.ts";
import { submitOnline } from "./submit-online.ts";

/*
 * The whole procedure on the 2026 schedule, every date counted by hand (day of receipt not counted):
 * - submitted online Mon 3/2, receipt confirmed Tue 3/3 → correction-notice limit 3/12 (7 working
 *   days: 3/4 3/5 3/6 3/9 3/10 3/11 3/12), reply due 3/31 (20: 3/4–3/6, 3/9–13, 16–20, 23–27, 30, 31);
 * - correction asked 3/5 with 10 working days → applicant's deadline 3/19 (3/6, 9–13, 16–19);
 * - corrected 3/10 → the clock restarts: 20 working days after 3/10 skip 清明 4/4–4/6 → 4/8;
 * - 20 more working days approved 4/1 → 40 after 3/10: 4/9 … 4/30 is 36, 劳动节 5/1–5/5 off,
 *   5/6 5/7 5/8, and Saturday 5/9 is a make-up working day → 5/9;
 * - reviewed 4/20, decided 4/28 (予以公开), replied 4/30 → closed 4/30.
 */
forEachDialect((getDb) => {
  const setup = async (prefix: string, day: string) => {
    const clock = handClock(day);
    const ctx = { db: getDb().db, clock: clock.now };
    const tree = await createSampleTree(ctx, prefix);
    return { ctx, clock, tree };
  };

  describe("the procedure on stored applications", () => {
    it("carries an online application from submission to reply with hand-counted dates", async () => {
      const { ctx, clock, tree } = await setup("proc1", "2026-03-02");
      const clerk = tree.as("clerk");
      const receipt = await submitOnline(ctx, onlineInput(tree.id(".k1")));
      expect(receipt.number).toMatch(/^2026-\d{4}-\d{4}-\d$/);
      expect(receipt.queryCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
      expect(receipt).toMatchObject({ agencyName: "甲市一县人民政府", submittedOn: "2026-03-02" });
      const credentials = { number: receipt.number, code: receipt.queryCode };

      const submitted = await publicStatus(ctx, credentials);
      expect(submitted).toMatchObject({
        phase: "submitted",
        receivedOn: null,
        replyDeadline: null,
        open: true,
      });
      const id = (await listIds(ctx, clerk))[0] as string;
      let app = await getApplication(ctx, clerk, id);
      expect(app).toMatchObject({ phase: "submitted", version: 1, receivedOn: null, clock: null });

      clock.set("2026-03-03");
      let step = await confirmReceipt(ctx, clerk, id, 1, "2026-03-03");
      expect(step.clock.receivedOn).toBe("2026-03-03");
      expect(step.clock.correctionNoticeLimit).toEqual({ date: "2026-03-12", provisional: false });
      expect(step.application).toMatchObject({ phase: "processing", replyDueOn: "2026-03-31", version: 2 });

      clock.set("2026-03-05");
      step = await recordStep(ctx, clerk, id, 2, {
        type: "correctionRequested",
        date: "2026-03-05",
        workingDays: 10,
        note: "请写明所需文件的年份与名称",
      });
      expect(step.clock.correction?.applicantDeadline).toEqual({ date: "2026-03-19", provisional: false });
      expect(step.application).toMatchObject({ phase: "awaitingCorrection", replyDueOn: null, version: 3 });
      const waiting = await publicStatus(ctx, credentials);
      expect(waiting.correction).toEqual({
        requestedOn: "2026-03-05",
        deadline: { date: "2026-03-19", provisional: false },
        canCorrect: true,
      });
      expect(JSON.stringify(waiting)).not.toContain("请写明所需文件的年份与名称");

      clock.set("2026-03-10T09:00:00.000Z");
      const corrected = await submitCorrection(ctx, {
        ...credentials,
        text: "2025年6月发布的农村公路维修工程招标公告",
      });
      expect(corrected).toMatchObject({
        phase: "processing",
        replyDeadline: { date: "2026-04-08", provisional: false },
      });

      clock.set("2026-04-01");
      step = await recordStep(ctx, clerk, id, 4, {
        type: "extensionApproved",
        date: "2026-04-01",
        workingDays: 20,
        approver: "李主任",
      });
      expect(step.clock.statutoryDeadline?.date).toBe("2026-04-08");
      expect(step.application.replyDueOn).toBe("2026-05-09");

      clock.set("2026-04-20");
      await recordStep(ctx, clerk, id, 5, {
        type: "confidentialityReviewed",
        date: "2026-04-20",
        reviewer: "保密员",
        conclusion: "releasable",
      });
      clock.set("2026-04-28");
      await recordStep(ctx, clerk, id, 6, { type: "decided", date: "2026-04-28", outcome: "disclosed" });
      clock.set("2026-04-30");
      step = await recordStep(ctx, clerk, id, 7, { type: "replied", date: "2026-04-30" });
      expect(step.application).toMatchObject({
        phase: "replied",
        open: false,
        closedOn: "2026-04-30",
        outcome: "disclosed",
        replyDueOn: "2026-05-09",
        version: 8,
      });
      expect(step.clock.status).toEqual({
        kind: "closedOnTime",
        closedOn: "2026-04-30",
        deadline: "2026-05-09",
        lateBy: 0,
      });

      app = await getApplication(ctx, clerk, id);
      expect(app.events.map((e) => [e.seq, e.event.type, e.source])).toEqual([
        [1, "received", "staff"],
        [2, "correctionRequested", "staff"],
        [3, "correctionReceived", "applicant"],
        [4, "extensionApproved", "staff"],
        [5, "confidentialityReviewed", "staff"],
        [6, "decided", "staff"],
        [7, "replied", "staff"],
      ]);
      expect(app.request.correctionText).toBe("2025年6月发布的农村公路维修工程招标公告");
      expect(app.events[0]?.recordedByName).toBe("clerk");

      const done = await publicStatus(ctx, credentials);
      expect(done.state).toBe("甲市一县人民政府已于 2026-04-30 答复，本申请已办结。");
      expect(done.decision).toMatchObject({
        outcome: "disclosed",
        label: "予以公开",
        repliedOn: "2026-04-30",
      });
      expect(done.timeline.map((t) => t.label)).toEqual([
        "收到申请",
        "告知补正",
        "收到补正",
        "延长答复期限",
        "作出答复决定",
        "答复申请人",
      ]);

      const explained = await getApplicationClock(ctx, clerk, id);
      const counted = explained.days.filter((d) => d.role === "counted");
      expect(counted).toHaveLength(40);
      expect(counted.at(-1)).toMatchObject({ date: "2026-05-09", reason: "makeup", segment: "extension" });

      const audit = await listAudit(ctx, clerk, { agencyId: tree.id(".k1"), entityId: id });
      expect(audit.map((a) => a.action).reverse()).toEqual(["create", ...Array(7).fill("step")]);
      expect(JSON.stringify(audit)).not.toContain("张三丰");
    });

    it("registers a counter application with its receipt date and a code printed once", async () => {
      const { ctx, tree } = await setup("proc2", "2026-02-13");
      const { application, queryCode } = await registerApplication(
        ctx,
        tree.as("clerk"),
        counterInput("2026-02-13"),
      );
      // 春节 2026: 2/15–2/23 off, Saturdays 2/14 and 2/28 work: 20 working days after 2/13 end on 3/19.
      expect(application).toMatchObject({
        agencyId: tree.id(".k1"),
        channel: "inPerson",
        arrivedOn: "2026-02-13",
        receivedOn: "2026-02-13",
        replyDueOn: "2026-03-19",
        dueProvisional: false,
        phase: "processing",
        version: 2,
        masked: false,
      });
      const status = await publicStatus(ctx, { number: application.number, code: queryCode });
      expect(status.applicantName).toBe("张**");
      expect(status.timeline).toEqual([
        { date: "2026-02-13", label: "收到申请", detail: "当面提交，此日为法定收到申请之日" },
      ]);
    });

    it("takes the legal receipt date from the channel's facts (第31条)", async () => {
      const { ctx, tree } = await setup("proc3", "2026-03-20");
      const clerk = tree.as("clerk");
      const cases = [
        [{ channel: "registeredMail", signedOn: "2026-03-16" }, "2026-03-16", "2026-03-16"],
        [
          { channel: "ordinaryLetter", arrivedOn: "2026-03-16", confirmedOn: "2026-03-17" },
          "2026-03-16",
          "2026-03-17",
        ],
        [
          { channel: "fax", submittedOn: "2026-03-13", confirmedOn: "2026-03-16" },
          "2026-03-13",
          "2026-03-16",
        ],
      ] as const;
      for (const [receipt, arrivedOn, receivedOn] of cases) {
        const { application } = await registerApplication(ctx, clerk, counterInput("x", { receipt }));
        expect([application.arrivedOn, application.receivedOn]).toEqual([arrivedOn, receivedOn]);
      }
    });
  });
});

async function listIds(ctx: ServiceContext, actor: Actor): Promise<string[]> {
  return (await listApplications(ctx, actor)).items.map((i) => i.id);
}
