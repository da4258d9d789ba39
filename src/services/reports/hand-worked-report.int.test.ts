import { describe, expect, it } from "vitest";
import type { LedgerEvent } from "../../domain/applications/index.ts";
import { v2021 } from "../../domain/report/format/v2021.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import type { Actor } from "../actor.ts";
import type { ApplicantInput } from "../applications/applicant-input.ts";
import type { RegistrationInput } from "../applications/application-input.ts";
import {
  COMPANY,
  handClock,
  onlineInput,
  PERSON,
  REQUEST,
} from "../applications/application-samples.test-support.ts";
import { confirmReceipt, recordStep } from "../applications/record-step.ts";
import { registerApplication } from "../applications/register-application.ts";
import { submitOnline } from "../applications/submit-online.ts";
import type { ServiceContext } from "../context.ts";
import { setFeeIncome } from "../registers/fee-income.ts";
import { createNormativeDocument, updateNormativeDocument } from "../registers/normative-documents.ts";
import { setRegisterCount } from "../registers/register-counts.ts";
import { createRemedyCase } from "../registers/remedy-cases.ts";
import { createSampleTree } from "../testing/sample-tree.ts";
import { getDraft } from "./drafts.ts";
import { computeTables } from "./report-basis.ts";

/**
 * An independent review of tables 二, 三 and 四 of county k1's 2025 report, worked out by hand from
 * 国办公开办函〔2021〕30号 and the 条例, with records built only through the real services
 * (registration at the counter / by post / by letter / by fax, online submission and confirmation,
 * recorded steps, the registers). Nasty cases sit on the year boundaries.
 *
 * Columns of table 三: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
 */

const org = (type: ApplicantInput["type"]): ApplicantInput => ({
  ...COMPANY,
  type,
  email: "office@example.cn",
});
const COMPANY_MAIL = org("commercial");
const RESEARCH = org("research");
const PUBLIC_INTEREST = org("publicInterest");
const LEGAL = org("legalService");
const OTHER = org("otherOrganisation");

const registration = (
  applicant: ApplicantInput,
  receipt: RegistrationInput["receipt"],
): RegistrationInput => ({ receipt, applicant, ...REQUEST });
const counter = (applicant: ApplicantInput, submittedOn: string) =>
  registration(applicant, { channel: "inPerson", submittedOn });

const review = (date: string, conclusion: "releasable" | "partlyReleasable") =>
  ({ type: "confidentialityReviewed", date, reviewer: "保密员", conclusion }) as const;

/**
 * The applications registered at k1 (and two elsewhere), each with its steps. Comments give how
 * each counts in the 2025 table (closing date = reply, withdrawal or abandonment, docs/procedure.md).
 */
