import { fromDayNumber } from "../calendar/index.ts";
import { type FoldState, replyDeadlineDay, warn } from "./fold-state.ts";
import type { EventOf } from "./ledger-events.ts";
import { OUTCOME_INFO, type Outcome } from "./outcomes.ts";
import { refuse, requirePhase } from "./procedure-rules.ts";

type Ending = EventOf<"decided" | "replied" | "withdrawn" | "abandoned">;

/** The steps that end an application: decision and reply, withdrawal, abandonment. */
export function stepDecision(s: FoldState, i: number, e: Ending, day: number): void {
  switch (e.type) {
    case "decided":
      decided(s, i, e, day);
      return;
    case "replied":
      if (s.phase === "processing")
        throw refuse("CONFLICT", i, e, "尚未作出答复决定，请先登记答复决定（decided）");
      requirePhase(s.phase, i, e);
      s.phase = "replied";
      s.repliedOn = e.date;
      close(s, e.date, day, s.decision?.outcome ?? "otherOther", true);
      return;
    case "withdrawn":
      requirePhase(s.phase, i, e);
      s.phase = "withdrawn";
      // Withdrawal counts under （六）3 其他 in table 三, whatever was decided before.
      close(s, e.date, day, "otherOther", false);
      return;
    case "abandoned":
      abandoned(s, i, e, day);
      return;
  }
}

function decided(s: FoldState, i: number, e: EventOf<"decided">, day: number): void {
  if (s.phase === "withdrawn") {
    throw refuse("CONFLICT", i, e, `申请人已于 ${s.closedOn} 撤回申请，不能再作出答复决定`);
  }
  if (s.decision)
    throw refuse("CONFLICT", i, e, `已于 ${s.decision.decidedOn} 作出答复决定，一件申请只有一个办理结果`);
  if (s.phase === "awaitingCorrection") {
    throw refuse(
      "CONFLICT",
      i,
      e,
      "申请人尚未补正，不能作出答复决定；补正期限届满仍未补正的，请登记视为放弃（abandoned）",
    );
  }
  requirePhase(s.phase, i, e);
  const outcome = e.outcome;
  if (outcome === "otherNoCorrection" || outcome === "otherFeeUnpaid") {
    throw refuse("VALIDATION", i, e, "逾期不补正、逾期不缴费请登记视为放弃（abandoned），并写明原因");
  }
  if (outcome === "unableStillUnclear" && !s.correction?.receivedOn) {
    throw refuse("CONFLICT", i, e, "“补正后申请内容仍不明确”须在申请人补正之后才能作出");
  }
  const info = OUTCOME_INFO[outcome];
  if (info.releases) checkRelease(s, i, e, day);
  s.decision = { decidedOn: e.date, outcome };
  s.phase = "decided";
}

/** 予以公开 and 部分公开 release information: a confidentiality review must come first (保密审查). */
function checkRelease(s: FoldState, i: number, e: EventOf<"decided">, day: number): void {
  const review = s.review;
  if (!review) {
    throw refuse(
      "CONFLICT",
      i,
      e,
      "作出“予以公开”或“部分公开”决定前须完成保密审查（记录审查人、日期和结论），请先登记保密审查",
    );
  }
  if (review.conclusion === "notReleasable") {
    throw refuse("CONFLICT", i, e, `${review.reviewedOn} 的保密审查结论为不得公开，不能作出公开决定`);
  }
  if (review.conclusion === "partlyReleasable" && e.outcome === "disclosed") {
    throw refuse("CONFLICT", i, e, `${review.reviewedOn} 的保密审查结论为部分可以公开，应作出“部分公开”决定`);
  }
  for (const c of s.consults) {
    if (c.party !== "thirdParty") continue;
    if (c.answeredDay === undefined && day <= c.windowEnd) {
      warn(
        s,
        "DECIDED_DURING_CONSULTATION",
        e.date,
        `征求第三方意见（${c.ref}）的期限 ${fromDayNumber(c.windowEnd)} 尚未届满即决定公开`,
      );
    }
    if (c.position === "objection") {
      warn(
        s,
        "THIRD_PARTY_OBJECTION_OVERRIDDEN",
        e.date,
        `第三方（${c.ref}）不同意公开：只有不公开会对公共利益造成重大影响时才可公开，并应将决定内容和理由书面告知第三方（第三十二条）`,
      );
    }
  }
}

function abandoned(s: FoldState, i: number, e: EventOf<"abandoned">, day: number): void {
  if (e.reason === "noCorrection") {
    const c = s.correction;
    if (!c || s.phase !== "awaitingCorrection")
      throw refuse("CONFLICT", i, e, "没有等待中的补正，不能以逾期不补正视为放弃");
    if (day <= c.deadlineDay) {
      throw refuse("CONFLICT", i, e, `补正期限 ${fromDayNumber(c.deadlineDay)} 尚未届满，不能视为放弃申请`);
    }
  } else {
    const fee = s.fee;
    if (!fee || fee.paidOn) throw refuse("CONFLICT", i, e, "没有未缴纳的收费通知，不能以逾期不缴费视为放弃");
    if (day <= fee.limit)
      throw refuse("CONFLICT", i, e, `缴费期限 ${fromDayNumber(fee.limit)} 尚未届满，不能视为放弃申请`);
  }
  requirePhase(s.phase, i, e);
  s.phase = "abandoned";
  close(s, e.date, day, e.reason === "noCorrection" ? "otherNoCorrection" : "otherFeeUnpaid", false);
}

function close(s: FoldState, date: string, day: number, outcome: Outcome, isReply: boolean): void {
  s.closedDay = day;
  s.closedOn = date;
  s.outcome = outcome;
  if (!isReply) return;
  const deadline = replyDeadlineDay(s, day);
  if (deadline !== undefined && day > deadline) {
    const late = s.calendar.workingDaysBetweenN(deadline, day);
    const by = late > 0 ? `逾期 ${late} 个工作日` : "在期限后的休息日答复";
    warn(s, "REPLY_LATE", date, `答复晚于答复期限 ${fromDayNumber(deadline)}，${by}`);
  }
}
