import { describe, expect, it } from "vitest";
import { counterInput } from "../../services/applications/application-samples.test-support.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { applicationsApp } from "./applications-http.test-support.ts";

const DAY = "2026-03-02";

forEachDialect((getDb) => {
  describe("what the workspace is told about the procedure", () => {
    it("names every enum in Chinese, tells each row how its deadline stands, offers the handling agency only the steps allowed next", async () => {
      const kit = await applicationsApp(getDb(), "vo1", DAY);
      const first = await kit.signIn("clerk");
      const words = await first.get("/api/vocabulary/applications");
      expect(words.status).toBe(200);
      expect(words.body.outcomes).toHaveLength(21);
      expect(words.body.outcomes[2]).toEqual({
        value: "refusedStateSecret",
        label: "属于国家秘密",
        group: "不予公开",
        releases: false,
      });
      expect(words.body.steps).toContainEqual({ value: "correctionRequested", label: "告知补正" });
      expect(words.body.maxExtensionDays).toBe(20);
      const fax = words.body.channels.find((c: { value: string }) => c.value === "fax");
      expect(fax.dates).toEqual([
        { field: "submittedOn", label: "传真到达日期" },
        { field: "confirmedOn", label: "双方确认日期" },
      ]);

      const id = (await first.post("/api/applications", counterInput(DAY))).body.application.id;
      const detail = await first.get(`/api/applications/${id}`);
      expect(detail.body.allowedSteps).toContain("correctionRequested");
      expect(detail.body.allowedSteps).not.toContain("replied");
      const listed = await first.get("/api/applications");
      expect(listed.body.items[0].due).toEqual({ kind: "onTime", workingDays: 20 });
      // Due Monday 30 March: on Friday 27 March one working day is left.
      kit.setDay("2026-03-27");
      const later = await (await kit.signIn("clerk")).get("/api/applications?due=soon");
      expect(later.body.items.map((a: { id: string }) => a.id)).toEqual([id]);
      expect(later.body.items[0].due).toEqual({ kind: "dueSoon", workingDays: 1 });
      kit.setDay(DAY);
      const total = async (query: string) => (await first.get(`/api/applications?${query}`)).body.total;
      expect([await total("provisional=true"), await total("provisional=false")]).toEqual([0, 1]);
      expect(await total("outcome=unableNotHeld,disclosed")).toBe(0);
      const bad = await first.get("/api/applications?outcome=nonsense");
      expect([bad.status, bad.body.error.issues[0].path]).toEqual([400, ["outcome", 0]]);
      const clerk = await kit.signIn("clerk");
      await clerk.post(`/api/applications/${id}/events`, {
        expectedVersion: detail.body.version,
        event: { type: "correctionRequested", date: DAY, workingDays: 10 },
      });
      const clock = await clerk.get(`/api/applications/${id}/clock`);
      expect(clock.body.windows.map((w: { key: string }) => w.key)).toEqual(["correction"]);
      expect(clock.body.windows[0].days.filter((d: { role: string }) => d.role === "counted")).toHaveLength(
        10,
      );
      const waiting = await clerk.get(`/api/applications/${id}`);
      expect(waiting.body.allowedSteps).toEqual([
        "correctionReceived",
        "confidentialityReviewed",
        "withdrawn",
        "abandoned",
      ]);

      const supervisor = await kit.signIn("super");
      expect((await supervisor.get(`/api/applications/${id}`)).body.allowedSteps).toEqual([]);
      // In its own agency a supervisor reads in full but records no step: none is offered.
      const cityClerk = await kit.signIn("cityclerk");
      const own = (await cityClerk.post("/api/applications", counterInput(DAY))).body.application.id;
      expect((await cityClerk.get(`/api/applications/${own}`)).body.allowedSteps).toContain(
        "correctionRequested",
      );
      const ownRead = await supervisor.get(`/api/applications/${own}`);
      expect([ownRead.body.masked, ownRead.body.allowedSteps]).toEqual([false, []]);
      const anonymous = await kit.app.request("/api/vocabulary/applications");
      expect(anonymous.status).toBe(401);
    });
  });
});
