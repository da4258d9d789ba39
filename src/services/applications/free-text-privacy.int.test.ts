import { describe, expect, it } from "vitest";
import { forEachDialect } from "../../test-support/dialects.ts";
import { searchAudit } from "../audit/audit-search.ts";
import { createSampleTree } from "../testing/sample-tree.ts";
import { counterInput, handClock } from "./application-samples.test-support.ts";
import { addAttachment } from "./attachments.ts";
import { getApplication, getApplicationClock } from "./get-application.ts";
import { recordStep } from "./record-step.ts";
import { registerApplication } from "./register-application.ts";

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");

/*
 * Free text can name a person: a step's note ("申请人张三来电"), the consulted third party
 * ("李四"), an attachment's file name ("张三身份证.pdf"). The handling agency sees them; the
 * supervisor above sees the steps, dates and files, not those words — on the application and in
 * the audit log alike.
 */
forEachDialect((getDb) => {
  describe("free text outside the handling agency", () => {
    it("keeps notes, consulted names and file names from the supervisor, on the application and in the audit log", async () => {
      const clock = handClock("2026-03-05");
      const ctx = { db: getDb().db, clock: clock.now };
      const tree = await createSampleTree(ctx, "ftp1");
      const clerk = tree.as("clerk");
      const { application } = await registerApplication(ctx, clerk, counterInput("2026-03-02"));
      const consulted = await recordStep(ctx, clerk, application.id, application.version, {
        type: "consultationSent",
        date: "2026-03-04",
        ref: "征1",
        party: "thirdParty",
        name: "李四",
        note: "申请人张三来电询问进度",
      });
      await addAttachment(
        ctx,
        clerk,
        application.id,
        { filename: "张三身份证.pdf", bytes: PDF },
        "张三的证件",
      );
      expect(consulted.application.version).toBeGreaterThan(application.version);

      const own = await getApplication(ctx, clerk, application.id);
      expect(own.events[1]?.event).toMatchObject({ name: "李四", note: "申请人张三来电询问进度" });
      expect(own.clock?.consultations[0]?.name).toBe("李四");

      const supervisor = tree.as("super");
      const seen = await getApplication(ctx, supervisor, application.id);
      expect(seen.events.map((e) => e.event.type)).toEqual(["received", "consultationSent"]);
      expect(JSON.stringify(seen)).not.toMatch(/张三|李四/);
      expect(seen.clock?.consultations[0]).toMatchObject({ ref: "征1", name: null, sentOn: "2026-03-04" });
      const explained = await getApplicationClock(ctx, supervisor, application.id);
      expect(explained.clock?.consultations[0]?.name).toBeNull();

      const audit = await searchAudit(ctx, supervisor, {
        agencyId: tree.id(".c1"),
        subtree: true,
        entity: "application",
      });
      expect(audit.items.map((i) => i.action)).toEqual(["attach", "step", "step", "create"]);
      expect(JSON.stringify(audit.items)).not.toMatch(/张三|李四/);
      expect(audit.items[0]?.after).toMatchObject({ filename: "附件.pdf" });
      const ownAudit = await searchAudit(ctx, clerk, { agencyId: tree.id(".k1"), entity: "application" });
      expect(JSON.stringify(ownAudit.items)).toMatch(/张三身份证\.pdf/);
    });
  });
});
