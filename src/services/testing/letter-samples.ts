import type { LedgerEvent, Outcome } from "../../domain/applications/index.ts";
import { LETTER_KINDS, type LetterKind, type LetterRequest } from "../../domain/letters/index.ts";
import { type Actor, systemActor, userActor } from "../actor.ts";
import { createAgency } from "../agencies/agencies.ts";
import type { ApplicantInput } from "../applications/applicant-input.ts";
import { normalizeApplicationNumber } from "../applications/application-number.ts";
import { getApplication } from "../applications/get-application.ts";
import { recordStep } from "../applications/record-step.ts";
import { registerApplication } from "../applications/register-application.ts";
import type { ServiceContext } from "../context.ts";
import { issueLetter } from "../letters/issue-letter.ts";
import { updateLetterSettings } from "../letters/letter-settings.ts";
import type { LetterDetail } from "../letters/letter-view.ts";
import { letterDocx } from "../letters/list-letters.ts";
import { recordDelivery } from "../letters/record-delivery.ts";
import { addUser } from "../users/users.ts";

/**
 * One letter of every kind, issued through the real services from the ledgers of a sample county
 * (青禾县人民政府 under 山前市) on the official 2026 calendar: what docs/letters-samples.md shows and
 * its test checks. Everything is fixed (dates, names, the order of issue), so the same database
 * engine gives the same letters, numbers included, on every run.
 */

export interface LetterSample {
  kind: LetterKind;
  letter: LetterDetail;
  docx: Uint8Array;
}

const CITY = "sample-city";
const COUNTY = "sample-county";
const PASSWORD = "sample letters only";

const PERSON: ApplicantInput = {
  type: "naturalPerson",
  name: "李晓梅",
  idType: "residentId",
  idNumber: "11010519491231002X",
  phone: "13812345678",
  email: "lixiaomei@example.cn",
  address: "山前市青禾县城关镇解放路18号",
  postalCode: "352100",
};

const DESCRIPTION = "2025年青禾县城关镇老旧小区改造工程的招标文件、中标结果及工程验收报告";

/** A clock the builder moves forward by hand: 10:00 in Beijing on the day set. */
function handClock(day: string) {
  let now = new Date(`${day}T02:00:00.000Z`);
  return {
    now: () => new Date(now.getTime()),
    set: (next: string) => {
      now = new Date(`${next}T02:00:00.000Z`);
    },
  };
}

