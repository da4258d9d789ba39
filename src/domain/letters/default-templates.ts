import {
  kindInfo,
  type LetterKind,
  type ProceduralKind,
  type ReplyKind,
  replyOutcome,
} from "./letter-kinds.ts";
import type { LetterTemplate } from "./letter-template.ts";

/**
 * The wording every agency starts from (version 0 of each kind). An agency administrator may adapt
 * it; `checkTemplate` keeps every required variable in. Lines are paragraphs.
 */

const INTRO = "本机关于{{receivedOn}}收到您提出的政府信息公开申请（申请编号：{{applicationNumber}}）。";

const PROCEDURAL_BODIES: Record<ProceduralKind, string[]> = {
  receipt: [
    "您提出的政府信息公开申请，本机关已经收到并登记，登记情况如下：",
    "申请编号：{{applicationNumber}}",
    "收到申请日期：{{receivedOn}}（{{channel}}）",
    "申请获取的信息：{{description}}",
    "本机关将依照《中华人民共和国政府信息公开条例》第三十三条的规定，自收到申请之日起20个工作日内作出答复，即最迟于{{replyDeadline}}答复；需要延长答复期限的，将另行书面告知。征求第三方或者有关机关意见、缴纳信息处理费等所需时间，不计算在答复期限内；本机关告知补正的，答复期限自收到补正后的申请之日起重新计算。",
    "您可以凭申请编号和查询码查询办理进度。",
  ],
  correction: [
    `${INTRO}经审查，您的申请内容不明确，根据{{basis}}，请您对以下事项作出补正：`,
    "{{correctionItems}}",
    "请您{{correctionDeadline}}对上述事项一并补正，并向本机关提交补正后的申请；可以凭申请编号和查询码在网上提交，也可以邮寄或者当面提交。答复期限自本机关收到补正后的申请之日起重新计算。",
    "{{noCorrectionConsequence}}",
    "特此告知。",
  ],
  extension: [
    "本机关于{{receivedOn}}收到您提出的政府信息公开申请（申请编号：{{applicationNumber}}），原答复期限为{{originalDeadline}}。",
    "因{{extensionReason}}，本机关不能在规定期限内作出答复。根据{{basis}}，经本机关政府信息公开工作机构负责人同意，答复期限延长{{extensionDays}}个工作日，本机关将最迟于{{newDeadline}}作出答复。",
    "特此告知。",
  ],
  consultationThirdParty: [
    "本机关收到一件政府信息公开申请，申请获取的信息为{{consultedInfo}}。经审查，该信息可能涉及你方的商业秘密、个人隐私等合法权益，公开可能损害你方合法权益。根据{{basis}}，现书面征求你方意见。",
    "请你方{{consultationWindow}}向本机关提出是否同意公开的书面意见；不同意公开的，请说明理由。{{silenceConsequence}}",
    "你方不同意公开且有合理理由的，本机关不予公开；但本机关认为不公开可能对公共利益造成重大影响的，将予以公开，并将决定公开的政府信息内容和理由书面告知你方。",
    "特此函告。",
  ],
  consultationAgency: [
    "本机关收到一件政府信息公开申请，申请获取的信息为{{consultedInfo}}，该信息系本机关与贵机关共同制作。根据{{basis}}，现征求贵机关意见。",
    "请贵机关{{consultationWindow}}提出是否同意公开的意见。{{silenceConsequence}}",
    "特此函告。",
  ],
  publicInterestNotice: [
    "本机关就{{disclosedInfo}}的公开征求了你方意见。{{objection}}",
    "经审查，{{publicInterestReasons}}，不公开可能对公共利益造成重大影响。根据{{basis}}，{{decision}}。",
    "{{remedies}}",
    "特此告知。",
  ],
  feeNotice: [
    "您于{{receivedOn}}提出的政府信息公开申请（申请编号：{{applicationNumber}}），申请公开政府信息的数量、频次明显超过合理范围。根据{{basis}}，本机关决定收取信息处理费。现将有关事项通知如下：",
    "一、收费方式：{{feeMethod}}",
    "二、收费标准：{{feeRate}}",
    "三、收费明细：",
    "{{feeItems}}",
    "四、应缴金额：{{feeAmount}}",
    "五、缴费方式：{{paymentMethod}}。",
    "六、缴费期限：请您{{paymentLimit}}缴纳信息处理费。{{nonPaymentConsequence}}",
    "{{feePause}}",
    "特此通知。",
  ],
  reasonsRequest: [
    INTRO,
    "{{volumeFacts}}",
    "您申请公开政府信息的数量、频次明显超过合理范围，根据{{basis}}，请您{{respondBy}}向本机关书面说明申请理由。",
    "{{reasonsConsequence}}",
    "特此告知。",
  ],
  longerDeadline: [
    "本机关于{{receivedOn}}收到您提出的政府信息公开申请（申请编号：{{applicationNumber}}），并于{{reasonsRequestedOn}}请您说明申请理由。",
    "经审查，您的申请理由合理，但{{longerReasons}}，本机关无法在《中华人民共和国政府信息公开条例》第三十三条规定的期限内答复。根据{{basis}}，本机关确定答复期限为{{longerDeadline}}，将最迟于该日作出答复。",
    "特此告知。",
  ],
};

const REPLY_BODY = [
  "本机关于{{receivedOn}}收到您提出的政府信息公开申请（申请编号：{{applicationNumber}}），您申请获取{{description}}。经审查，现答复如下：",
  "{{reasons}}",
  "根据{{basis}}，{{decision}}",
  "{{howToObtain}}",
  "{{holderAgency}}",
  "{{specialProcedure}}",
  "{{otherChannel}}",
  "{{remedies}}",
  "特此告知。",
];

/** Abandonment and withdrawal end handling without a decision on the information. */
const CLOSING_BODY = [
  "本机关于{{receivedOn}}收到您提出的政府信息公开申请（申请编号：{{applicationNumber}}），您申请获取{{description}}。",
  "{{reasons}}",
  "根据{{basis}}，{{decision}}",
  "{{remedies}}",
  "特此告知。",
];

/** The default wording of a kind. */
export function defaultTemplate(kind: LetterKind): LetterTemplate {
  const title = kindInfo(kind).title;
  if (!kind.startsWith("reply."))
    return { title, body: PROCEDURAL_BODIES[kind as ProceduralKind].join("\n") };
  const outcome = replyOutcome(kind as ReplyKind);
  const closing = outcome === "otherNoCorrection" || outcome === "otherFeeUnpaid" || outcome === "otherOther";
  return { title, body: (closing ? CLOSING_BODY : REPLY_BODY).join("\n") };
}