const REGISTERED: [name: string, input: RegistrationInput, steps: LedgerEvent[]][] = [
  // 自然人 — received 2024-12-31 at the counter, replied 2025-01-05: 二 上年结转 and （一）予以公开.
  [
    "P1",
    counter(PERSON, "2024-12-31"),
    [
      review("2025-01-03", "releasable"),
      { type: "decided", date: "2025-01-03", outcome: "disclosed" },
      { type: "replied", date: "2025-01-05" },
    ],
  ],
  // 自然人 — received 2025-12-30, still open on 31 December: 一 and 四 结转下年度.
  ["P2", counter(PERSON, "2025-12-30"), []],
  // 自然人 — withdrawn: 一 and （六）3 其他.
  ["P4", counter(PERSON, "2025-03-03"), [{ type: "withdrawn", date: "2025-03-10" }]],
  // 自然人 — no correction by its deadline, treated as abandoned: 一 and （六）1.
  [
    "P5",
    counter(PERSON, "2025-04-01"),
    [
      { type: "correctionRequested", date: "2025-04-02", deadline: "2025-04-16" },
      { type: "abandoned", date: "2025-04-21", reason: "noCorrection" },
    ],
  ],
  // 自然人 — fee notice (100 pages) not paid within 20 working days, abandoned: 一 and （六）2.
  [
    "P6",
    counter(PERSON, "2025-05-06"),
    [
      { type: "feeNoticeSent", date: "2025-05-20", fee: { method: "perPage", pages: 100 } },
      { type: "abandoned", date: "2025-06-30", reason: "feeUnpaid" },
    ],
  ],
  // 自然人 — a petition in disguise: 一 and （五）1.
  [
    "P14",
    counter(PERSON, "2025-07-01"),
    [
      { type: "decided", date: "2025-07-10", outcome: "notProcessedPetition" },
      { type: "replied", date: "2025-07-11" },
    ],
  ],
  // 自然人 — received 2024-12-31; correction asked, never answered and no abandonment recorded by
  // the year's end: still open → 二 and 四 (the table counts what the ledger says happened).
  [
    "P18",
    counter(PERSON, "2024-12-31"),
    [{ type: "correctionRequested", date: "2025-01-02", deadline: "2025-01-20" }],
  ],
  // 商业企业 — signed for by registered mail 2025-06-03, partially disclosed: 一 and （二）.
  [
    "P7",
    registration(COMPANY_MAIL, { channel: "registeredMail", signedOn: "2025-06-03" }),
    [
      review("2025-06-18", "partlyReleasable"),
      { type: "decided", date: "2025-06-20", outcome: "partiallyDisclosed" },
      { type: "replied", date: "2025-06-23" },
    ],
  ],
  // 科研机构 — an ordinary letter that arrived 2024-12-31 but was confirmed with the applicant only
  // on 2025-01-02: the legal receipt date (第31条) is 2025-01-02 → 一 (not 二), and （四）1.
  [
    "P8",
    registration(RESEARCH, { channel: "ordinaryLetter", arrivedOn: "2024-12-31", confirmedOn: "2025-01-02" }),
    [
      { type: "decided", date: "2025-01-10", outcome: "unableNotHeld" },
      { type: "replied", date: "2025-01-13" },
    ],
  ],
  // 社会公益组织 — received 2024-12-20, corrected 2025-01-08 (the reply clock restarts, the receipt
  // date does not move): 二, and （四）3 仍不明确.
  [
    "P9",
    counter(PUBLIC_INTEREST, "2024-12-20"),
    [
      { type: "correctionRequested", date: "2024-12-23", deadline: "2025-01-10" },
      { type: "correctionReceived", date: "2025-01-08" },
      { type: "decided", date: "2025-01-20", outcome: "unableStillUnclear" },
      { type: "replied", date: "2025-01-21" },
    ],
  ],
  // 法律服务机构 — decided 2025-12-29 but the reply went out 2026-01-05: open on 31 December → 一, 四.
  [
    "P10",
    counter(LEGAL, "2025-12-01"),
    [
      { type: "decided", date: "2025-12-29", outcome: "refusedThirdParty" },
      { type: "replied", date: "2026-01-05" },
    ],
  ],
  // 其他 — by fax, confirmed on 2025-12-31, withdrawn 2026-01-04: 一 and 四.
  [
    "P11",
    registration(OTHER, { channel: "fax", submittedOn: "2025-12-31", confirmedOn: "2025-12-31" }),
    [{ type: "withdrawn", date: "2026-01-04" }],
  ],
  // 商业企业 — replied on 31 December itself: 一 and （五）2 重复申请 (closed by the year's end).
  [
    "P19",
    counter(COMPANY_MAIL, "2025-12-15"),
    [
      { type: "decided", date: "2025-12-30", outcome: "notProcessedRepeat" },
      { type: "replied", date: "2025-12-31" },
    ],
  ],
  // 科研机构 — received 2024-12-10, decided 2024-12-31, replied on New Year's Day 2025: 二 and （三）1.
  [
    "P20",
    counter(RESEARCH, "2024-12-10"),
    [
      { type: "decided", date: "2024-12-31", outcome: "refusedStateSecret" },
      { type: "replied", date: "2025-01-01" },
    ],
  ],
  // 其他 — received and replied in 2024: not in 2025 at all.
  [
    "P12",
    counter(OTHER, "2024-11-04"),
    [
      { type: "decided", date: "2024-11-29", outcome: "notProcessedRepeat" },
      { type: "replied", date: "2024-12-02" },
    ],
  ],
  // 自然人 — received 2026-01-05: not in 2025 (一 of 2026).
  ["P13", counter(PERSON, "2026-01-05"), []],
];