/** Issues the sample letters into `db` (migrated, empty of the sample agencies), in LETTER_KINDS order. */
export async function issueSampleLetters(db: ServiceContext["db"]): Promise<LetterSample[]> {
  const clock = handClock("2026-03-02");
  const ctx: ServiceContext = { db, clock: clock.now };
  const { clerk, admin } = await sampleCounty(ctx);
  await updateLetterSettings(ctx, admin, COUNTY, {
    expectedVersion: 0,
    paymentMethod: "通过非税收入电子缴款系统缴纳（缴款码见本通知书附页），或者到本机关政务服务窗口刷卡缴纳",
  });

  const issued = new Map<LetterKind, LetterDetail>();
  let registered = 0;
  /** One application: register on `received`, then record steps and issue letters day by day. */
  const application = async (received: string, over: { description?: string } = {}) => {
    clock.set(received);
    const reg = await registerApplication(ctx, clerk, {
      receipt: { channel: "inPerson", submittedOn: received },
      applicant: PERSON,
      description: over.description ?? DESCRIPTION,
      purpose: "了解本小区改造工程的质量和资金使用情况",
      requestedForm: "electronic",
      delivery: "email",
    });
    const id = reg.application.id;
    await ctx.db
      .updateTable("applications")
      .set({ number: sampleNumber(++registered) })
      .where("id", "=", id)
      .execute();
    return {
      step: async (event: LedgerEvent) => {
        clock.set(event.date);
        const { version } = await getApplication(ctx, clerk, id);
        await recordStep(ctx, clerk, id, version, event);
      },
      issue: async (request: LetterRequest, on?: string) => {
        if (on) clock.set(on);
        const letter = await issueLetter(ctx, clerk, id, request);
        issued.set(letter.kind, letter);
        return letter;
      },
    };
  };
  /** A decision on an application received 3/2, and its reply. */
  const decide = async (
    outcome: Outcome,
    request: Omit<Extract<LetterRequest, { kind: "reply" }>, "kind">,
  ) => {
    const app = await application("2026-03-02");
    await app.step({ type: "decided", date: "2026-03-25", outcome });
    await app.issue({ kind: "reply", ...request });
  };

  // The full path: receipt, correction (delivered by post), extension, a third party's objection
  // overruled in the public interest, release in full.
  const main = await application("2026-03-02");
  await main.issue({ kind: "receipt" });
  await main.step({ type: "correctionRequested", date: "2026-03-04", workingDays: 10 });
  const correction = await main.issue({
    kind: "correction",
    items: [
      "请写明所需招标文件的项目名称或者招标编号",
      "请写明所需验收报告涉及的小区名称",
      "请提供便于联系的电话号码",
    ],
  });
  clock.set("2026-03-09");
  await recordDelivery(ctx, clerk, correction.id, {
    method: "post",
    deliveredOn: "2026-03-06",
    note: "挂号信",
  });
  await main.step({ type: "correctionReceived", date: "2026-03-11" });
  await main.step({
    type: "consultationSent",
    date: "2026-03-13",
    ref: "Q1",
    party: "thirdParty",
    name: "山前市宏远建设工程有限公司",
  });
  await main.issue({
    kind: "consultation",
    ref: "Q1",
    subject: "青禾县城关镇老旧小区改造工程的中标结果及工程验收报告",
  });
  await main.step({ type: "consultationAnswered", date: "2026-03-27", ref: "Q1", position: "objection" });
  await main.step({ type: "extensionApproved", date: "2026-04-01", workingDays: 15, approver: "王建国" });
  await main.issue({ kind: "extension", reason: "申请涉及的验收资料分散在多个参建单位，需要逐件调取、核对" });
  await main.step({
    type: "confidentialityReviewed",
    date: "2026-04-20",
    reviewer: "周文",
    conclusion: "releasable",
  });
  await main.step({ type: "decided", date: "2026-04-22", outcome: "disclosed" });
  await main.issue({
    kind: "publicInterestNotice",
    ref: "Q1",
    reasons: "该工程使用财政资金，验收结论关系小区居民的居住安全",
  });
  await main.issue({ kind: "reply" });

  const coauthored = await application("2026-03-03");
  await coauthored.step({
    type: "consultationSent",
    date: "2026-03-05",
    ref: "J1",
    party: "agency",
    name: "青禾县住房和城乡建设局",
  });
  await coauthored.issue({
    kind: "consultation",
    ref: "J1",
    subject: "《青禾县老旧小区改造工作方案》（青政办〔2025〕12号）",
  });

  const fee = await application("2026-03-02");
  await fee.step({ type: "feeNoticeSent", date: "2026-03-17", fee: { method: "perPage", pages: 250 } });
  await fee.issue({ kind: "feeNotice" });
  await fee.step({ type: "abandoned", date: "2026-04-16", reason: "feeUnpaid" });
  await fee.issue({ kind: "reply" });

  const mass = await application("2026-03-02");
  await mass.step({ type: "reasonsRequested", date: "2026-03-05" });
  await mass.issue({
    kind: "reasonsRequest",
    respondBy: "2026-03-20",
    volumeFacts: "您于2026年2月至3月间向本机关提出政府信息公开申请共86件，其中内容相同或者相近的63件。",
  });
  await mass.step({ type: "decided", date: "2026-03-25", outcome: "notProcessedMassRepeat" });
  await mass.issue({ kind: "reply" });

  const longer = await application("2026-03-02");
  await longer.step({ type: "reasonsRequested", date: "2026-03-05" });
  await longer.step({ type: "longerDeadlineSet", date: "2026-03-16", deadline: "2026-05-29" });
  await longer.issue({ kind: "longerDeadline", reasons: "所申请的86件信息需要逐件检索、审查" });

  const unclear = await application("2026-03-02");
  await unclear.step({ type: "correctionRequested", date: "2026-03-04", workingDays: 10 });
  await unclear.step({ type: "correctionReceived", date: "2026-03-09" });
  await unclear.step({ type: "decided", date: "2026-03-25", outcome: "unableStillUnclear" });
  await unclear.issue({ kind: "reply" });

  const silent = await application("2026-03-02");
  await silent.step({ type: "correctionRequested", date: "2026-03-04", deadline: "2026-03-13" });
  await silent.step({ type: "abandoned", date: "2026-03-16", reason: "noCorrection" });
  await silent.issue({ kind: "reply" });

  const withdrawn = await application("2026-03-02");
  await withdrawn.step({ type: "withdrawn", date: "2026-03-10" });
  await withdrawn.issue({ kind: "reply" });

  const partly = await application("2026-03-02");
  await partly.step({
    type: "confidentialityReviewed",
    date: "2026-03-20",
    reviewer: "周文",
    conclusion: "partlyReleasable",
  });
  await partly.step({ type: "decided", date: "2026-03-25", outcome: "partiallyDisclosed" });
  await partly.issue({
    kind: "reply",
    reasons: "中标人的银行账户和项目负责人的身份证号码属于商业秘密和个人隐私，已作遮盖处理",
  });

  for (const [outcome, request] of REPLIES) await decide(outcome, request);

  const samples: LetterSample[] = [];
  for (const kind of LETTER_KINDS) {
    const letter = issued.get(kind);
    if (!letter) throw new Error(`no sample letter of kind ${kind}`);
    samples.push({ kind, letter, docx: (await letterDocx(ctx, clerk, letter.id)).bytes });
  }
  return samples;
}

