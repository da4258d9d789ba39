import { describe, expect, it } from "vitest";
import { counterInput } from "../services/applications/application-samples.test-support.ts";
import { recordStep, registerApplication } from "../services/applications/index.ts";
import { issueLetter } from "../services/letters/index.ts";
import { forEachDialect } from "../test-support/dialects.ts";
import { portalApp, textOf } from "./portal.test-support.ts";

forEachDialect((getDb) => {
  describe("letters on the status page", () => {
    it("shows each letter sent to the applicant as issued, the latest unfolded, each with its Word file", async () => {
      const { tree, browser, ctx, setNow } = await portalApp(getDb(), "lt1");
      const system = tree.system;
      setNow("2026-03-03");
      const { application, queryCode } = await registerApplication(ctx, system, {
        agencyId: tree.id(".k1"),
        ...counterInput("2026-03-03"),
      });
      const receipt = await issueLetter(ctx, system, application.id, { kind: "receipt" });
      setNow("2026-03-05");
      await recordStep(ctx, system, application.id, application.version, {
        type: "correctionRequested",
        date: "2026-03-05",
        workingDays: 10,
      });
      const correction = await issueLetter(ctx, system, application.id, {
        kind: "correction",
        items: ["请写明文件年份", "请写明工程名称"],
      });
      // Someone else's application and letter, to be sure they never show.
      const other = await registerApplication(ctx, system, {
        agencyId: tree.id(".k1"),
        ...counterInput("2026-03-05"),
      });
      const foreign = await issueLetter(ctx, system, other.application.id, { kind: "receipt" });

      const b = browser();
      await b.post("/status", { number: application.number, code: queryCode });
      const { $ } = await b.get("/status/view");
      const letters = $("section[aria-labelledby=letters-title] details.letter").toArray();
      expect(letters).toHaveLength(2);
      expect($(letters[0]).attr("open")).toBeUndefined();
      expect($(letters[1]).attr("open")).toBeDefined();
      expect(
        textOf($, "section[aria-labelledby=letters-title] details.letter:last-of-type summary"),
      ).toContain(correction.documentNumber);
      const body = textOf($, "section[aria-labelledby=letters-title]");
      expect(body).toContain("请写明文件年份");
      expect(body).toContain("自收到本告知书之日起10个工作日内");
      // One h1 on the page: each letter's title is a heading under the section's.
      expect($("main h1").length).toBe(1);
      expect($("section[aria-labelledby=letters-title] .gk-letter h3").length).toBe(2);

      const href = $(letters[0]).find(".letter-file a").attr("href") ?? "";
      expect(href).toBe(`/status/letters/${receipt.id}.docx`);
      const file = await b.get(href);
      expect(file.status).toBe(200);
      expect(file.headers.get("content-type")).toContain("wordprocessingml");
      expect(file.headers.get("cache-control")).toBe("no-store");
      expect(file.headers.get("content-disposition")).toContain("filename*=UTF-8''");

      expect((await b.get(`/status/letters/${foreign.id}.docx`)).status).toBe(404);
      const stranger = await browser().get(href);
      expect(stranger.status).toBe(303);
      expect(stranger.location).toBe("/status?again=1");
    });
  });
});
