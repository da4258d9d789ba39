import { describe, expect, it } from "vitest";
import { forEachDialect } from "../../test-support/dialects.ts";
import { createSampleTree } from "../testing/sample-tree.ts";
import { COMPANY, counterInput, handClock, PERSON } from "./application-samples.test-support.ts";
import { getApplication } from "./get-application.ts";
import { recordStep } from "./record-step.ts";
import { registerApplication } from "./register-application.ts";

/*
 * 按件 fees count an applicant's applications to the agency in a natural month (109号). The
 * application page tells the staff which one this is, by legal receipt date: 张三丰 applies on
 * 2/27, 3/2, 3/2 again and 3/16 to county k1; his applications to k2, 李四's and a company's do not
 * count for him.
 */
forEachDialect((getDb) => {
  describe("the applicant's applications this month", () => {
    it("counts the applicant's applications to this agency received this month, up to this one", async () => {
      const clock = handClock("2026-03-31");
      const ctx = { db: getDb().db, clock: clock.now };
      const tree = await createSampleTree(ctx, "apm1");
      const clerk = tree.as("clerk");
      const register = async (day: string, over = {}, actor = clerk) =>
        (await registerApplication(ctx, actor, counterInput(day, over))).application.id;
      const february = await register("2026-02-27");
      const first = await register("2026-03-02");
      clock.set("2026-03-31T02:01:00.000Z");
      const second = await register("2026-03-02");
      await register("2026-03-05", {
        applicant: { ...PERSON, name: "李四", idType: "passport", idNumber: "E12345678" },
      });
      await register("2026-03-06", { applicant: COMPANY, delivery: "post" });
      await register("2026-03-09", {}, tree.as("clerk2"));
      const last = await register("2026-03-16");

      const month = async (id: string) => (await getApplication(ctx, clerk, id)).applicantMonth;
      expect(await month(february)).toEqual({ month: "2026-02", received: 1 });
      expect(await month(first)).toEqual({ month: "2026-03", received: 1 });
      expect(await month(second)).toEqual({ month: "2026-03", received: 2 });
      expect(await month(last)).toEqual({ month: "2026-03", received: 3 });
      // The supervisor above gets no count derived from the applicant's identity.
      expect((await getApplication(ctx, tree.as("super"), last)).applicantMonth).toBeNull();
      // Once the fee notice is sent there is none to fill in.
      const { version } = await getApplication(ctx, clerk, last);
      await recordStep(ctx, clerk, last, version, {
        type: "feeNoticeSent",
        date: "2026-03-20",
        fee: { method: "perItem", nth: 13 },
      });
      expect(await month(last)).toBeNull();
    });
  });
});
