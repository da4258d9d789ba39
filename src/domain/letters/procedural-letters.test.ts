import { describe, expect, it } from "vitest";
import { AppError } from "../app-error.ts";
import type { LedgerEvent } from "../applications/index.ts";
import { composeLetter } from "./compose-letter.ts";
import type { LetterRequest } from "./letter-request.ts";
import { missingElements, sampleLetter, sampleRecord } from "./letter-samples.test-support.ts";

/*
 * Every procedural letter, its required elements and its dates on the official 2026 schedule,
 * counted by hand (the day of receipt is not counted; 2/15–2/23, 4/4–4/6, 9/25–9/27, 10/1–10/7 off;
 * Sat 2/14, Sat 2/28, Sun 9/20, Sat 10/10 are make-up working days).
 */

const received = (date = "2026-03-02"): LedgerEvent => ({ type: "received", date, channel: "online" });

function letter(ledger: LedgerEvent[], request: LetterRequest) {
  const made = sampleLetter(ledger, request);
  expect(missingElements(made.composed, made.text)).toEqual([]);
  return made;
}

function refusal(ledger: LedgerEvent[], request: LetterRequest, over = {}): AppError {
  try {
    composeLetter(sampleRecord(ledger, over), request);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("the letter was composed");
}

describe("登记回执 (receipt)", () => {
  it("received Fri 2/13 → reply by 3/19 (Sat 2/14 counts, 2/15–2/23 off, Sat 2/28 counts)", () => {
    const { content, text, composed } = letter([received("2026-02-13")], { kind: "receipt" });
    expect(content.title).toBe("政府信息公开申请登记回执");
    expect(content.date).toBe("2026年2月13日");
    expect(composed.step).toEqual({ seq: 1, type: "received", date: "2026-02-13", ref: null });
    expect(text).toContain("申请编号：2026-0001-0002-5");
    expect(text).toContain("收到申请日期：2026年2月13日（互联网渠道）");
    expect(text).toContain("即最迟于2026年3月19日答复");
  });
});

describe("补正告知书 (correction, 第30条)", () => {
  const start = received("2026-03-03");
  const asked = (over: object = {}) =>
    ({ type: "correctionRequested", date: "2026-03-05", workingDays: 10, ...over }) as LedgerEvent;
  const items = ["1. 请写明所需文件的年份；", "（2）请写明工程名称", "请提供联系电话。"];

  it("lists every item once, the deadline and the consequence of not correcting", () => {
    const { content, text } = letter([start, asked()], { kind: "correction", items });
    expect(content.title).toBe("政府信息公开申请补正告知书");
    expect(content.date).toBe("2026年3月5日");
    expect(content.paragraphs).toContain("1.请写明所需文件的年份；");
    expect(content.paragraphs).toContain("2.请写明工程名称；");
    expect(content.paragraphs).toContain("3.请提供联系电话。");
    expect(text).toContain("根据《中华人民共和国政府信息公开条例》第三十条的规定");
    // Counted from the applicant's receipt, not yet known: no date is promised.
    expect(text).toContain("请您自收到本告知书之日起10个工作日内对上述事项一并补正");
    expect(text).not.toContain("截至");
    expect(text).toContain("逾期不补正的，视为放弃申请");
  });

  it("prints the date once the receipt is known: received Mon 3/9 → 3/23", () => {
    const { text } = letter([start, asked({ receivedOn: "2026-03-09" })], { kind: "correction", items });
    expect(text).toContain("自收到本告知书之日起10个工作日内（截至2026年3月23日）");
  });

  it("a deadline set as a date is printed as that date", () => {
    const fixed = asked({ workingDays: undefined, deadline: "2026-03-20" });
    expect(letter([start, fixed], { kind: "correction", items }).text).toContain(
      "请您于2026年3月20日前（含当日）",
    );
  });

  it("refuses an item listed twice (补正须一次性告知)", () => {
    const err = refusal([start, asked()], {
      kind: "correction",
      items: ["请写明年份", "请写明工程名称", " 请写明年份。"],
    });
    expect(err.message).toBe("补正事项第 3 项与第 1 项重复：补正须一次性告知，每一项只列一次");
  });

  it("needs the step in the ledger first", () => {
    const err = refusal([start], { kind: "correction", items });
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toContain("请先在办理台账中登记“告知补正”");
  });
});

describe("延期答复告知书 (extension, 第33条第二款)", () => {
  it("received Fri 9/18: due 10/22; extended 20 working days on 10/15 → 11/19", () => {
    // 9/20 (1), 9/21–9/24 (5), 9/28–9/30 (8), 10/8 10/9 (10), Sat 10/10 (11), 10/12–10/16 (16),
    // 10/19–10/22 (20); then 10/23 (1), 10/26–10/30 (6), 11/2–11/6 (11), 11/9–11/13 (16), 11/16–11/19 (20).
    const ledger: LedgerEvent[] = [
      received("2026-09-18"),
      { type: "extensionApproved", date: "2026-10-15", workingDays: 20, approver: "王强" },
    ];
    const { content, text } = letter(ledger, {
      kind: "extension",
      reason: "申请涉及多个年度的档案，需要逐卷查找。",
    });
    expect(content.date).toBe("2026年10月15日");
    expect(text).toContain("原答复期限为2026年10月22日");
    expect(text).toContain("因申请涉及多个年度的档案，需要逐卷查找，本机关不能在规定期限内作出答复");
    expect(text).toContain("第三十三条第二款的规定");
    expect(text).toContain("答复期限延长20个工作日，本机关将最迟于2026年11月19日作出答复");
  });
});

describe("征求意见书 (第32条 third party, 第34条 co-authoring agency)", () => {
  const sent = (party: "thirdParty" | "agency", over: object = {}) =>
    ({
      type: "consultationSent",
      date: "2026-03-04",
      ref: "C1",
      party,
      name: "某建设有限公司",
      ...over,
    }) as LedgerEvent;

  it("third party: 15 working days from receipt (3/6 → 3/27), silence → the agency decides by law", () => {
    const { content, text, composed } = letter(
      [received(), sent("thirdParty", { receivedOn: "2026-03-06" })],
      {
        kind: "consultation",
      },
    );
    expect(composed.kind).toBe("consultationThirdParty");
    expect(composed.audience).toBe("thirdParty");
    expect(content.addressee).toBe("某建设有限公司");
    expect(text).toContain("第三十二条的规定");
    expect(text).toContain("自收到本征求意见书之日起15个工作日内（截至2026年3月27日）");
    expect(text).toContain(
      "逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。",
    );
    // The applicant's identity is not the third party's business.
    expect(text).not.toContain("张三丰");
  });

  it("co-authoring agency: silence counts as consent", () => {
    const ledger = [received(), sent("agency", { name: "甲市一县交通运输局" })];
    const { composed, text } = letter(ledger, { kind: "consultation", ref: "C1" });
    expect(composed.kind).toBe("consultationAgency");
    expect(text).toContain("第三十四条的规定");
    expect(text).toContain("自收到本函之日起15个工作日内提出");
    expect(text).toContain("逾期未提出意见的，视为同意公开。");
  });

  it("asks which consultation when there are several", () => {
    const two = [received(), sent("thirdParty"), sent("agency", { ref: "C2", date: "2026-03-05" })];
    expect(refusal(two, { kind: "consultation" }).message).toContain("请用 ref 指明");
  });
});

describe("告知第三方 (disclosure in the public interest over an objection, 第32条)", () => {
  const ledger: LedgerEvent[] = [
    received(),
    { type: "consultationSent", date: "2026-03-04", ref: "C1", party: "thirdParty", name: "某建设有限公司" },
    { type: "consultationAnswered", date: "2026-03-11", ref: "C1", position: "objection" },
    { type: "confidentialityReviewed", date: "2026-03-20", reviewer: "李明", conclusion: "releasable" },
    { type: "decided", date: "2026-03-25", outcome: "disclosed" },
  ];

  it("the decision, its reasons, and the third party's remedies", () => {
    const { content, text } = letter(ledger, {
      kind: "publicInterestNotice",
      reasons: "该工程使用财政资金，中标价格关系公共资金使用效益。",
    });
    expect(content.addressee).toBe("某建设有限公司");
    expect(content.date).toBe("2026年3月25日");
    expect(text).toContain("你方于2026年3月11日提出不同意公开的意见。");
    expect(text).toContain(
      "经审查，该工程使用财政资金，中标价格关系公共资金使用效益，不公开可能对公共利益造成重大影响",
    );
    expect(text).toContain("第三十二条的规定，本机关决定予以公开。");
    expect(text).toContain(
      "你方如对本机关决定公开上述信息不服，可以自收到本告知书之日起60日内依法向甲市一县人民政府申请行政复议",
    );
  });

  it("only where a third party objected", () => {
    const consent = ledger.map((e) =>
      e.type === "consultationAnswered" ? { ...e, position: "consent" } : e,
    ) as LedgerEvent[];
    expect(refusal(consent, { kind: "publicInterestNotice", reasons: "公共利益" }).code).toBe("CONFLICT");
  });
});

describe("收费通知书 (fee notice, 第42条, 109号)", () => {
  const notice = (over: object = {}) =>
    ({
      type: "feeNoticeSent",
      date: "2026-03-17",
      fee: { method: "perItem", nth: 35 },
      ...over,
    }) as LedgerEvent;

  it("basis, method, rate, itemised amount, how to pay, the limit from the day after receipt (3/18 → 4/16), the consequence", () => {
    const { content, text } = letter([received(), notice({ receivedOn: "2026-03-18" })], {
      kind: "feeNotice",
    });
    expect(content.title).toBe("政府信息公开信息处理费收费通知书");
    expect(content.date).toBe("2026年3月17日");
    expect(text).toContain("第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定");
    expect(text).toContain(
      "一、收费方式：按件计收。本件申请是您在2026年3月内向本机关提出的第35件政府信息公开申请。",
    );
    expect(text).toContain("第11—30件，每件收费100元");
    expect(content.paragraphs).toContain("1.第31—40件档：每件200元，本件计200.00元");
    expect(text).toContain("四、应缴金额：人民币200.00元（大写：贰佰元整）");
    expect(text).toContain("五、缴费方式：通过非税收入电子缴款系统缴纳，缴款码见本通知书附页。");
    expect(text).toContain("请您自收到本通知书之日的次日起20个工作日内（截至2026年4月16日）缴纳信息处理费");
    expect(text).toContain("逾期未缴纳的，视为放弃申请");
    expect(text).toContain("不计算在答复期限内");
  });

  it("per page: each band itemised, 250 pages = 4,700 元", () => {
    const { content } = letter([received(), notice({ fee: { method: "perPage", pages: 250 } })], {
      kind: "feeNotice",
    });
    expect(content.paragraphs.filter((p) => /^\d\.第/.test(p))).toEqual([
      "1.第1—30页：30页，不收费",
      "2.第31—100页：70页，每页10元，计700.00元",
      "3.第101—200页：100页，每页20元，计2,000.00元",
      "4.第201页及以上：50页，每页40元，计2,000.00元",
    ]);
    expect(content.paragraphs).toContain("四、应缴金额：人民币4,700.00元（大写：肆仟柒佰元整）");
  });

  it("without a known receipt the date is not promised", () => {
    expect(letter([received(), notice()], { kind: "feeNotice" }).text).toContain(
      "请您自收到本通知书之日的次日起20个工作日内缴纳信息处理费",
    );
  });

  it("needs a payment method, from the request or the agency's settings", () => {
    const err = refusal(
      [received(), notice()],
      { kind: "feeNotice" },
      { settings: { paymentMethod: null, signer: null } },
    );
    expect(err.message).toContain("请填写信息处理费的缴纳方式");
    const given = composeLetter(
      sampleRecord([received(), notice()], { settings: { paymentMethod: null, signer: null } }),
      {
        kind: "feeNotice",
        paymentMethod: "到本机关财务室刷卡缴纳",
      },
    );
    expect(given.values.paymentMethod).toBe("到本机关财务室刷卡缴纳");
  });
});

describe("第三十五条: the request for reasons and the longer deadline", () => {
  it("说明理由告知书: basis, the answer date, what unreasonable reasons lead to", () => {
    const ledger = [received(), { type: "reasonsRequested", date: "2026-03-05" } as LedgerEvent];
    const { text } = letter(ledger, {
      kind: "reasonsRequest",
      respondBy: "2026-03-20",
      volumeFacts: "您于2026年2月至3月间向本机关提出政府信息公开申请共86件。",
    });
    expect(text).toContain("您于2026年2月至3月间向本机关提出政府信息公开申请共86件。");
    expect(text).toContain(
      "根据《中华人民共和国政府信息公开条例》第三十五条的规定，请您于2026年3月20日前（含当日）向本机关书面说明申请理由",
    );
    expect(text).toContain("申请理由不合理的，本机关将告知您不予处理");
  });

  it("延迟答复告知书: the longer deadline set and its reasons", () => {
    const ledger: LedgerEvent[] = [
      received(),
      { type: "reasonsRequested", date: "2026-03-05" },
      { type: "longerDeadlineSet", date: "2026-03-16", deadline: "2026-05-29" },
    ];
    const { content, text } = letter(ledger, {
      kind: "longerDeadline",
      reasons: "所申请的86件信息需逐件检索、审查",
    });
    expect(content.date).toBe("2026年3月16日");
    expect(text).toContain("并于2026年3月5日请您说明申请理由");
    expect(text).toContain("但所申请的86件信息需逐件检索、审查，本机关无法在");
    expect(text).toContain("第三十五条的规定，本机关确定答复期限为2026年5月29日");
  });
});