/**
 * Table 三 of 2025 by hand. Counted: 自然人 P1 P2 P4 P5 P6 P14 P18; 商业企业 P7 P17 P19; 科研机构
 * P8 P20; 社会公益组织 P9; 法律服务机构 P10; 其他 P11. Not counted: P3 (online, submitted 2025-12-30 and
 * confirmed 2026-01-05: receipt in 2026), P12 (closed 2024), P13 (2026), the k2 and k1.edu ones.
 * P17 (commercial) was submitted online 2024-12-30 and confirmed 2025-01-02: received in 2025, 一.
 *   一 new           自然人 P2 P4 P5 P6 P14 = 5 · 商业 P7 P17 P19 = 3 · 科研 P8 · 法律 P10 · 其他 P11 → 11
 *   二 carried over  自然人 P1 P18 = 2 · 科研 P20 · 公益 P9 → 4
 *   results          (一) P1 | P17; (二) P7; (三)1 P20; (四)1 P8; (四)3 P9; (五)1 P14; (五)2 P19;
 *                    (六)1 P5; (六)2 P6; (六)3 P4
 *   （七）           自然人 P1 P4 P5 P6 P14 = 5 · 商业 P7 P17 P19 = 3 · 科研 P8 P20 = 2 · 公益 1 → 11
 *   四 carried fwd   自然人 P2 P18 = 2 · 法律 P10 · 其他 P11 → 4
 *   balance (一+二 = 七+四): 5+2=5+2, 3+0=3+0, 1+1=2+0, 0+1=1+0, 1+0=0+1, 1+0=0+1, 11+4=11+4.
 */
const EXPECTED_2025: Record<string, number[]> = {
  new: [5, 3, 1, 0, 1, 1, 11],
  carriedOver: [2, 0, 1, 1, 0, 0, 4],
  disclosed: [1, 1, 0, 0, 0, 0, 2],
  partiallyDisclosed: [0, 1, 0, 0, 0, 0, 1],
  refusedStateSecret: [0, 0, 1, 0, 0, 0, 1],
  unableNotHeld: [0, 0, 1, 0, 0, 0, 1],
  unableStillUnclear: [0, 0, 0, 1, 0, 0, 1],
  notProcessedPetition: [1, 0, 0, 0, 0, 0, 1],
  notProcessedRepeat: [0, 1, 0, 0, 0, 0, 1],
  otherNoCorrection: [1, 0, 0, 0, 0, 0, 1],
  otherFeeUnpaid: [1, 0, 0, 0, 0, 0, 1],
  otherOther: [1, 0, 0, 0, 0, 0, 1],
  total: [5, 3, 2, 1, 0, 0, 11],
  carriedForward: [2, 0, 0, 0, 1, 1, 4],
};

/**
 * Table 三 of 2026 (records as of 2026-02-20): 二 = 2025's 四; 一 = P3 (confirmed 2026-01-05) and
 * P13; P10 replied 2026-01-05 → （三）4 第三方; P11 withdrawn 2026-01-04 → （六）3; P2, P18, P3, P13
 * still open.
 */
const EXPECTED_2026: Record<string, number[]> = {
  new: [2, 0, 0, 0, 0, 0, 2],
  carriedOver: [2, 0, 0, 0, 1, 1, 4],
  refusedThirdParty: [0, 0, 0, 0, 1, 0, 1],
  otherOther: [0, 0, 0, 0, 0, 1, 1],
  total: [0, 0, 0, 0, 1, 1, 2],
  carriedForward: [4, 0, 0, 0, 0, 0, 4],
};

const table = (expected: Record<string, number[]>) =>
  v2021.applications.rows.map((row) => expected[row.key] ?? Array(7).fill(0));

/**
 * Table 二 of 2025 by hand.
 * 行政规范性文件: N1 issued 2024-06-01, abolished (by a later edit) 2025-09-01 → 废止; N2 issued
 * 2025-12-31 → 制发, in force; N3 issued 2025-03-01, abolished 2025-11-30 → 制发 and 废止; N4 issued
 * 2023-01-01, abolished 2025-12-31 → 废止 (not in force on 31 December); N5 issued 2022-05-01,
 * abolished 2026-01-01 → in force; N6 issued 2026-01-02 → nothing. 制发 2, 废止 3, 现行有效 2
 * (stock: 2024's N1 N4 N5 = 3; 3 + 2 − 3 = 2). 规章: one of 2025, one of 2020 → 1, 0, 2. A k2
 * document of 2025 is not counted.
 * Decisions: 许可 1,234, 处罚 56 (2024's 999 permits are not 2025's), 强制 none entered → 0.
 * Fees: 7,730.28 元 = 773,028 分 = 0.773028 万元 (2024's amount is not counted).
 */
