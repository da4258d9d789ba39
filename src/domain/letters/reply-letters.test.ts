import { describe, expect, it } from "vitest";
import { AppError } from "../app-error.ts";
import { type LedgerEvent, OUTCOMES, type Outcome } from "../applications/index.ts";
import type { LetterRequest } from "./letter-request.ts";
import { AGENCY, missingElements, sampleLetter } from "./letter-samples.test-support.ts";
import { DECISIONS } from "./reply-wording.ts";

/*
 * One reply for each of the 21 outcomes of table 三, on the official 2026 calendar. Every letter
 * must state the decision with its basis by article, the reasons where the outcome needs them, how
 * to obtain what is released, the holder where known, the special procedure or channel, and the
 * remedies naming the agency's reconsideration body and court. Dates counted by hand (the day of
 * receipt is not counted): a fee notice received Fri 3/6 → 20 working days 3/9–3/13, 3/16–3/20,
 * 3/23–3/27, 3/30–4/3 → 4/3.
 */

const R = "《中华人民共和国政府信息公开条例》";
const received: LedgerEvent = { type: "received", date: "2026-03-02", channel: "online" };
const review = (conclusion: "releasable" | "partlyReleasable" = "releasable"): LedgerEvent => ({
  type: "confidentialityReviewed",
  date: "2026-03-20",
  reviewer: "李明",
  conclusion,
});
const decided = (outcome: Outcome): LedgerEvent => ({ type: "decided", date: "2026-03-25", outcome });
const REASONS = "经查，该文件系本机关内部会议的讨论记录";

interface Case {
  name: string;
  outcome: Outcome;
  steps: LedgerEvent[];
  request?: Omit<Extract<LetterRequest, { kind: "reply" }>, "kind">;
  title?: string;
  basis: string;
  decision?: string;
  phrases?: string[];
  date?: string;
}

const refused = (outcome: Outcome, basis: string): Case => ({
  name: outcome,
  outcome,
  steps: [decided(outcome)],
  request: { reasons: REASONS },
  basis,
  phrases: [`${REASONS}。`],
});

