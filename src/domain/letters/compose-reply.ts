import { AppError } from "../app-error.ts";
import {
  type LedgerEvent,
  OUTCOME_INFO,
  type Outcome,
  type ReplyItem,
  requiredReplyItems,
} from "../applications/index.ts";
import { type ComposeContext, findStep, type KindFacts, withoutEndPunctuation } from "./compose-letter.ts";
import { citeBasis } from "./letter-format.ts";
import { kindInfo, type ReplyKind } from "./letter-kinds.ts";
import type { RequestOf } from "./letter-request.ts";
import { REPLY_ITEM_VARIABLES } from "./letter-variables.ts";
import { remediesSentence } from "./remedies.ts";
import {
  ALREADY_PUBLIC_DECISION,
  DECISIONS,
  defaultHowToObtain,
  ledgerReasons,
  NOT_OURS_DECISION,
} from "./reply-wording.ts";

/**
 * The reply to the applicant for the application's outcome (第36–39条, 第30条, 109号): the decision
 * and its basis, reasons where refused, how to obtain what is released, the responsible agency when
 * the information is another's, the special procedure or channel where one applies, and the
 * remedies. The step is the decision, or the withdrawal or abandonment that ended handling.
 */
export function composeReply(ctx: ComposeContext, request: RequestOf<"reply">): KindFacts {
  const { view, record } = ctx;
  const outcome = view.outcome ?? view.decision?.outcome ?? null;
  if (outcome === null) {
    throw new AppError(
      "CONFLICT",
      "尚未作出答复决定：请先在办理台账中登记答复决定（或撤回、视为放弃），再出具答复书",
    );
  }
  const found = closingStep(ctx, outcome);
  const kind: ReplyKind = `reply.${outcome}`;
  const holderKnown = outcome === "unableNotHeld" && request.holder !== undefined;
  const letterName = kindInfo(kind).title.endsWith("告知书") ? "本告知书" : "本答复";
  const values = {
    decision: decision(outcome, request),
    basis: citeBasis(basisOf(outcome, request)),
    reasons: request.reasons
      ? `${withoutEndPunctuation(request.reasons)}。`
      : (ledgerReasons(outcome, view) ?? ""),
    howToObtain: howToObtain(outcome, request, record.application),
    holderAgency: request.holder
      ? `该政府信息由${request.holder.name}负责公开，联系方式：${withoutEndPunctuation(request.holder.contact)}。您可以向该机关提出申请。`
      : "",
    specialProcedure:
      outcome === "refusedInquiry"
        ? `请您${withoutEndPunctuation(request.procedure ?? "依照有关法律、行政法规的规定，向有关主管部门办理查询手续")}。`
        : "",
    otherChannel:
      outcome === "notProcessedPetition"
        ? `${withoutEndPunctuation(request.channel ?? "请您通过信访、投诉、举报等相应渠道向有关机关提出")}。`
        : "",
    remedies: remediesSentence(record.agency, `如对${letterName}不服`, letterName),
  };
  return {
    kind,
    step: { seq: found.seq, type: found.event.type, date: found.event.date, ref: null },
    addressee: record.application.applicantName,
    values,
    required: requiredReplyItems(outcome, { holderKnown }).flatMap((i: ReplyItem) => REPLY_ITEM_VARIABLES[i]),
  };
}

/** The step that decided the outcome: the withdrawal, the abandonment, or the decision. */
function closingStep(ctx: ComposeContext, outcome: Outcome): { seq: number; event: LedgerEvent } {
  const { view, record } = ctx;
  if (outcome === "otherNoCorrection" || outcome === "otherFeeUnpaid") {
    return findStep(record, "abandoned", "视为放弃告知书");
  }
  if (outcome === "otherOther" && view.closedOn && view.repliedOn === null) {
    return findStep(record, "withdrawn", "终止办理告知书");
  }
  return findStep(record, "decided", "答复书");
}

function decision(outcome: Outcome, request: RequestOf<"reply">): string {
  if (outcome === "disclosed" && request.publishedAt) return ALREADY_PUBLIC_DECISION;
  if (outcome === "unableNotHeld" && request.holder) return NOT_OURS_DECISION;
  return DECISIONS[outcome];
}

/** The articles cited: the one item of 第36条 that applies where the outcome covers two. */
function basisOf(outcome: Outcome, request: RequestOf<"reply">): string[] {
  if (outcome === "disclosed") return [request.publishedAt ? "第三十六条第（一）项" : "第三十六条第（二）项"];
  if (outcome === "unableNotHeld") return [request.holder ? "第三十六条第（五）项" : "第三十六条第（四）项"];
  return OUTCOME_INFO[outcome].basis;
}

function howToObtain(
  outcome: Outcome,
  request: RequestOf<"reply">,
  app: ComposeContext["record"]["application"],
): string {
  if (request.howToObtain) return `${withoutEndPunctuation(request.howToObtain)}。`;
  if (request.publishedAt && (outcome === "disclosed" || outcome === "notProcessedPublication")) {
    return `您可以通过以下途径获取：${withoutEndPunctuation(request.publishedAt)}。`;
  }
  return OUTCOME_INFO[outcome].releases ? defaultHowToObtain(app) : "";
}