const EXPECTED_PROACTIVE = {
  regulations: { issued: 1, abolished: 0, inForce: 2 },
  normativeDocuments: { issued: 2, abolished: 3, inForce: 2 },
  permits: { decisions: 1234 },
  penalties: { decisions: 56 },
  enforcement: { decisions: 0 },
  fees: { amount: 773_028 / 1_000_000 },
};

/**
 * Table 四 of 2025 by hand (维持, 纠正, 其他, 尚未审结, 总计 per group).
 * 行政复议: filed 2024, upheld 2025-02-10 → 维持; corrected 2025-06-01 → 纠正; other 2025-12-31 →
 * 其他; filed 2025-11-01 pending → 尚未审结; filed 2025-12-01, upheld 2026-01-15 → 尚未审结 (open on
 * 31 December); decided 2024 and filed 2026 → nothing. → 1 1 1 2 5.
 * 直接起诉: filed 2024, still pending → 尚未审结; filed 2024, corrected 2025-04-01 → 纠正. → 0 1 0 1 2.
 * 复议后起诉: other 2025-10-01 → 其他; filed 2024-12-31, upheld 2025-01-02 → 维持; other 2024-12-31 →
 * nothing. → 1 0 1 0 2.
 */
const EXPECTED_LITIGATION = [1, 1, 1, 2, 5, 0, 1, 0, 1, 2, 1, 0, 1, 0, 2];

const CASES = [
  ["reconsideration", "2024-11-01", "upheld", "2025-02-10"],
  ["reconsideration", "2025-03-01", "corrected", "2025-06-01"],
  ["reconsideration", "2025-09-01", "other", "2025-12-31"],
  ["reconsideration", "2025-11-01", "pending", null],
  ["reconsideration", "2025-12-01", "upheld", "2026-01-15"],
  ["reconsideration", "2024-03-01", "upheld", "2024-08-01"],
  ["reconsideration", "2026-01-10", "pending", null],
  ["direct_suit", "2024-06-01", "pending", null],
  ["direct_suit", "2024-09-01", "corrected", "2025-04-01"],
  ["suit_after_reconsideration", "2025-08-01", "other", "2025-10-01"],
  ["suit_after_reconsideration", "2024-12-31", "upheld", "2025-01-02"],
  ["suit_after_reconsideration", "2024-12-01", "other", "2024-12-31"],
] as const;

