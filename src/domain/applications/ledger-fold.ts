import { AppError } from "../app-error.ts";
import { toDayNumber } from "../calendar/day-number.ts";
import type { WorkCalendar } from "../calendar/index.ts";
import type { ClockPolicy } from "./clock-policy.ts";
import { countFrom, type FoldState, lateAgainstReply, replyDeadlineDay, warn } from "./fold-state.ts";
import type { EventOf, Ledger, LedgerEvent } from "./ledger-events.ts";
import { noticeDeliveries, withReceipt } from "./notice-delivery.ts";
import { refuse, requirePhase } from "./procedure-rules.ts";
import { stepDecision } from "./step-decision.ts";
import { consultationAnswered, consultationSent, feeNoticeSent, feePaid } from "./step-pauses.ts";

/**
 * Folds a ledger into its state, refusing the first illegal step (AppError VALIDATION or CONFLICT
 * naming the event and why) and flagging late steps the law still allows. Events dated after
 * `atDay` are left out, so the state is the one of that day.
 */
export function foldLedger(
  ledger: Ledger,
  calendar: WorkCalendar,
  policy: ClockPolicy,
  atDay: number | undefined,
): FoldState {
  const first = ledger[0];
  if (first?.type !== "received") {
    const message = "台账的第一个事件应为“收到申请”（received），记录法定收到申请之日";
    throw new AppError("VALIDATION", message, { index: 0, issues: [{ path: [0], message }] });
  }
  const s = start(first, calendar, policy);
  if (atDay !== undefined && atDay < s.receivedDay) {
    throw new AppError("VALIDATION", `查询日期早于收到申请之日 ${s.receivedOn}，请换一个日期`, { at: atDay });
  }
  const deliveries = noticeDeliveries(ledger, atDay);
  let previous = s.receivedDay;
  for (let i = 1; i < ledger.length; i++) {
    const event = ledger[i] as LedgerEvent;
    // Applied to the notice it delivers (out of date order by nature), never folded itself.
    if (event.type === "noticeDelivered") continue;
    const day = toDayNumber(event.date);
    if (atDay !== undefined && day > atDay) break;
    if (day < previous) {
      throw refuse("VALIDATION", i, event, "事件须按日期先后登记，本事件早于前一事件；请按实际发生顺序登记");
    }
    previous = day;
    const deliveredOn = deliveries?.get(i);
    step(s, i, deliveredOn === undefined ? event : withReceipt(event, deliveredOn), day);
  }
  return s;
}

function start(event: EventOf<"received">, calendar: WorkCalendar, policy: ClockPolicy): FoldState {
  const day = toDayNumber(event.date);
  if (event.arrivedOn !== undefined) {
    const arrived = toDayNumber(event.arrivedOn);
    if (arrived > day)
      throw refuse("VALIDATION", 0, event, `到达日期 ${event.arrivedOn} 不能晚于法定收到申请之日`);
    if (event.channel === "inPerson" && arrived !== day) {
      throw refuse(
        "VALIDATION",
        0,
        event,
        "当面提交的，以提交之日为收到申请之日（第三十一条），两个日期应相同",
      );
    }
  }
  const s: FoldState = {
    calendar,
    policy,
    phase: "processing",
    receivedDay: day,
    receivedOn: event.date,
    channel: event.channel,
    startDay: day,
    startOn: event.date,
    correctionLimit: calendar.addWorkingDaysN(countFrom(policy, day), policy.correctionNoticeDays),
    correction: null,
    consults: [],
    extension: null,
    review: null,
    fee: null,
    reasonsRequestedOn: null,
    longer: null,
    decision: null,
    repliedOn: null,
    closedDay: undefined,
    closedOn: null,
    outcome: null,
    archivedOn: null,
    warnings: [],
    pauses: [],
  };
  if (event.channel === "ordinaryLetter" && event.arrivedOn !== undefined && event.arrivedOn !== event.date) {
    warn(
      s,
      "RECEIPT_CONFIRMED_LATE",
      event.date,
      `平常信函于 ${event.arrivedOn} 到达，应当于收到当日与申请人确认（第三十一条），实际确认日为 ${event.date}`,
    );
  }
  return s;
}

function step(s: FoldState, i: number, e: LedgerEvent, day: number): void {
  switch (e.type) {
    case "received":
      throw refuse("CONFLICT", i, e, `申请已于 ${s.receivedOn} 登记收到，一件申请只有一个收到日期`);
    case "correctionRequested":
      correctionRequested(s, i, e, day);
      return;
    case "correctionReceived":
      if (s.phase === "processing" && !s.correction) throw refuse("CONFLICT", i, e, "尚未告知申请人补正");
      requirePhase(s.phase, i, e);
      correctionReceived(s, e, day);
      return;
    case "consultationSent":
      consultationSent(s, i, e, day);
      return;
    case "consultationAnswered":
      consultationAnswered(s, i, e, day);
      return;
    case "extensionApproved":
      extensionApproved(s, i, e, day);
      return;
    case "confidentialityReviewed":
      requirePhase(s.phase, i, e);
      s.review = { reviewedOn: e.date, reviewer: e.reviewer, conclusion: e.conclusion };
      return;
    case "feeNoticeSent":
      feeNoticeSent(s, i, e, day);
      return;
    case "feePaid":
      feePaid(s, i, e, day);
      return;
    case "reasonsRequested":
      if (s.reasonsRequestedOn)
        throw refuse("CONFLICT", i, e, `已于 ${s.reasonsRequestedOn} 要求申请人说明理由`);
      requirePhase(s.phase, i, e);
      s.reasonsRequestedOn = e.date;
      return;
    case "longerDeadlineSet":
      longerDeadlineSet(s, i, e, day);
      return;
    case "decided":
    case "replied":
    case "withdrawn":
    case "abandoned":
      stepDecision(s, i, e, day);
      return;
    case "archived":
      requirePhase(s.phase, i, e);
      s.phase = "archived";
      s.archivedOn = e.date;
      return;
    case "noticeDelivered":
      return;
  }
}