const CASES: Case[] = [
  {
    name: "disclosed (第36条(二)): how to obtain, from the form and channel applied for",
    outcome: "disclosed",
    steps: [review(), decided("disclosed")],
    basis: `${R}第三十六条第（二）项的规定`,
    phrases: ["本机关将以电子数据形式，通过电子邮件向您提供上述政府信息（发送至：zhangsan@example.cn）。"],
  },
  {
    name: "disclosed, already public (第36条(一)): where to get it",
    outcome: "disclosed",
    steps: [review(), decided("disclosed")],
    request: { publishedAt: "甲市一县人民政府门户网站“政府信息公开”栏目。" },
    basis: `${R}第三十六条第（一）项的规定`,
    decision: "您申请获取的政府信息本机关已经主动公开，现告知您获取该政府信息的方式和途径。",
    phrases: ["您可以通过以下途径获取：甲市一县人民政府门户网站“政府信息公开”栏目。"],
  },
  {
    name: "partiallyDisclosed (第37条): reasons for the withheld part and how to obtain the rest",
    outcome: "partiallyDisclosed",
    steps: [review("partlyReleasable"), decided("partiallyDisclosed")],
    request: { reasons: "中标人的银行账户信息属于商业秘密，已作遮盖处理" },
    basis: `${R}第三十七条的规定`,
    phrases: ["中标人的银行账户信息属于商业秘密，已作遮盖处理。", "通过电子邮件向您提供上述政府信息"],
  },
  refused("refusedStateSecret", `${R}第十四条、第三十六条第（三）项的规定`),
  refused("refusedProhibitedByLaw", `${R}第十四条、第三十六条第（三）项的规定`),
  refused("refusedThreeSecurities", `${R}第十四条、第三十六条第（三）项的规定`),
  refused("refusedThirdParty", `${R}第十五条、第三十二条、第三十六条第（三）项的规定`),
  refused("refusedInternalAffairs", `${R}第十六条第一款、第三十六条第（三）项的规定`),
  refused("refusedProcessInfo", `${R}第十六条第二款、第三十六条第（三）项的规定`),
  refused("refusedEnforcementFiles", `${R}第十六条第二款、第三十六条第（三）项的规定`),
  {
    name: "refusedInquiry (第36条(七)): the special procedure",
    outcome: "refusedInquiry",
    steps: [decided("refusedInquiry")],
    basis: `${R}第三十六条第（七）项的规定`,
    phrases: ["请您依照有关法律、行政法规的规定，向有关主管部门办理查询手续。"],
  },
  {
    name: "unableNotHeld, no holder known (第36条(四))",
    outcome: "unableNotHeld",
    steps: [decided("unableNotHeld")],
    request: { reasons: "本机关检索了2024年至2025年的全部收发文登记，未找到所述文件" },
    basis: `${R}第三十六条第（四）项的规定`,
  },
  {
    name: "unableNotHeld, another agency's (第36条(五)): its name and contact",
    outcome: "unableNotHeld",
    steps: [decided("unableNotHeld")],
    request: {
      reasons: "农村公路维修工程由县交通运输局组织实施",
      holder: { name: "甲市一县交通运输局", contact: "0591-7654321，甲市一县建设路8号" },
    },
    basis: `${R}第三十六条第（五）项的规定`,
    decision: "您申请获取的政府信息不属于本机关负责公开的政府信息，本机关无法提供。",
    phrases: [
      "该政府信息由甲市一县交通运输局负责公开，联系方式：0591-7654321，甲市一县建设路8号。您可以向该机关提出申请。",
    ],
  },
  refused("unableNeedsCreation", `${R}第三十八条的规定`),
  {
    name: "unableStillUnclear (第30条): the reasons come from the ledger",
    outcome: "unableStillUnclear",
    steps: [
      { type: "correctionRequested", date: "2026-03-04", workingDays: 5 },
      { type: "correctionReceived", date: "2026-03-09" },
      decided("unableStillUnclear"),
    ],
    basis: `${R}第三十条的规定`,
    phrases: [
      "本机关于2026年3月4日告知您补正申请，您于2026年3月9日提交了补正，但补正后的申请内容仍不明确，本机关无法确定您所需的政府信息。",
    ],
  },
  {
    name: "notProcessedPetition (第39条第一款): the proper channel",
    outcome: "notProcessedPetition",
    steps: [decided("notProcessedPetition")],
    request: { reasons: "您的申请实为对村道施工质量的投诉" },
    basis: `${R}第三十九条第一款的规定`,
    phrases: ["请您通过信访、投诉、举报等相应渠道向有关机关提出。"],
  },
  refused("notProcessedRepeat", `${R}第三十六条第（六）项的规定`),
  refused("notProcessedPublication", `${R}第三十九条第二款的规定`),
  {
    name: "notProcessedMassRepeat (第35条): the reasons request of the ledger",
    outcome: "notProcessedMassRepeat",
    steps: [{ type: "reasonsRequested", date: "2026-03-05" }, decided("notProcessedMassRepeat")],
    basis: `${R}第三十五条的规定`,
    phrases: ["本机关于2026年3月5日请您说明申请理由，经审查，您的申请理由不合理。"],
  },
  refused("notProcessedConfirm", "国办公开办函〔2021〕30号所列情形"),
  {
    name: "otherNoCorrection (第30条): abandoned after the correction deadline",
    outcome: "otherNoCorrection",
    steps: [
      { type: "correctionRequested", date: "2026-03-04", deadline: "2026-03-13" },
      { type: "abandoned", date: "2026-03-16", reason: "noCorrection" },
    ],
    title: "政府信息公开申请视为放弃告知书",
    basis: `${R}第三十条的规定`,
    phrases: [
      "本机关于2026年3月4日告知您补正申请，补正期限为2026年3月13日。补正期限届满，您未补正，也未说明正当理由。",
    ],
    date: "2026年3月16日",
  },
  {
    name: "otherFeeUnpaid (109号): abandoned after the payment limit 4/3",
    outcome: "otherFeeUnpaid",
    steps: [
      {
        type: "feeNoticeSent",
        date: "2026-03-05",
        receivedOn: "2026-03-06",
        fee: { method: "perItem", nth: 15 },
      },
      { type: "abandoned", date: "2026-04-07", reason: "feeUnpaid" },
    ],
    title: "政府信息公开申请视为放弃告知书",
    basis: `${R}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定`,
    phrases: [
      "本机关于2026年3月5日向您发出收费通知书，应缴信息处理费100.00元，缴费期限为2026年4月3日。缴费期限届满，您未缴纳。",
    ],
    date: "2026年4月7日",
  },
  {
    name: "otherOther: the applicant withdrew",
    outcome: "otherOther",
    steps: [{ type: "withdrawn", date: "2026-03-10" }],
    title: "政府信息公开申请终止办理告知书",
    basis: `${R}的有关规定`,
    phrases: ["您于2026年3月10日撤回了政府信息公开申请。"],
    date: "2026年3月10日",
  },
];

