import { toDayNumber } from "../calendar/day-number.ts";
import { feeTotalFen } from "./fees.ts";
import { countFrom, type FoldState, lateAgainstReply, warn } from "./fold-state.ts";
import type { EventOf } from "./ledger-events.ts";
import { refuse, requirePhase } from "./procedure-rules.ts";

/**
 * The steps that stop the reply clock: consulting a third party or another agency (第32条, 第34条)
 * and the fee notice until payment (109号). Each keeps the pause it opens on its state.
 */
export function consultationSent(s: FoldState, i: number, e: EventOf<"consultationSent">, day: number): void {
  if (s.consults.some((c) => c.ref === e.ref))
    throw refuse("CONFLICT", i, e, `征求意见编号“${e.ref}”已使用，请换一个编号`);
  requirePhase(s.phase, i, e);
  const delivered = e.receivedOn === undefined ? day : toDayNumber(e.receivedOn);
  if (delivered < day) throw refuse("VALIDATION", i, e, "被征求意见方收到日期不能早于发出日期");
  lateAgainstReply(s, e.date, day, "CONSULTATION_LATE", "答复期限届满后才征求意见，答复期限不因此延后");
  s.consults.push({
    ref: e.ref,
    party: e.party,
    name: e.name ?? null,
    sentDay: day,
    sentOn: e.date,
    deliveredOn: e.receivedOn ?? e.date,
    deliveryRecorded: e.receivedOn !== undefined,
    windowEnd: s.calendar.addWorkingDaysN(countFrom(s.policy, delivered), s.policy.consultationWindowDays),
    answeredDay: undefined,
    answeredOn: null,
    position: null,
    pause: { after: day, through: day },
  });
}

export function consultationAnswered(
  s: FoldState,
  i: number,
  e: EventOf<"consultationAnswered">,
  day: number,
): void {
  const c = s.consults.find((x) => x.ref === e.ref);
  if (!c) throw refuse("CONFLICT", i, e, `没有编号为“${e.ref}”的征求意见，请先登记征求意见`);
  if (c.answeredOn) throw refuse("CONFLICT", i, e, `编号“${e.ref}”的意见已于 ${c.answeredOn} 收到`);
  requirePhase(s.phase, i, e);
  c.answeredDay = day;
  c.answeredOn = e.date;
  c.position = e.position ?? null;
  if (day > c.windowEnd) {
    warn(s, "CONSULTATION_ANSWER_LATE", e.date, `意见晚于征求意见期限到达，期限届满后的时间计入答复期限`);
  }
}

export function feeNoticeSent(s: FoldState, i: number, e: EventOf<"feeNoticeSent">, day: number): void {
  if (s.fee) throw refuse("CONFLICT", i, e, `已于 ${s.fee.sentOn} 发出收费通知，一件申请只收一次费用`);
  requirePhase(s.phase, i, e);
  const amountFen = feeTotalFen(e.fee);
  if (amountFen === 0)
    throw refuse("VALIDATION", i, e, "按规定此件申请不收费（按件前10件、按量前30页免费），不能发出收费通知");
  const received = e.receivedOn === undefined ? day : toDayNumber(e.receivedOn);
  if (received < day) throw refuse("VALIDATION", i, e, "申请人收到收费通知的日期不能早于发出日期");
  lateAgainstReply(s, e.date, day, "FEE_NOTICE_LATE", "收费通知应在答复期限内发出，本通知晚于答复期限");
  s.fee = {
    basis: e.fee,
    amountFen,
    sentDay: day,
    sentOn: e.date,
    noticeReceivedOn: e.receivedOn ?? e.date,
    noticeReceiptRecorded: e.receivedOn !== undefined,
    // 109号: 20 working days starting the day after the notice is received, whatever the convention.
    limit: s.calendar.addWorkingDaysN(received, s.policy.paymentDays),
    paidDay: undefined,
    paidOn: null,
    paidLate: false,
    pause: { after: day, through: day },
  };
}

export function feePaid(s: FoldState, i: number, e: EventOf<"feePaid">, day: number): void {
  const fee = s.fee;
  if (!fee) throw refuse("CONFLICT", i, e, "尚未发出收费通知");
  if (fee.paidOn) throw refuse("CONFLICT", i, e, `费用已于 ${fee.paidOn} 缴纳`);
  requirePhase(s.phase, i, e);
  fee.paidDay = day;
  fee.paidOn = e.date;
  fee.paidLate = day > fee.limit;
  if (fee.paidLate)
    warn(s, "FEE_PAID_LATE", e.date, "申请人逾期缴费，本机关已接受；也可按逾期未缴费视为放弃申请");
}