/** The replies decided on 3/25 without earlier steps, with what staff write into each. */
const REPLIES: [Outcome, Omit<Extract<LetterRequest, { kind: "reply" }>, "kind">][] = [
  ["refusedStateSecret", { reasons: "您申请获取的人民防空工程布局图经保密审查确定为国家秘密" }],
  [
    "refusedProhibitedByLaw",
    { reasons: "《中华人民共和国统计法》第三十九条禁止公开能够识别单个统计调查对象的资料" },
  ],
  ["refusedThreeSecurities", { reasons: "您申请获取的县城供水管网及水源地安保部署图公开后可能危及公共安全" }],
  [
    "refusedThirdParty",
    { reasons: "投标人的成本构成和报价明细属于其商业秘密，经征求意见，该公司不同意公开" },
  ],
  ["refusedInternalAffairs", { reasons: "您申请获取的是本机关内部干部考核的记录，属于人事管理信息" }],
  ["refusedProcessInfo", { reasons: "您申请获取的是县政府常务会议对该方案的讨论记录，属于过程性信息" }],
  ["refusedEnforcementFiles", { reasons: "您申请获取的是对某企业环境违法行为的行政处罚案卷材料" }],
  [
    "refusedInquiry",
    {
      procedure:
        "持本人身份证件和不动产权属证明，到青禾县不动产登记中心（青禾县府前路8号）申请查询不动产登记资料",
    },
  ],
  [
    "unableNotHeld",
    {
      reasons: "城关镇老旧小区的物业服务合同由物业服务企业与业主委员会签订，本机关未制作或者获取该信息",
      holder: { name: "青禾县城关镇人民政府", contact: "0593-7654321，青禾县城关镇人民路2号" },
    },
  ],
  [
    "unableNeedsCreation",
    {
      reasons:
        "您要求按村统计近五年每户获得的补助金额，本机关没有现成的统计信息，需要对现有资料进行汇总、加工",
    },
  ],
  [
    "notProcessedPetition",
    {
      reasons: "您的申请实为对小区改造施工噪声扰民的投诉",
      channel: "请您通过12345政务服务便民热线或者向青禾县住房和城乡建设局反映",
    },
  ],
  [
    "notProcessedRepeat",
    { reasons: "本机关已于2026年2月10日就相同内容作出答复（青政信复〔2026〕3号），您再次提出相同申请" },
  ],
  [
    "notProcessedPublication",
    {
      reasons: "您申请获取的《青禾年鉴（2025）》系公开出版物",
      publishedAt: "青禾县图书馆、青禾县档案馆可以查阅，新华书店有售",
    },
  ],
  ["notProcessedConfirm", { reasons: "您要求本机关对已获取的2024年征收补偿方案加盖公章予以确认" }],
];

/**
 * The n-th sample application's number, 2026-0000-00nn-c. Real numbers are random (unguessable);
 * the samples replace them, before any letter is written, so that the generated page is stable.
 * The check digit is the one the number reader accepts.
 */
function sampleNumber(n: number): string {
  const stem = `2026-0000-${String(n).padStart(4, "0")}`;
  for (let check = 0; check < 10; check++) {
    try {
      return normalizeApplicationNumber(`${stem}-${check}`);
    } catch {
      // not the check digit
    }
  }
  throw new Error(`no check digit for ${stem}`);
}

/** Staff of the sample county: a clerk who issues the letters and the administrator of its settings. */
async function sampleCounty(ctx: ServiceContext): Promise<{ clerk: Actor; admin: Actor }> {
  const system = systemActor("letter-samples");
  await createAgency(ctx, system, { id: CITY, parentId: null, level: "city", name: "山前市人民政府" });
  await createAgency(ctx, system, {
    id: COUNTY,
    parentId: CITY,
    level: "county",
    name: "青禾县人民政府",
    shortName: "青",
    address: "山前市青禾县府前路1号",
    postalCode: "352100",
    phone: "0593-1234567",
    reconsiderationBody: "山前市人民政府",
    court: "山前市中级人民法院",
  });
  const user = async (username: string, roles: ("clerk" | "agency_admin")[]) =>
    userActor(
      await addUser(ctx, system, {
        agencyId: COUNTY,
        username,
        displayName: username,
        roles,
        password: PASSWORD,
      }),
    );
  return {
    clerk: await user("sample-clerk", ["clerk"]),
    admin: await user("sample-admin", ["agency_admin"]),
  };
}
