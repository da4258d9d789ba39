import { fromDayNumber } from "../calendar/index.ts";
import type { ClockStatus, Waiting } from "./clock-view.ts";
import type { FoldState } from "./fold-state.ts";
import { countedDaysBetween, type Pause } from "./pause-arithmetic.ts";

/**
 * Where the application stands on `atDay`: closed on time or late, waiting for a correction, or
 * open with the working days left (pauses not counted) or overdue by. Null for an open application
 * when no day was given.
 */
export function statusAt(
  s: FoldState,
  atDay: number | undefined,
  at: string | null,
  deadline: number | undefined,
  /** The deadline as already formatted for the view (saves formatting it twice). */
  formatted: string | null,
  pauses: readonly Pause[],
): ClockStatus | null {
  const { calendar } = s;
  if (s.closedDay !== undefined && s.closedOn !== null) {
    const deadlineOn = deadline === undefined ? null : (formatted ?? fromDayNumber(deadline));
    if (deadline === undefined || s.closedDay <= deadline) {
      return { kind: "closedOnTime", closedOn: s.closedOn, deadline: deadlineOn, lateBy: 0 };
    }
    const lateBy = calendar.workingDaysBetweenN(deadline, s.closedDay);
    return { kind: "closedLate", closedOn: s.closedOn, deadline: deadlineOn, lateBy };
  }
  if (atDay === undefined || at === null) return null;
  const c = s.correction;
  if (deadline === undefined || (c && c.receivedOn === null)) {
    const limit = c?.deadlineDay ?? atDay;
    return {
      kind: "awaitingCorrection",
      at,
      correctionDeadline: fromDayNumber(limit),
      lapsed: atDay > limit,
    };
  }
  const waitingFor = waiting(s, atDay);
  const deadlineOn = formatted ?? fromDayNumber(deadline);
  if (atDay > deadline) {
    return {
      kind: "overdue",
      at,
      deadline: deadlineOn,
      overdueBy: calendar.workingDaysBetweenN(deadline, atDay),
      waitingFor,
    };
  }
  const remaining = countedDaysBetween(calendar, atDay, deadline, pauses);
  const kind = remaining <= s.policy.dueSoonDays ? "dueSoon" : "onTime";
  return { kind, at, deadline: deadlineOn, remaining, waitingFor };
}

function waiting(s: FoldState, atDay: number): Waiting[] {
  const list: Waiting[] = [];
  for (const c of s.consults) {
    if (c.answeredDay !== undefined) continue;
    const lapsed = atDay > c.windowEnd;
    list.push({ on: c.party, ref: c.ref, until: fromDayNumber(c.windowEnd), lapsed, pausesClock: !lapsed });
  }
  const fee = s.fee;
  if (fee && fee.paidDay === undefined) {
    const lapsed = atDay > fee.limit;
    list.push({
      on: "payment",
      ref: "fee",
      until: fromDayNumber(fee.limit),
      lapsed,
      pausesClock: !lapsed && s.policy.feePauseExcluded,
    });
  }
  return list;
}

/** The status in one Chinese sentence, as shown to office staff. */
export function describeStatus(status: ClockStatus): string {
  switch (status.kind) {
    case "closedOnTime":
      return `已于 ${status.closedOn} 办结，未超过答复期限${status.deadline ? ` ${status.deadline}` : ""}`;
    case "closedLate":
      return status.lateBy > 0
        ? `已于 ${status.closedOn} 办结，超过答复期限 ${status.deadline} 共 ${status.lateBy} 个工作日`
        : `已于 ${status.closedOn} 办结，晚于答复期限 ${status.deadline}（在期限后的休息日答复）`;
    case "awaitingCorrection":
      return status.lapsed
        ? `补正期限 ${status.correctionDeadline} 已届满，申请人仍未补正，可视为放弃申请（表三（六）1）`
        : `等待申请人补正，补正期限 ${status.correctionDeadline}；答复期限自收到补正之日重新计算`;
    case "overdue":
      return `已超过答复期限 ${status.deadline}${status.overdueBy > 0 ? `，逾期 ${status.overdueBy} 个工作日` : ""}${describeWaiting(status.waitingFor)}`;
    case "dueSoon":
    case "onTime": {
      const left = status.remaining === 0 ? "今日到期" : `尚余 ${status.remaining} 个工作日`;
      const label = status.kind === "dueSoon" ? "临近答复期限" : "按期办理中";
      return `${label}：答复期限 ${status.deadline}，${left}${describeWaiting(status.waitingFor)}`;
    }
  }
}

function describeWaiting(list: Waiting[]): string {
  return list.map((w) => `；${describeOne(w)}${w.pausesClock ? "，其间答复期限暂停计算" : ""}`).join("");
}

function describeOne(w: Waiting): string {
  if (w.on === "payment") {
    return w.lapsed
      ? `缴费期限 ${w.until} 已届满未缴费，可视为放弃申请（表三（六）2）`
      : `等待申请人缴费（缴费期限 ${w.until}）`;
  }
  const who = w.on === "thirdParty" ? "第三方" : "有关行政机关";
  if (!w.lapsed) return `等待${who}意见（${w.ref}，期限 ${w.until}）`;
  return w.on === "thirdParty"
    ? `第三方（${w.ref}）逾期未提出意见，由本机关依法决定（第三十二条）`
    : `有关行政机关（${w.ref}）逾期未提出意见，视为同意（第三十四条）`;
}
