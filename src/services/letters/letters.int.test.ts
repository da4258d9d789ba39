import { describe, expect, it } from "vitest";
import { AppError } from "../../domain/app-error.ts";
import { docxToLines } from "../../ingest/docx/index.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { counterInput, handClock } from "../applications/application-samples.test-support.ts";
import { getApplication } from "../applications/get-application.ts";
import { publicStatus } from "../applications/public-status.ts";
import { recordStep } from "../applications/record-step.ts";
import { registerApplication } from "../applications/register-application.ts";
import type { ServiceContext } from "../context.ts";
import { issueLetter, previewLetter } from "./issue-letter.ts";
import { letterSetup } from "./letter-setup.test-support.ts";
import { getLetter, letterDocx, listApplicationLetters } from "./list-letters.ts";
import { publicLetterDocx, publicLetters } from "./public-letters.ts";
import { recordDelivery } from "./record-delivery.ts";

/*
 * Letters issued from stored applications on the 2026 schedule, dates counted by hand (the day of
 * receipt not counted; 4/4–4/6 off): a correction of 10 working days delivered Mon 3/9 → 3/23; a
 * fee notice of 3/17 delivered Fri 3/20 → payment by 4/20 (3/23–27, 3/30–4/3, 4/7–10, 4/13–17, 4/20).
 */

