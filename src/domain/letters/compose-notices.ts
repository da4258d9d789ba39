import { AppError } from "../app-error.ts";
import { type ConsultationView, OUTCOME_INFO, quoteFee } from "../applications/index.ts";
import { type ComposeContext, findStep, type KindFacts, withoutEndPunctuation } from "./compose-letter.ts";
import { feeValues } from "./fee-wording.ts";
import { chineseDate, citeBasis } from "./letter-format.ts";
import type { RequestOf } from "./letter-request.ts";
import { requiredVariables } from "./letter-variables.ts";
import { remediesSentence } from "./remedies.ts";

/** Letters about consultation (第32条, 第34条) and the fee notice (第42条, 109号). */

/** The consultation a letter is about: the one named by `ref`, or the only one there is. */
function pickConsultation(
  ctx: ComposeContext,
  ref: string | undefined,
  letter: string,
  where: (c: ConsultationView) => boolean = () => true,
): ConsultationView {
  const candidates = ctx.view.consultations.filter((c) => (ref === undefined || c.ref === ref) && where(c));
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (only) return only;
  if (candidates.length === 0) {
    const which = ref === undefined ? "" : `编号为“${ref}”的`;
    throw new AppError("CONFLICT", `没有可以出具${letter}的${which}征求意见，请先在办理台账中登记征求意见`, {
      ref,
    });
  }
  const refs = candidates.map((c) => c.ref).join("、");
  const message = `本申请有多项征求意见（${refs}），请用 ref 指明${letter}所针对的一项`;
  throw new AppError("VALIDATION", message, { issues: [{ path: ["ref"], message }] });
}

export function composeConsultation(ctx: ComposeContext, request: RequestOf<"consultation">): KindFacts {
  const c = pickConsultation(ctx, request.ref, "征求意见书");
  const found = findStep(ctx.record, "consultationSent", "征求意见书", (e) => e.ref === c.ref);
  const thirdParty = c.party === "thirdParty";
  const kind = thirdParty ? "consultationThirdParty" : "consultationAgency";
  const addressee = request.addressee ?? c.name ?? "";
  if (addressee === "") {
    const message = `请填写被征求意见的${thirdParty ? "第三方" : "机关"}名称（addressee）`;
    throw new AppError("VALIDATION", message, { issues: [{ path: ["addressee"], message }] });
  }
  const self = thirdParty ? "本征求意见书" : "本函";
  // The window runs from the addressee's receipt: its end is printed only once the delivery is known.
  const known = c.deliveryRecorded ? `（截至${ctx.day(c.windowEnd)}）` : "";
  const subject = request.subject ?? ctx.record.application.description;
  return {
    kind,
    step: { seq: found.seq, type: "consultationSent", date: found.event.date, ref: c.ref },
    addressee,
    values: {
      basis: citeBasis([thirdParty ? "第三十二条" : "第三十四条"]),
      consultedInfo: `“${withoutEndPunctuation(subject)}”`,
      consultationWindow: `自收到${self}之日起15个工作日内${known}`,
      silenceConsequence: thirdParty
        ? "逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。"
        : "逾期未提出意见的，视为同意公开。",
    },
    required: requiredVariables(kind),
  };
}

export function composePublicInterestNotice(
  ctx: ComposeContext,
  request: RequestOf<"publicInterestNotice">,
): KindFacts {
  const decision = ctx.view.decision;
  if (!decision || !OUTCOME_INFO[decision.outcome].releases) {
    throw new AppError(
      "CONFLICT",
      "尚未作出予以公开或部分公开的决定：只有决定公开第三方不同意公开的信息时，才需要书面告知第三方",
    );
  }
  const c = pickConsultation(
    ctx,
    request.ref,
    "第三方告知书",
    (x) => x.party === "thirdParty" && x.position === "objection",
  );
  const found = findStep(ctx.record, "decided", "第三方告知书");
  const addressee = request.addressee ?? c.name ?? "";
  if (addressee === "") {
    const message = "请填写第三方名称（addressee）";
    throw new AppError("VALIDATION", message, { issues: [{ path: ["addressee"], message }] });
  }
  const partial = decision.outcome === "partiallyDisclosed";
  return {
    kind: "publicInterestNotice",
    step: { seq: found.seq, type: "decided", date: found.event.date, ref: c.ref },
    addressee,
    values: {
      basis: citeBasis(["第三十二条"]),
      disclosedInfo: `“${withoutEndPunctuation(request.disclosedInfo ?? ctx.record.application.description)}”`,
      objection: c.answeredOn ? `你方于${chineseDate(c.answeredOn)}提出不同意公开的意见。` : "",
      publicInterestReasons: withoutEndPunctuation(request.reasons),
      decision: partial ? "本机关决定公开其中可以公开的部分" : "本机关决定予以公开",
      remedies: remediesSentence(ctx.record.agency, "你方如对本机关决定公开上述信息不服", "本告知书"),
    },
    required: requiredVariables("publicInterestNotice"),
  };
}

export function composeFeeNotice(ctx: ComposeContext, request: RequestOf<"feeNotice">): KindFacts {
  const found = findStep(ctx.record, "feeNoticeSent", "收费通知书");
  const fee = ctx.view.fee;
  if (!fee) throw new AppError("CONFLICT", "台账中没有收费通知，请先登记发出收费通知");
  const paymentMethod = request.paymentMethod ?? ctx.record.settings.paymentMethod ?? "";
  if (paymentMethod.trim() === "") {
    const message =
      "请填写信息处理费的缴纳方式（缴款账户或缴款途径）：可在本次出具时填写，也可由机关管理员在文书设置中统一填写";
    throw new AppError("VALIDATION", message, { issues: [{ path: ["paymentMethod"], message }] });
  }
  const known = fee.noticeReceiptRecorded ? `（截至${ctx.day(fee.paymentLimit)}）` : "";
  return {
    kind: "feeNotice",
    step: { seq: found.seq, type: "feeNoticeSent", date: found.event.date, ref: null },
    addressee: ctx.record.application.applicantName,
    values: {
      basis: citeBasis(OUTCOME_INFO.otherFeeUnpaid.basis),
      ...feeValues(quoteFee(fee.basis), fee.basis, ctx.view.receivedOn),
      paymentMethod: withoutEndPunctuation(paymentMethod),
      paymentLimit: `自收到本通知书之日的次日起20个工作日内${known}`,
      nonPaymentConsequence: "逾期未缴纳的，视为放弃申请，本机关不再处理您的该项政府信息公开申请。",
      feePause:
        ctx.record.policy?.feePauseExcluded === false
          ? ""
          : "自本通知书发出之日至您缴纳信息处理费之日的期间，不计算在答复期限内。",
    },
    required: requiredVariables("feeNotice"),
  };
}