describe("a reply for every outcome of table 三", () => {
  it("covers all 21 outcomes", () => {
    expect(new Set(CASES.map((c) => c.outcome))).toEqual(new Set(OUTCOMES));
  });

  it.each(CASES)("$name", (c) => {
    const { composed, content, text } = sampleLetter([received, ...c.steps], { kind: "reply", ...c.request });
    expect(composed.kind).toBe(`reply.${c.outcome}`);
    expect(content.title).toBe(c.title ?? "政府信息公开申请答复书");
    expect(content.addressee).toBe("张三丰");
    expect(content.date).toBe(c.date ?? "2026年3月25日");
    expect(content.signer).toBe(AGENCY.name);
    expect(text).toContain("本机关于2026年3月2日收到您提出的政府信息公开申请（申请编号：2026-0001-0002-5）");
    expect(text).toContain(`根据${c.basis}，${c.decision ?? DECISIONS[c.outcome]}`);
    const self = content.title.endsWith("告知书") ? "本告知书" : "本答复";
    expect(text).toContain(
      `如对${self}不服，可以自收到${self}之日起60日内依法向甲市一县人民政府申请行政复议，` +
        `或者自收到${self}之日起6个月内依法向甲市一县人民法院提起行政诉讼。`,
    );
    for (const phrase of c.phrases ?? []) expect(text).toContain(phrase);
    expect(missingElements(composed, text)).toEqual([]);
    expect(composed.provisional).toBe(false);
  });
});

describe("what a reply cannot lack", () => {
  it("a refusal without reasons is refused, naming the missing element", () => {
    expect(() => sampleLetter([received, decided("refusedStateSecret")], { kind: "reply" })).toThrowError(
      /出具答复书（属于国家秘密）还缺少：\{\{reasons\}\}（理由）/,
    );
  });

  it("names the competent bodies when the agency has not recorded its own", () => {
    const { text } = sampleLetter(
      [received, review(), decided("disclosed")],
      { kind: "reply" },
      {
        agency: { ...AGENCY, reconsiderationBody: null, court: "  " },
      },
    );
    expect(text).toContain("60日内依法向有管辖权的行政复议机关申请行政复议");
    expect(text).toContain("6个月内依法向有管辖权的人民法院提起行政诉讼");
  });

  it("there is no reply before a decision", () => {
    let error: unknown;
    try {
      sampleLetter([received], { kind: "reply" });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("CONFLICT");
  });

  it("the holder's line is left out when no holder is known (第36条(四))", () => {
    const { text } = sampleLetter([received, decided("unableNotHeld")], { kind: "reply", reasons: REASONS });
    expect(text).not.toContain("负责公开");
  });
});
