import { AppError } from "../app-error.ts";
import { CHANNEL_RULES, type ReceiptChannel } from "../applications/index.ts";
import { type ComposeContext, findStep, type KindFacts, withoutEndPunctuation } from "./compose-letter.ts";
import { composeConsultation, composeFeeNotice, composePublicInterestNotice } from "./compose-notices.ts";
import { chineseDate, citeBasis } from "./letter-format.ts";
import type { LetterRequest, RequestOf } from "./letter-request.ts";
import { requiredVariables } from "./letter-variables.ts";

/** The procedural letters to the applicant: receipt, correction, extension and the 第35条 letters. */
export function composeProcedural(
  ctx: ComposeContext,
  request: Exclude<LetterRequest, { kind: "reply" }>,
): KindFacts {
  switch (request.kind) {
    case "receipt":
      return receipt(ctx);
    case "correction":
      return correction(ctx, request);
    case "extension":
      return extension(ctx, request);
    case "consultation":
      return composeConsultation(ctx, request);
    case "publicInterestNotice":
      return composePublicInterestNotice(ctx, request);
    case "feeNotice":
      return composeFeeNotice(ctx, request);
    case "reasonsRequest":
      return reasonsRequest(ctx, request);
    case "longerDeadline":
      return longerDeadline(ctx, request);
  }
}

/** Facts of a letter to the applicant about one step. */
function toApplicant(
  ctx: ComposeContext,
  kind: KindFacts["kind"],
  found: { seq: number; event: { type: KindFacts["step"]["type"]; date: string } },
  values: KindFacts["values"],
): KindFacts {
  const { seq, event } = found;
  return {
    kind,
    step: { seq, type: event.type, date: event.date, ref: null },
    addressee: ctx.record.application.applicantName,
    values,
    required: requiredVariables(kind),
  };
}

function receipt(ctx: ComposeContext): KindFacts {
  const found = findStep(ctx.record, "received", "登记回执");
  const statutory = ctx.viewAt(found.event.date).statutoryDeadline;
  return toApplicant(ctx, "receipt", found, {
    channel: CHANNEL_RULES[found.event.channel as ReceiptChannel].label,
    replyDeadline: statutory ? ctx.day(statutory) : "",
  });
}

/** Items as listed: numbering and end punctuation typed by staff removed, each ending 「；」, the last 「。」. */
export function correctionItems(items: readonly string[]): string[] {
  const cleaned = items.map((item) => withoutEndPunctuation(item.replace(/^\s*[（(]?\d+[)）.．、]\s*/u, "")));
  const seen = new Map<string, number>();
  cleaned.forEach((item, i) => {
    const key = item.replace(/\s+/g, "");
    const first = seen.get(key);
    if (first !== undefined) {
      const message = `补正事项第 ${i + 1} 项与第 ${first + 1} 项重复：补正须一次性告知，每一项只列一次`;
      throw new AppError("VALIDATION", message, { issues: [{ path: ["items", i], message }] });
    }
    seen.set(key, i);
  });
  return cleaned.map((item, i) => `${item}${i === cleaned.length - 1 ? "。" : "；"}`);
}

function correction(ctx: ComposeContext, request: RequestOf<"correction">): KindFacts {
  const found = findStep(ctx.record, "correctionRequested", "补正告知书");
  const e = found.event;
  const c = ctx.view.correction;
  let deadline: string;
  if (e.deadline !== undefined) {
    deadline = `于${chineseDate(e.deadline)}前（含当日）`;
  } else {
    // Counted from the applicant's receipt of this notice: the date is printed only once known.
    const known = c?.noticeReceiptRecorded ? `（截至${ctx.day(c.applicantDeadline)}）` : "";
    deadline = `自收到本告知书之日起${e.workingDays}个工作日内${known}`;
  }
  return toApplicant(ctx, "correction", found, {
    basis: citeBasis(["第三十条"]),
    correctionItems: correctionItems(request.items),
    correctionDeadline: deadline,
    noCorrectionConsequence:
      "您无正当理由逾期不补正的，视为放弃申请，本机关不再处理您的该项政府信息公开申请。",
  });
}

function extension(ctx: ComposeContext, request: RequestOf<"extension">): KindFacts {
  const found = findStep(ctx.record, "extensionApproved", "延期答复告知书");
  const then = ctx.viewAt(found.event.date);
  return toApplicant(ctx, "extension", found, {
    basis: citeBasis(["第三十三条第二款"]),
    originalDeadline: then.statutoryDeadline ? ctx.day(then.statutoryDeadline) : "",
    newDeadline: then.replyDeadline ? ctx.day(then.replyDeadline) : "",
    extensionDays: String(found.event.workingDays),
    extensionReason: withoutEndPunctuation(request.reason),
  });
}

function reasonsRequest(ctx: ComposeContext, request: RequestOf<"reasonsRequest">): KindFacts {
  const found = findStep(ctx.record, "reasonsRequested", "说明理由告知书");
  return toApplicant(ctx, "reasonsRequest", found, {
    basis: citeBasis(["第三十五条"]),
    volumeFacts: request.volumeFacts ?? "",
    respondBy:
      request.respondBy === undefined
        ? "自收到本告知书之日起15个工作日内"
        : `于${chineseDate(request.respondBy)}前（含当日）`,
    reasonsConsequence:
      "经审查，申请理由不合理的，本机关将告知您不予处理；申请理由合理，但无法在规定期限内答复的，本机关将确定合理的延迟答复期限并告知您。",
  });
}

function longerDeadline(ctx: ComposeContext, request: RequestOf<"longerDeadline">): KindFacts {
  const found = findStep(ctx.record, "longerDeadlineSet", "延迟答复告知书");
  const asked = ctx.view.reasonsRequestedOn;
  return toApplicant(ctx, "longerDeadline", found, {
    basis: citeBasis(["第三十五条"]),
    reasonsRequestedOn: asked ? chineseDate(asked) : "",
    longerDeadline: chineseDate(found.event.deadline),
    longerReasons: withoutEndPunctuation(request.reasons),
  });
}