function correctionRequested(s: FoldState, i: number, e: EventOf<"correctionRequested">, day: number): void {
  if (s.correction) {
    throw refuse(
      "CONFLICT",
      i,
      e,
      `补正只能一次性告知（第三十条），本申请已于 ${s.correction.requestedOn} 要求过补正，不能再次要求补正`,
    );
  }
  requirePhase(s.phase, i, e);
  if ((e.deadline === undefined) === (e.workingDays === undefined)) {
    throw refuse(
      "VALIDATION",
      i,
      e,
      "补正告知应写明申请人的补正期限：填写 deadline（日期）或 workingDays（工作日数）二者之一",
    );
  }
  const noticeReceived = e.receivedOn === undefined ? day : toDayNumber(e.receivedOn);
  if (noticeReceived < day) throw refuse("VALIDATION", i, e, "申请人收到补正告知的日期不能早于告知日期");
  const deadlineDay =
    e.deadline !== undefined
      ? toDayNumber(e.deadline)
      : s.calendar.addWorkingDaysN(countFrom(s.policy, noticeReceived), e.workingDays ?? 0);
  if (deadlineDay <= day) throw refuse("VALIDATION", i, e, "补正期限应晚于告知日期，并给申请人合理的时间");
  const late = day > s.correctionLimit;
  if (late) {
    warn(
      s,
      "CORRECTION_REQUEST_LATE",
      e.date,
      `告知补正应在收到申请之日起 ${s.policy.correctionNoticeDays} 个工作日内（第三十条），已超过期限`,
    );
  }
  s.correction = {
    requestedOn: e.date,
    noticeReceivedOn: e.receivedOn ?? e.date,
    noticeReceiptRecorded: e.receivedOn !== undefined,
    late,
    deadlineDay,
    receivedOn: null,
    receivedLate: false,
  };
  s.phase = "awaitingCorrection";
}

function correctionReceived(s: FoldState, e: EventOf<"correctionReceived">, day: number): void {
  const c = s.correction;
  if (!c) return;
  c.receivedOn = e.date;
  c.receivedLate = day > c.deadlineDay;
  if (c.receivedLate)
    warn(
      s,
      "CORRECTION_RECEIVED_LATE",
      e.date,
      "补正材料晚于补正期限收到，本机关已接受；答复期限自收到补正之日重新计算",
    );
  // 第30条: the 20 working days start again from the corrected application's receipt.
  s.startDay = day;
  s.startOn = e.date;
  s.phase = "processing";
}

function extensionApproved(s: FoldState, i: number, e: EventOf<"extensionApproved">, day: number): void {
  if (s.extension) {
    throw refuse(
      "CONFLICT",
      i,
      e,
      `答复期限只能延长一次（第三十三条第二款），本申请已于 ${s.extension.approvedOn} 延长过`,
    );
  }
  if (e.workingDays > s.policy.maxExtensionDays) {
    throw refuse(
      "VALIDATION",
      i,
      e,
      `延长答复期限最长不得超过 ${s.policy.maxExtensionDays} 个工作日（第三十三条第二款），本次为 ${e.workingDays} 个工作日`,
    );
  }
  requirePhase(s.phase, i, e);
  const late = lateAgainstReply(
    s,
    e.date,
    day,
    "EXTENSION_LATE",
    "延期应在答复期限届满前经负责人同意并告知申请人，本次延期晚于原答复期限",
  );
  s.extension = { approvedOn: e.date, workingDays: e.workingDays, approver: e.approver, late };
}

function longerDeadlineSet(s: FoldState, i: number, e: EventOf<"longerDeadlineSet">, day: number): void {
  if (!s.reasonsRequestedOn)
    throw refuse(
      "CONFLICT",
      i,
      e,
      "第三十五条的延迟答复期限须在要求申请人说明理由、认定理由合理后确定，请先登记要求说明理由",
    );
  if (s.longer) throw refuse("CONFLICT", i, e, `已于 ${s.longer.setOn} 确定延迟答复期限`);
  requirePhase(s.phase, i, e);
  const current = replyDeadlineDay(s, day);
  const deadlineDay = toDayNumber(e.deadline);
  if (current !== undefined && deadlineDay <= current) {
    throw refuse("VALIDATION", i, e, "第三十五条确定的延迟答复期限应晚于现行答复期限");
  }
  lateAgainstReply(s, e.date, day, "LONGER_DEADLINE_LATE", "延迟答复期限应在答复期限届满前确定并告知申请人");
  s.longer = { setOn: e.date, deadline: e.deadline, deadlineDay };
}