describe("a 2025 report worked out by hand, its records built through the services", () => {
  forEachDialect((getDb) => {
    it("gives every cell of tables 二, 三 and 四 as computed by hand", async () => {
      const clock = handClock("2024-12-30");
      const ctx: ServiceContext = { db: getDb().db, clock: clock.now };
      const tree = await createSampleTree(ctx, "hw1");
      const k1 = tree.id(".k1");
      const clerk = tree.as("clerk");

      // Online submissions, confirmed later: the confirmation day is the legal receipt date.
      await submitOnline(ctx, onlineInput(k1, { applicant: COMPANY_MAIL }));
      clock.set("2025-01-02");
      const [p17id, p17version] = await onlyUnconfirmed(ctx, k1);
      let v = (await confirmReceipt(ctx, clerk, p17id, p17version, "2025-01-02")).application.version;
      clock.set("2025-01-03");
      v = (await recordStep(ctx, clerk, p17id, v, review("2025-01-03", "releasable"))).application.version;
      clock.set("2025-01-20");
      v = (
        await recordStep(ctx, clerk, p17id, v, { type: "decided", date: "2025-01-20", outcome: "disclosed" })
      ).application.version;
      await recordStep(ctx, clerk, p17id, v, { type: "replied", date: "2025-01-20" });

      clock.set("2025-12-30");
      await submitOnline(ctx, onlineInput(k1));
      const [p3id, p3version] = await onlyUnconfirmed(ctx, k1);

      // Everything else is entered after the fact, on 2026-02-20 (steps may not be dated after today).
      clock.set("2026-02-20");
      await confirmReceipt(ctx, clerk, p3id, p3version, "2026-01-05");
      for (const [, input, steps] of REGISTERED) {
        const { application } = await registerApplication(ctx, clerk, input);
        let version = application.version;
        for (const step of steps)
          version = (await recordStep(ctx, clerk, application.id, version, step)).application.version;
      }
      // Elsewhere: k2 (another county) and k1's own education bureau report on themselves.
      await registerApplication(ctx, tree.as("clerk2"), counter(PERSON, "2025-05-05"));
      await registerApplication(ctx, tree.as("educlerk"), counter(PERSON, "2025-05-05"));

      await buildRegisters(ctx, tree.system, k1, tree.id(".k2"));

      const t2025 = await computeTables(ctx.db, k1, 2025);
      expect(t2025.applications).toEqual(table(EXPECTED_2025));
      expect(t2025.proactive).toEqual(EXPECTED_PROACTIVE);
      expect(t2025.litigation).toEqual(EXPECTED_LITIGATION);

      const t2026 = await computeTables(ctx.db, k1, 2026);
      expect(t2026.applications).toEqual(table(EXPECTED_2026));

      // The computed report breaks none of the format's error rules.
      const draft = await getDraft(ctx, clerk, k1, 2025);
      expect(draft.findings.filter((f) => f.severity === "error")).toEqual([]);
    });
  });
});

/** The id of k1's one online submission still waiting for confirmation. */
async function onlyUnconfirmed(ctx: ServiceContext, agencyId: string): Promise<[string, number]> {
  const rows = await ctx.db
    .selectFrom("applications")
    .select(["id", "version"])
    .where("agency_id", "=", agencyId)
    .where("received_on", "is", null)
    .execute();
  expect(rows).toHaveLength(1);
  return [rows[0]?.id ?? "", rows[0]?.version ?? 0];
}

async function buildRegisters(ctx: ServiceContext, system: Actor, k1: string, k2: string): Promise<void> {
  const doc = (
    agencyId: string,
    kind: "regulation" | "normative_document",
    issuedOn: string,
    abolishedOn: string | null,
  ) =>
    createNormativeDocument(ctx, system, {
      agencyId,
      kind,
      title: `文件（${kind}，${issuedOn}）`,
      issuedOn,
      abolishedOn,
    });
  // N1: registered in 2024 as in force, its abolition recorded later by an edit.
  const n1 = await doc(k1, "normative_document", "2024-06-01", null);
  await updateNormativeDocument(ctx, system, n1.id, { abolishedOn: "2025-09-01" });
  await doc(k1, "normative_document", "2025-12-31", null);
  await doc(k1, "normative_document", "2025-03-01", "2025-11-30");
  await doc(k1, "normative_document", "2023-01-01", "2025-12-31");
  await doc(k1, "normative_document", "2022-05-01", "2026-01-01");
  await doc(k1, "normative_document", "2026-01-02", null);
  await doc(k1, "regulation", "2025-07-01", null);
  await doc(k1, "regulation", "2020-01-01", null);
  await doc(k2, "normative_document", "2025-04-01", null);

  await setRegisterCount(ctx, system, { agencyId: k1, year: 2024, kind: "permit", count: 999 });
  await setRegisterCount(ctx, system, { agencyId: k1, year: 2025, kind: "permit", count: 1234 });
  await setRegisterCount(ctx, system, { agencyId: k1, year: 2025, kind: "penalty", count: 56 });
  await setFeeIncome(ctx, system, { agencyId: k1, year: 2024, amountFen: 5_000_000 });
  await setFeeIncome(ctx, system, { agencyId: k1, year: 2025, amountFen: 773_028 });

  let n = 0;
  for (const [kind, filedOn, result, resultOn] of CASES) {
    await createRemedyCase(ctx, system, {
      agencyId: k1,
      kind,
      caseNumber: `（2025）第${++n}号`,
      filedOn,
      result,
      resultOn,
    });
  }
}