forEachDialect((getDb) => {
  const setup = async (prefix: string, day: string) => {
    const clock = handClock(day);
    const ctx: ServiceContext = { db: getDb().db, clock: clock.now };
    const tree = await letterSetup(ctx, prefix);
    const registered = await registerApplication(ctx, tree.as("clerk"), counterInput(day));
    return { ctx, clock, tree, clerk: tree.as("clerk"), registered, id: registered.application.id };
  };

  describe("issuing letters from the application's record", () => {
    it("receipt and correction: numbered per series, stored as sent, delivery moves the deadline", async () => {
      const { ctx, clock, clerk, registered, id } = await setup("lt1", "2026-03-03");
      const receipt = await issueLetter(ctx, clerk, id, { kind: "receipt" });
      expect(receipt).toMatchObject({
        kind: "receipt",
        documentNumber: "一县政信登〔2026〕1号",
        number: 1,
        stepSeq: 1,
      });
      expect(receipt.content.paragraphs.join("")).toContain("即最迟于2026年3月31日答复");

      clock.set("2026-03-05");
      await recordStep(ctx, clerk, id, 2, {
        type: "correctionRequested",
        date: "2026-03-05",
        workingDays: 10,
      });
      const items = ["请写明文件年份", "请写明工程名称"];
      const preview = await previewLetter(ctx, clerk, id, { kind: "correction", items });
      expect(preview.content.documentNumber).toBeNull();
      const correction = await issueLetter(ctx, clerk, id, { kind: "correction", items });
      expect(correction.documentNumber).toBe("一县政信补〔2026〕1号");
      expect(correction.content).toEqual({ ...preview.content, documentNumber: "一县政信补〔2026〕1号" });
      expect(correction.html).toContain("自收到本告知书之日起10个工作日内");

      const again = await issueLetter(ctx, clerk, id, { kind: "correction", items: ["x"] }).catch(
        (e: AppError) => e,
      );
      expect(again).toMatchObject({
        code: "CONFLICT",
        message: expect.stringContaining("一县政信补〔2026〕1号"),
      });

      clock.set("2026-03-10");
      const delivered = await recordDelivery(ctx, clerk, correction.id, {
        method: "post",
        deliveredOn: "2026-03-09",
        note: "挂号信 XA123",
      });
      expect(delivered.delivery).toMatchObject({
        method: "post",
        methodLabel: "邮寄",
        deliveredOn: "2026-03-09",
        eventSeq: 3,
      });
      expect(delivered.clock?.correction?.applicantDeadline).toEqual({
        date: "2026-03-23",
        provisional: false,
      });
      const app = await getApplication(ctx, clerk, id);
      expect(app.events.at(-1)?.event).toEqual({
        type: "noticeDelivered",
        date: "2026-03-09",
        notice: "correctionRequested",
        method: "post",
      });
      expect(app.version).toBe(4);
      const credentials = { number: registered.application.number, code: registered.queryCode };
      expect((await publicStatus(ctx, credentials)).correction?.deadline.date).toBe("2026-03-23");
      await expect(
        recordDelivery(ctx, clerk, correction.id, { method: "post", deliveredOn: "2026-03-09" }),
      ).rejects.toThrow("该文书的送达情况已经登记");
      // The letter itself is as issued: its text does not change after delivery.
      expect((await getLetter(ctx, clerk, correction.id)).content).toEqual(correction.content);

      const list = await listApplicationLetters(ctx, clerk, id);
      expect(list.letters.map((l) => [l.documentNumber, l.delivery?.deliveredOn ?? null])).toEqual([
        ["一县政信登〔2026〕1号", null],
        ["一县政信补〔2026〕1号", "2026-03-09"],
      ]);
      expect(list.due.map((d) => [d.kind, d.seq, d.letterId])).toEqual([
        ["receipt", 1, receipt.id],
        ["correction", 2, correction.id],
      ]);

      // The applicant reads both letters on the status page and downloads the Word file.
      const mine = await publicLetters(ctx, credentials);
      expect(mine.map((l) => [l.title, l.documentNumber, l.delivery?.methodLabel ?? null])).toEqual([
        ["政府信息公开申请登记回执", "一县政信登〔2026〕1号", null],
        ["政府信息公开申请补正告知书", "一县政信补〔2026〕1号", "邮寄"],
      ]);
      expect(mine[1]?.html).toBe(correction.html);
      const file = await publicLetterDocx(ctx, credentials, correction.id);
      expect(file.filename).toBe("一县政信补〔2026〕1号政府信息公开申请补正告知书.docx");
      const lines = (await docxToLines(file.bytes)).map((l) => l.cells.join(""));
      expect(lines).toContain("2.请写明工程名称。");
      expect(file.bytes).toEqual((await letterDocx(ctx, clerk, correction.id)).bytes);
      await expect(publicLetters(ctx, { ...credentials, code: "AAAAA-AAAAA" })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    });

    it("fee notice: delivery on 3/20 moves the payment limit to 4/20; abandonment waits for it", async () => {
      const { ctx, clock, clerk, id } = await setup("lt2", "2026-03-02");
      clock.set("2026-03-17");
      await recordStep(ctx, clerk, id, 2, {
        type: "feeNoticeSent",
        date: "2026-03-17",
        fee: { method: "perPage", pages: 250 },
      });
      const fee = await issueLetter(ctx, clerk, id, {
        kind: "feeNotice",
        paymentMethod: "到本机关财务室缴纳",
      });
      expect(fee.documentNumber).toBe("一县政信费〔2026〕1号");
      expect(fee.content.paragraphs).toContain("四、应缴金额：人民币4,700.00元（大写：肆仟柒佰元整）");
      clock.set("2026-03-23");
      const { clock: view } = await recordDelivery(ctx, clerk, fee.id, {
        method: "post",
        deliveredOn: "2026-03-20",
      });
      expect(view?.fee?.paymentLimit.date).toBe("2026-04-20");
      clock.set("2026-04-17");
      const early = recordStep(ctx, clerk, id, 4, {
        type: "abandoned",
        date: "2026-04-17",
        reason: "feeUnpaid",
      });
      await expect(early).rejects.toThrow("缴费期限 2026-04-20 尚未届满");
      clock.set("2026-04-21");
      await recordStep(ctx, clerk, id, 4, { type: "abandoned", date: "2026-04-21", reason: "feeUnpaid" });
      const reply = await issueLetter(ctx, clerk, id, { kind: "reply" });
      expect(reply).toMatchObject({ kind: "reply.otherFeeUnpaid", documentNumber: "一县政信复〔2026〕1号" });
      expect(reply.content.paragraphs.join("")).toContain("缴费期限为2026年4月20日");
    });

    it("a delivery before the letter, after today, or against another recorded receipt day is refused", async () => {
      const { ctx, clock, clerk, id, registered } = await setup("lt3", "2026-03-02");
      clock.set("2026-03-04");
      await recordStep(ctx, clerk, id, 2, {
        type: "consultationSent",
        date: "2026-03-04",
        ref: "C1",
        party: "thirdParty",
        name: "某建设有限公司",
        receivedOn: "2026-03-04",
      });
      const letter = await issueLetter(ctx, clerk, id, { kind: "consultation" });
      expect(letter).toMatchObject({
        kind: "consultationThirdParty",
        audience: "thirdParty",
        addressee: "某建设有限公司",
      });
      const refuse = (deliveredOn: string) =>
        recordDelivery(ctx, clerk, letter.id, { method: "post", deliveredOn });
      await expect(refuse("2026-03-03")).rejects.toThrow("送达日期不能早于文书落款日期 2026-03-04");
      await expect(refuse("2026-03-05")).rejects.toThrow("晚于今天");
      clock.set("2026-03-06");
      await expect(refuse("2026-03-05")).rejects.toThrow(
        "办理台账已记载收件人于 2026-03-04 收到该征求意见书",
      );
      // The day the ledger holds: recorded, no new ledger step.
      expect((await refuse("2026-03-04")).delivery.eventSeq).toBeNull();
      // A letter to a third party never shows on the applicant's page.
      expect(
        await publicLetters(ctx, { number: registered.application.number, code: registered.queryCode }),
      ).toEqual([]);
    });

    it("refuses to issue a letter whose dates reach a year without a loaded schedule", async () => {
      const { ctx, clerk, id } = await setup("lt4", "2026-12-21");
      const preview = await previewLetter(ctx, clerk, id, { kind: "receipt" });
      expect(preview.provisional).toBe(true);
      const err = await issueLetter(ctx, clerk, id, { kind: "receipt" }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe("CALENDAR_MISSING");
      // Nothing was numbered: the next letter of the series still gets 1 once it can be issued.
      const counters = await ctx.db
        .selectFrom("letter_counters")
        .selectAll()
        .where("agency_id", "=", "lt4.k1")
        .execute();
      expect(counters).toEqual([]);
    });
  });
});
