import type { ClockView, Outcome } from "../applications/index.ts";
import { chineseDate, yuan } from "./letter-format.ts";

/**
 * The decision of each reply as its letter states it, after 「根据……的规定，」: what the agency
 * decided and the category the outcome rests on. Reasons specific to the case are the `reasons`
 * variable, written by staff or — where the ledger holds them — from the ledger (`ledgerReasons`).
 */
export const DECISIONS: Record<Outcome, string> = {
  disclosed: "本机关决定予以公开。",
  partiallyDisclosed: "本机关决定对您申请获取的政府信息作区分处理，向您提供可以公开的部分。",
  refusedStateSecret: "您申请获取的政府信息属于国家秘密，本机关决定不予公开。",
  refusedProhibitedByLaw: "您申请获取的政府信息属于法律、行政法规禁止公开的政府信息，本机关决定不予公开。",
  refusedThreeSecurities:
    "您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定，本机关决定不予公开。",
  refusedThirdParty:
    "您申请获取的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，本机关决定不予公开。",
  refusedInternalAffairs:
    "您申请获取的信息属于人事管理、后勤管理、内部工作流程等方面的内部事务信息，本机关决定不予公开。",
  refusedProcessInfo:
    "您申请获取的信息属于本机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息，本机关决定不予公开。",
  refusedEnforcementFiles: "您申请获取的信息属于行政执法案卷信息，本机关决定不予公开。",
  refusedInquiry:
    "您申请获取的信息属于工商、不动产登记资料等有关法律、行政法规对信息的获取有特别规定的信息，本机关不作为政府信息公开申请提供。",
  unableNotHeld: "经检索查找，本机关没有制作或者获取过您申请获取的政府信息，该政府信息不存在。",
  unableNeedsCreation: "您申请获取的信息需要本机关对现有政府信息进行加工、分析方能形成，本机关不予提供。",
  unableStillUnclear: "您补正后的申请内容仍不明确，本机关无法提供。",
  notProcessedPetition:
    "您的申请系以政府信息公开申请的形式进行信访、投诉、举报等活动，本机关不作为政府信息公开申请处理。",
  notProcessedRepeat: "您的申请与本机关已经答复的申请内容重复，本机关不予重复处理。",
  notProcessedPublication:
    "您要求提供的是政府公报、报刊、书籍等公开出版物，本机关不作为政府信息公开申请处理。",
  notProcessedMassRepeat: "本机关对您的申请不予处理。",
  notProcessedConfirm:
    "您的申请系要求本机关确认或者重新出具您已经获取的信息，不属于政府信息公开申请的处理范围，本机关不予处理。",
  otherNoCorrection: "视为您放弃申请，本机关不再处理您的该项政府信息公开申请。",
  otherFeeUnpaid: "视为您放弃申请，本机关不再处理您的该项政府信息公开申请。",
  otherOther: "本机关终止办理您的该项政府信息公开申请。",
};

/** 第三十六条第（一）项: the information is already public; the reply says where to get it. */
export const ALREADY_PUBLIC_DECISION =
  "您申请获取的政府信息本机关已经主动公开，现告知您获取该政府信息的方式和途径。";
/** 第三十六条第（五）项: not this agency's to disclose. */
export const NOT_OURS_DECISION = "您申请获取的政府信息不属于本机关负责公开的政府信息，本机关无法提供。";

/** The reasons of a reply that the ledger itself holds; null when staff must write them. */
export function ledgerReasons(outcome: Outcome, view: ClockView): string | null {
  const c = view.correction;
  switch (outcome) {
    case "otherNoCorrection":
      return c
        ? `本机关于${chineseDate(c.requestedOn)}告知您补正申请，补正期限为${chineseDate(c.applicantDeadline.date)}。补正期限届满，您未补正，也未说明正当理由。`
        : null;
    case "otherFeeUnpaid": {
      const fee = view.fee;
      return fee
        ? `本机关于${chineseDate(fee.noticeSentOn)}向您发出收费通知书，应缴信息处理费${yuan(fee.amountFen)}，缴费期限为${chineseDate(fee.paymentLimit.date)}。缴费期限届满，您未缴纳。`
        : null;
    }
    case "unableStillUnclear":
      return c?.receivedOn
        ? `本机关于${chineseDate(c.requestedOn)}告知您补正申请，您于${chineseDate(c.receivedOn)}提交了补正，但补正后的申请内容仍不明确，本机关无法确定您所需的政府信息。`
        : null;
    case "notProcessedMassRepeat":
      return view.reasonsRequestedOn
        ? `您申请公开政府信息的数量、频次明显超过合理范围。本机关于${chineseDate(view.reasonsRequestedOn)}请您说明申请理由，经审查，您的申请理由不合理。`
        : null;
    case "otherOther":
      // Closed without a reply: the applicant withdrew (a decided 其他 outcome has a reply date).
      return view.closedOn && view.repliedOn === null
        ? `您于${chineseDate(view.closedOn)}撤回了政府信息公开申请。`
        : null;
    default:
      return null;
  }
}

/** Where and how the applicant gets released information, from the form and channel chosen (第29条). */
export function defaultHowToObtain(app: {
  requestedForm: string;
  requestedFormLabel: string;
  delivery: string;
  email: string | null;
  address: string | null;
}): string {
  if (app.requestedForm === "viewing") {
    return "请您在收到本答复之日起，于工作时间携带本答复书和本人有效身份证件到本机关现场查阅。";
  }
  const form = `以${app.requestedFormLabel}形式`;
  switch (app.delivery) {
    case "post":
      return `本机关将${form}，通过邮寄方式向您提供上述政府信息${app.address ? `（寄往：${app.address}）` : ""}。`;
    case "email":
      return `本机关将${form}，通过电子邮件向您提供上述政府信息${app.email ? `（发送至：${app.email}）` : ""}。`;
    case "online":
      return `本机关将${form}，通过本平台向您提供上述政府信息，您可以凭申请编号和查询码下载。`;
    default:
      return `本机关已${form}备好上述政府信息，请您于工作时间携带本答复书和本人有效身份证件到本机关领取。`;
  }
}
