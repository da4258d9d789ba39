import { describe, expect, it } from "vitest";
import { defaultTemplate } from "../../domain/letters/index.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { counterInput, handClock } from "../applications/application-samples.test-support.ts";
import { recordStep } from "../applications/record-step.ts";
import { registerApplication } from "../applications/register-application.ts";
import type { ServiceContext } from "../context.ts";
import { issueLetter } from "./issue-letter.ts";
import { getLetterSettings, updateLetterSettings } from "./letter-settings.ts";
import { letterSetup } from "./letter-setup.test-support.ts";
import { getLetterTemplate, listLetterTemplates, saveLetterTemplate } from "./letter-templates.ts";
import { getLetter, letterDocx, listApplicationLetters } from "./list-letters.ts";
import { recordDelivery } from "./record-delivery.ts";

const DAY = "2026-03-02";

forEachDialect((getDb) => {
  const setup = async (prefix: string) => {
    const ctx: ServiceContext = { db: getDb().db, clock: handClock(DAY).now };
    const tree = await letterSetup(ctx, prefix);
    const { application } = await registerApplication(ctx, tree.as("clerk"), counterInput(DAY));
    return { ctx, tree, id: application.id };
  };

  describe("who may issue and read letters", () => {
    it("agency B can neither issue nor read agency A's letters; a supervisor sees the list, masked, not the text", async () => {
      const { ctx, tree, id } = await setup("ac1");
      const letter = await issueLetter(ctx, tree.as("clerk"), id, { kind: "receipt" });
      for (const outsider of ["clerk2", "educlerk", "super2"]) {
        const actor = tree.as(outsider);
        await expect(issueLetter(ctx, actor, id, { kind: "receipt" })).rejects.toMatchObject({
          code: "NOT_FOUND",
        });
        await expect(getLetter(ctx, actor, letter.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
        await expect(letterDocx(ctx, actor, letter.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
        await expect(listApplicationLetters(ctx, actor, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
        await expect(
          recordDelivery(ctx, actor, letter.id, { method: "inPerson", deliveredOn: DAY }),
        ).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
      const supervisor = tree.as("super");
      const seen = await listApplicationLetters(ctx, supervisor, id);
      expect(seen.letters.map((l) => [l.documentNumber, l.addressee])).toEqual([
        ["一县政信登〔2026〕1号", "张**"],
      ]);
      await expect(getLetter(ctx, supervisor, letter.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(issueLetter(ctx, supervisor, id, { kind: "receipt" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      expect((await getLetter(ctx, tree.as("clerk"), letter.id)).content.addressee).toBe("张三丰");
    });
  });

  describe("an agency's own wording and numbering", () => {
    it("refuses a template that drops the remedies, naming it; a kept one is versioned and used", async () => {
      const { ctx, tree, id } = await setup("ac2");
      const admin = tree.as("kadmin");
      const kind = "reply.refusedInternalAffairs";
      const base = defaultTemplate(kind);
      const dropped = saveLetterTemplate(ctx, admin, tree.id(".k1"), kind, {
        ...base,
        body: base.body.replace("{{remedies}}", ""),
        baseVersion: 0,
      });
      await expect(dropped).rejects.toMatchObject({
        code: "VALIDATION",
        message: expect.stringContaining("缺少必需的变量 {{remedies}}（救济途径（行政复议、行政诉讼））"),
      });
      const clerkSave = saveLetterTemplate(ctx, tree.as("clerk"), tree.id(".k1"), kind, {
        ...base,
        baseVersion: 0,
      });
      await expect(clerkSave).rejects.toMatchObject({ code: "FORBIDDEN" });

      const body = base.body.replace("特此告知。", "本机关对您关注政府信息公开工作表示感谢。\n特此告知。");
      const saved = await saveLetterTemplate(ctx, admin, tree.id(".k1"), kind, {
        ...base,
        body,
        baseVersion: 0,
        note: "加致谢语",
      });
      expect(saved).toMatchObject({ version: 1, isDefault: false, note: "加致谢语" });
      const stale = saveLetterTemplate(ctx, admin, tree.id(".k1"), kind, { ...base, baseVersion: 0 });
      await expect(stale).rejects.toMatchObject({ code: "CONFLICT" });
      const history = await getLetterTemplate(ctx, tree.as("clerk"), tree.id(".k1"), kind);
      expect(history.versions.map((v) => v.version)).toEqual([1]);
      expect(history.required.map((v) => v.name)).toEqual(["decision", "basis", "reasons", "remedies"]);
      // Another agency keeps the default.
      const theirs = await listLetterTemplates(ctx, tree.as("clerk2"), tree.id(".k2"));
      expect(theirs.find((t) => t.kind === kind)).toMatchObject({ version: 0, isDefault: true });

      const clock = handClock("2026-03-10");
      const later = { ...ctx, clock: clock.now };
      await recordStep(later, tree.as("clerk"), id, 2, {
        type: "decided",
        date: "2026-03-10",
        outcome: "refusedInternalAffairs",
      });
      const reply = await issueLetter(later, tree.as("clerk"), id, {
        kind: "reply",
        reasons: "该信息系本机关内部人事管理信息",
      });
      expect(reply.templateVersion).toBe(1);
      expect(reply.content.paragraphs).toContain("本机关对您关注政府信息公开工作表示感谢。");
    });

    it("number patterns and the fee payment method come from the agency's settings", async () => {
      const { ctx, tree, id } = await setup("ac3");
      const admin = tree.as("kadmin");
      const agency = tree.id(".k1");
      expect((await getLetterSettings(ctx, tree.as("clerk"), agency)).numberPatterns.receipt).toBe(
        "一县政信登〔{year}〕{n}号",
      );
      const bad = updateLetterSettings(ctx, admin, agency, {
        expectedVersion: 0,
        numberPatterns: { receipt: "一县回执{n}号" },
      });
      await expect(bad).rejects.toMatchObject({
        code: "VALIDATION",
        message: expect.stringContaining("{year}"),
      });
      const saved = await updateLetterSettings(ctx, admin, agency, {
        expectedVersion: 0,
        numberPatterns: { receipt: "一县府信登字〔{year}〕第{n}号" },
        paymentMethod: "通过非税收入电子缴款系统缴纳",
      });
      expect(saved).toMatchObject({ version: 1, paymentMethod: "通过非税收入电子缴款系统缴纳" });
      await expect(
        updateLetterSettings(ctx, tree.as("clerk"), agency, { expectedVersion: 1, signer: "x" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      const receipt = await issueLetter(ctx, tree.as("clerk"), id, { kind: "receipt" });
      expect(receipt.documentNumber).toBe("一县府信登字〔2026〕第1号");
    });
  });
});
