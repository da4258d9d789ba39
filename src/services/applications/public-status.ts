import {
  CHANNEL_RULES,
  type ClockView,
  type DerivedDate,
  deriveClock,
  type LedgerEvent,
  OUTCOME_INFO,
  type Outcome,
  REGULATION,
  REMEDIES_TEXT,
  type ReceiptChannel,
} from "../../domain/applications/index.ts";
import type { ServiceContext } from "../context.ts";
import { maskName } from "../privacy/mask.ts";
import { APPLICATION_PHASE_LABELS, type ApplicationPhase } from "./application-view.ts";
import { applicationCalendar } from "./calendar-in-force.ts";
import { type OpenedApplication, openWithCode, type PublicCredentials } from "./public-access.ts";

/** What the applicant sees on the status page: plain Chinese, no internal notes, no staff names. */
export interface PublicStatus {
  number: string;
  agencyName: string;
  /** Masked, even here: the page may be seen over a shoulder. */
  applicantName: string;
  submittedOn: string;
  receivedOn: string | null;
  phase: ApplicationPhase;
  phaseLabel: string;
  /** Where things stand, in one or two sentences. */
  state: string;
  open: boolean;
  /** The reply deadline in force; `provisional` when the official schedule of its year is not published yet. */
  replyDeadline: (DerivedDate & { note: string | null }) | null;
  /** While a correction is awaited: its deadline, and that it can be sent from this page. */
  correction: { requestedOn: string; deadline: DerivedDate; canCorrect: boolean } | null;
  timeline: { date: string; label: string; detail: string | null }[];
  /** Once closed: the outcome, its legal basis and the remedies. */
  decision: {
    outcome: Outcome;
    label: string;
    basis: string[];
    decidedOn: string | null;
    repliedOn: string | null;
    remedies: string;
  } | null;
}

const PROVISIONAL_NOTE = "该期限涉及的年度尚未公布法定节假日安排，暂按周末推算，公布后将自动更正";

/**
 * The status of an application for whoever holds its number and query code.
 * @throws AppError VALIDATION (malformed), NOT_FOUND (wrong code or unknown number: one answer).
 */
export async function publicStatus(
  ctx: ServiceContext,
  credentials: PublicCredentials,
): Promise<PublicStatus> {
  return describeForApplicant(ctx, await openWithCode(ctx.db, credentials));
}

/** The status page of an application opened with its code. */
export async function describeForApplicant(
  ctx: ServiceContext,
  { row, agencyName, ledger }: OpenedApplication,
): Promise<PublicStatus> {
  const view = ledger.length === 0 ? null : deriveClock(ledger, await applicationCalendar(ctx.db));
  const due = view?.replyDeadline ?? null;
  const correction = view?.correction && view.correction.receivedOn === null ? view.correction : null;
  const closed = view?.closedOn != null && view.outcome !== null;
  return {
    number: row.number,
    agencyName,
    applicantName: maskName(row.applicant_name),
    submittedOn: row.arrived_on,
    receivedOn: view?.receivedOn ?? null,
    phase: row.phase,
    phaseLabel: APPLICATION_PHASE_LABELS[row.phase],
    state: stateSentence(row.phase, agencyName, view),
    open: view?.closedOn == null,
    replyDeadline: due && { ...due, note: due.provisional ? PROVISIONAL_NOTE : null },
    correction: correction && {
      requestedOn: correction.requestedOn,
      deadline: correction.applicantDeadline,
      canCorrect: row.phase === "awaitingCorrection",
    },
    timeline: ledger.flatMap((e) => timelineEntry(e, view)),
    decision:
      closed && view?.outcome
        ? {
            outcome: view.outcome,
            label: OUTCOME_INFO[view.outcome].label,
            basis: OUTCOME_INFO[view.outcome].basis.map((b) =>
              b.startsWith("第") ? `${REGULATION}${b}` : b,
            ),
            decidedOn: view.decision?.decidedOn ?? null,
            repliedOn: view.repliedOn,
            remedies: REMEDIES_TEXT,
          }
        : null,
  };
}

function stateSentence(phase: ApplicationPhase, agency: string, v: ClockView | null): string {
  const due = v?.replyDeadline
    ? `答复期限为 ${v.replyDeadline.date}${v.replyDeadline.provisional ? "（暂定）" : ""}。`
    : "";
  switch (phase) {
    case "submitted":
      return `申请已提交，等待${agency}确认收到。网上提交的申请，以双方确认之日为收到申请之日。`;
    case "processing":
      return `${agency}已于 ${v?.receivedOn} 收到申请，正在办理。${due}`;
    case "awaitingCorrection":
      return `${agency}已告知您补正申请，请在 ${v?.correction?.applicantDeadline.date} 前提交补正内容；收到补正后，答复期限重新计算。`;
    case "decided":
      return `${agency}已作出答复决定，答复书正在送达。`;
    case "replied":
      return `${agency}已于 ${v?.repliedOn} 答复，本申请已办结。`;
    case "withdrawn":
      return `您已于 ${v?.closedOn} 撤回申请，本申请已办结。`;
    case "abandoned":
      return v?.outcome === "otherFeeUnpaid"
        ? "因逾期未缴纳信息处理费，视为放弃申请，本申请已办结。"
        : "因逾期未补正，视为放弃申请，本申请已办结。";
    case "archived":
      return "本申请已办结并归档。";
  }
}

/** One step as the applicant sees it; internal steps (confidentiality review, archiving) are left out. */
function timelineEntry(e: LedgerEvent, v: ClockView | null): PublicStatus["timeline"] {
  const entry = (label: string, detail: string | null = null) => [{ date: e.date, label, detail }];
  switch (e.type) {
    case "received":
      return entry("收到申请", `${CHANNEL_RULES[e.channel as ReceiptChannel].label}，此日为法定收到申请之日`);
    case "correctionRequested":
      return entry("告知补正", v?.correction ? `补正期限：${v.correction.applicantDeadline.date}` : null);
    case "correctionReceived":
      return entry("收到补正", "答复期限自收到补正之日起重新计算");
    case "consultationSent":
      return entry("征求意见", "征求第三方或有关机关意见所需时间不计入答复期限");
    case "consultationAnswered":
      return entry("收到意见");
    case "extensionApproved":
      return entry("延长答复期限", `延长 ${e.workingDays} 个工作日`);
    case "feeNoticeSent":
      return entry(
        "发出收费通知",
        v?.fee
          ? `信息处理费 ${(v.fee.amountFen / 100).toFixed(2)} 元，请于 ${v.fee.paymentLimit.date} 前缴纳`
          : null,
      );
    case "feePaid":
      return entry("缴纳信息处理费");
    case "reasonsRequested":
      return entry("要求说明理由");
    case "longerDeadlineSet":
      return entry("确定答复期限", `答复期限为 ${e.deadline}`);
    case "decided":
      return entry("作出答复决定");
    case "replied":
      return entry("答复申请人");
    case "withdrawn":
      return entry("撤回申请");
    case "abandoned":
      return entry("视为放弃申请", e.reason === "feeUnpaid" ? "逾期未缴纳信息处理费" : "逾期未补正");
    case "noticeDelivered":
      // A consultation goes to a third party or another agency: not the applicant's to see.
      if (e.notice === "consultationSent") return [];
      return e.notice === "correctionRequested"
        ? entry("补正告知书送达", v?.correction ? `补正期限：${v.correction.applicantDeadline.date}` : null)
        : entry("收费通知书送达", v?.fee ? `请于 ${v.fee.paymentLimit.date} 前缴纳` : null);
    case "confidentialityReviewed":
    case "archived":
      return [];
  }
}
