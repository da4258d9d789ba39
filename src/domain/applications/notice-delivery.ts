import { toDayNumber } from "../calendar/day-number.ts";
import type { DeliveredNotice, EventOf, Ledger, LedgerEvent } from "./ledger-events.ts";
import { refuse } from "./procedure-rules.ts";

/**
 * Delivery of notices (送达). The law counts three limits from the day the addressee received a
 * notice: the applicant's correction deadline when set in working days (第30条), the 20 working
 * days to pay (109号: from the day after receipt) and a consulted party's 15 working days
 * (第32条, 第34条). A notice event may carry that day as `receivedOn` when it is known at once;
 * otherwise a later `noticeDelivered` event records it. The fold then reads the notice as if it had
 * carried `receivedOn` from the start, so every date derived from it — and every check made
 * against it (abandonment only after the limit) — uses the day of delivery.
 */

export const NOTICE_LABELS: Record<DeliveredNotice, string> = {
  correctionRequested: "补正告知书",
  feeNoticeSent: "收费通知书",
  consultationSent: "征求意见书",
};

/**
 * The delivery days to apply, by index of the notice event they deliver; undefined when the ledger
 * has none (the common case costs one pass over the event types). Deliveries dated after `atDay`
 * are left out, as every other event is.
 * @throws AppError CONFLICT (no such notice, its receipt already recorded, delivered twice) or
 *   VALIDATION (delivered before it was sent).
 */
export function noticeDeliveries(ledger: Ledger, atDay: number | undefined): Map<number, string> | undefined {
  let found: Map<number, string> | undefined;
  for (let j = 1; j < ledger.length; j++) {
    const e = ledger[j] as LedgerEvent;
    if (e.type !== "noticeDelivered") continue;
    if (atDay !== undefined && toDayNumber(e.date) > atDay) continue;
    const label = NOTICE_LABELS[e.notice] + (e.ref === undefined ? "" : `（${e.ref}）`);
    const i = findNotice(ledger, j, e);
    if (i < 0) throw refuse("CONFLICT", j, e, `没有可送达的${label}，请先登记发出该告知书的步骤`);
    const notice = ledger[i] as EventOf<DeliveredNotice>;
    if (e.date < notice.date) {
      throw refuse("VALIDATION", j, e, `送达日期不能早于${label}的发出日期 ${notice.date}`);
    }
    if (notice.receivedOn !== undefined) {
      throw refuse("CONFLICT", j, e, `${label}已登记收到日期 ${notice.receivedOn}，不能再登记送达`);
    }
    found ??= new Map();
    const earlier = found.get(i);
    if (earlier !== undefined)
      throw refuse("CONFLICT", j, e, `${label}已于 ${earlier} 送达，不能重复登记送达`);
    found.set(i, e.date);
  }
  return found;
}

/** Index of the latest notice before `j` that the delivery names, or -1. */
function findNotice(ledger: Ledger, j: number, d: EventOf<"noticeDelivered">): number {
  for (let i = j - 1; i > 0; i--) {
    const e = ledger[i] as LedgerEvent;
    if (e.type !== d.notice) continue;
    if (e.type === "consultationSent" && e.ref !== d.ref) continue;
    return i;
  }
  return -1;
}

/** The notice event as if it had carried the delivery day as its `receivedOn`. */
export function withReceipt(event: LedgerEvent, receivedOn: string): LedgerEvent {
  return { ...event, receivedOn } as LedgerEvent;
}
