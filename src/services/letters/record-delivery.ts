import { z } from "zod";
import { withTransaction } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import {
  type ClockView,
  type DeliveredNotice,
  type LedgerEvent,
  NOTICE_LABELS,
} from "../../domain/applications/index.ts";
import type { LetterKind } from "../../domain/letters/index.ts";
import type { Actor } from "../actor.ts";
import { actorUserId } from "../actor.ts";
import { writableApplication } from "../applications/application-access.ts";
import { applyStep } from "../applications/apply-step.ts";
import { chinaDate } from "../applications/china-date.ts";
import { readLedger } from "../applications/ledger-store.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { nowIso, type ServiceContext } from "../context.ts";
import { isoDate, oneOf, optionalText, parseInput } from "../validation.ts";
import { DELIVERY_METHOD_LABELS, type LetterDelivery, toDelivery } from "./letter-view.ts";
import { letterNotFound } from "./list-letters.ts";
import { conflictOnDuplicate } from "./unique-violation.ts";

/** The letters whose delivery starts a time limit, and the ledger step each writes up. */
const COUNTED_FROM_DELIVERY: Partial<Record<LetterKind, DeliveredNotice>> = {
  correction: "correctionRequested",
  feeNotice: "feeNoticeSent",
  consultationThirdParty: "consultationSent",
  consultationAgency: "consultationSent",
};

const deliverySchema = z.object({
  method: oneOf("送达方式", DELIVERY_METHOD_LABELS),
  deliveredOn: isoDate("送达日期（收件人收到之日）"),
  note: optionalText("送达情况说明（如邮件单号、签收人）", 500),
});

export type DeliveryInput = z.input<typeof deliverySchema>;

export interface DeliveryRecorded {
  delivery: LetterDelivery;
  /** The clock after the delivery, when it moved a limit the law counts from receipt; else null. */
  clock: ClockView | null;
}

/**
 * Records how and when a letter reached its addressee. For a correction notice, a fee notice and a
 * request for opinions the law counts a time limit from that day, so the delivery also enters the
 * ledger (a noticeDelivered step) and the applicant's correction deadline, the payment limit or the
 * consulted party's window move accordingly.
 * @throws AppError VALIDATION (bad input, a day before the letter or after today), CONFLICT (already
 *   recorded; the ledger already holds another receipt day), NOT_FOUND, FORBIDDEN.
 */
export async function recordDelivery(
  ctx: ServiceContext,
  actor: Actor,
  letterId: string,
  input: DeliveryInput,
): Promise<DeliveryRecorded> {
  const data = parseInput(deliverySchema, input, "送达情况");
  return withTransaction(ctx.db, async (tx) => {
    const letter = await tx.selectFrom("letters").selectAll().where("id", "=", letterId).executeTakeFirst();
    if (!letter) throw letterNotFound(letterId);
    const app = await writableApplication(tx, actor, letter.application_id).catch((err: unknown) => {
      throw err instanceof AppError && err.code === "NOT_FOUND" ? letterNotFound(letterId) : err;
    });
    const refuse = (message: string) =>
      new AppError("VALIDATION", message, { issues: [{ path: ["deliveredOn"], message }] });
    if (data.deliveredOn < letter.letter_date)
      throw refuse(`送达日期不能早于文书落款日期 ${letter.letter_date}`);
    const today = chinaDate(ctx.clock());
    if (data.deliveredOn > today)
      throw refuse(`送达日期 ${data.deliveredOn} 晚于今天（${today}），请在送达后登记`);
    const already = "该文书的送达情况已经登记，不能重复登记";
    const existing = await tx
      .selectFrom("letter_deliveries")
      .select("letter_id")
      .where("letter_id", "=", letterId)
      .executeTakeFirst();
    if (existing) throw new AppError("CONFLICT", already);

    let clock: ClockView | null = null;
    let eventSeq: number | null = null;
    const notice = COUNTED_FROM_DELIVERY[letter.kind as LetterKind];
    if (notice) {
      const ledger = await readLedger(tx, app.id);
      const step = ledger[letter.step_seq - 1]?.event as (LedgerEvent & { receivedOn?: string }) | undefined;
      const known = step?.receivedOn;
      if (known !== undefined && known !== data.deliveredOn) {
        throw new AppError(
          "CONFLICT",
          `办理台账已记载收件人于 ${known} 收到该${NOTICE_LABELS[notice]}，与送达日期 ${data.deliveredOn} 不一致，请核实`,
        );
      }
      if (known === undefined) {
        const event: LedgerEvent = {
          type: "noticeDelivered",
          date: data.deliveredOn,
          notice,
          method: data.method,
          ...(letter.step_ref === "" ? {} : { ref: letter.step_ref }),
        };
        const step = await applyStep(ctx, tx, {
          application: app,
          expectedVersion: app.version,
          event,
          actor,
          source: "staff",
        });
        clock = step.view;
        eventSeq = step.seq;
      }
    }
    const row = {
      letter_id: letterId,
      application_id: app.id,
      agency_id: app.agency_id,
      method: data.method,
      delivered_on: data.deliveredOn,
      note: data.note,
      event_seq: eventSeq,
      recorded_at: nowIso(ctx),
      recorded_by: actorUserId(actor),
    };
    await conflictOnDuplicate(() => tx.insertInto("letter_deliveries").values(row).execute(), already);
    await recordAudit(tx, {
      at: row.recorded_at,
      actor,
      agencyId: app.agency_id,
      action: "deliver",
      entity: "letter",
      entityId: letterId,
      after: {
        documentNumber: letter.document_number,
        method: row.method,
        deliveredOn: row.delivered_on,
        eventSeq,
      },
    });
    return { delivery: toDelivery(row), clock };
  });
}
