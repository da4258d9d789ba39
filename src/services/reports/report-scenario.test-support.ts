import type { LedgerEvent, Outcome } from "../../domain/applications/index.ts";
import type { ServiceContext } from "../context.ts";
import { setFeeIncome } from "../registers/fee-income.ts";
import { createNormativeDocument } from "../registers/normative-documents.ts";
import { setRegisterCount } from "../registers/register-counts.ts";
import { createRemedyCase } from "../registers/remedy-cases.ts";
import {
  type ApplicationSeed,
  applicationRow,
  insertApplicationRows,
  insertEventRows,
} from "../testing/application-rows.ts";
import { createSampleTree, type SampleTree } from "../testing/sample-tree.ts";
import type { Prose } from "./suggest/index.ts";

/**
 * The hand-worked records of county k1 for 2025 (registers, applications over the year boundary,
 * cases) and the report they must give, worked out by hand in the comments of EXPECTED. Shared by the
 * service, HTTP and CLI tests.
 */

type App = [
  id: string,
  type: ApplicationSeed["applicantType"],
  receivedOn: string | null,
  closedOn: string | null,
  outcome: Outcome | null,
  replyDueOn: string | null,
  replied: boolean,
];

const APPS: App[] = [
  ["A1", "naturalPerson", "2024-12-20", "2025-01-10", "disclosed", "2025-01-20", true],
  ["A2", "naturalPerson", "2024-12-28", null, null, "2025-01-27", false],
  ["A3", "commercial", "2024-11-02", "2024-12-01", "partiallyDisclosed", "2024-11-30", true],
  ["A4", "naturalPerson", "2025-01-02", "2025-01-20", "disclosed", "2025-02-05", true],
  ["A5", "naturalPerson", "2025-03-05", "2025-04-01", "unableNotHeld", "2025-04-02", true],
  ["A6", "legalService", "2025-06-01", "2025-06-20", "refusedThirdParty", "2025-06-19", true],
  ["A7", "commercial", "2025-12-30", "2026-01-08", "disclosed", "2026-01-28", true],
  ["A8", "research", "2025-07-07", "2025-07-30", "otherOther", "2025-08-04", false],
  ["A9", "publicInterest", "2025-08-08", "2025-09-01", "notProcessedRepeat", "2025-09-05", true],
  ["A10", "otherOrganisation", "2025-12-31", null, null, "2026-01-29", false],
  ["A11", "naturalPerson", "2026-01-03", null, null, "2026-02-02", false],
  ["A12", "naturalPerson", null, null, null, null, false],
  ["A13", "naturalPerson", "2025-05-05", "2025-06-30", "otherFeeUnpaid", "2025-06-02", false],
  ["A15", "naturalPerson", "2025-02-10", "2025-03-20", "partiallyDisclosed", "2025-03-31", true],
  ["A16", "commercial", "2024-12-15", "2025-01-15", "disclosed", "2025-01-20", true],
];

/** Fee events: A15 pays 250 pages (4,700 元) in 2025; A16 pays its 12th item of a month (100 元) in 2025. */
const FEES: Record<string, LedgerEvent[]> = {
  A15: [
    { type: "feeNoticeSent", date: "2025-03-01", fee: { method: "perPage", pages: 250 } },
    { type: "feePaid", date: "2025-03-05" },
  ],
  A16: [
    { type: "feeNoticeSent", date: "2024-12-25", fee: { method: "perItem", nth: 12 } },
    { type: "feePaid", date: "2025-01-03" },
  ],
};

/**
 * Table 三 by hand (columns 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计):
 * new: A4 A5 A13 A15 | A7 | A8 | A9 | A6 | A10; carried over: A1 A2 | A16; closed in 2025 by outcome:
 * disclosed A1 A4 | A16, partly A15, third party A6, not held A5, repeat A9, fee unpaid A13,
 * other A8; carried forward: A2 | A7 (closed 2026) | A10. A3 closed in 2024, A11 received in 2026,
 * A12 unconfirmed and the k2 application are not counted.
 */
export const EXPECTED_APPLICATIONS: Record<string, number[]> = {
  new: [4, 1, 1, 1, 1, 1, 9],
  carriedOver: [2, 1, 0, 0, 0, 0, 3],
  disclosed: [2, 1, 0, 0, 0, 0, 3],
  partiallyDisclosed: [1, 0, 0, 0, 0, 0, 1],
  refusedThirdParty: [0, 0, 0, 0, 1, 0, 1],
  unableNotHeld: [1, 0, 0, 0, 0, 0, 1],
  notProcessedRepeat: [0, 0, 0, 1, 0, 0, 1],
  otherFeeUnpaid: [1, 0, 0, 0, 0, 0, 1],
  otherOther: [0, 0, 1, 0, 0, 0, 1],
  total: [5, 1, 1, 1, 1, 0, 9],
  carriedForward: [1, 1, 0, 0, 0, 1, 3],
};

/**
 * Table 二: documents issued 2025-04-01 and 2025-02-01 (abolished 2026), one of 2024 abolished
 * 2025-09-01, one of 2023 in force: issued 2, abolished 1, in force 3. Fee income 12,345 元 = 1.2345 万元.
 */
export const EXPECTED_PROACTIVE = {
  regulations: { issued: 0, abolished: 0, inForce: 0 },
  normativeDocuments: { issued: 2, abolished: 1, inForce: 3 },
  permits: { decisions: 120 },
  penalties: { decisions: 35 },
  enforcement: { decisions: 4 },
  fees: { amount: 1.2345 },
};

/**
 * Table 四: reconsideration upheld (decided 2025-01-20), corrected, pending → 1 1 0 1 3; direct
 * suits: one decided in 2026 (pending at the 2025 year end), one "other" decided 2025-03-03 → 0 0 1 1 2;
 * the suit after reconsideration was decided in 2024 → zeros.
 */
export const EXPECTED_LITIGATION = [1, 1, 0, 1, 3, 0, 0, 1, 1, 2, 0, 0, 0, 0, 0];

/** Replies sent in 2025: A1 A4 A5 A6 A9 A15 A16, A6 one day late. Fees paid in 2025: 4,800 元 by two applications. */
export const EXPECTED_FACTS = { replied: 7, onTime: 6, feeFen: 480_000, feeApplications: 2 };

export interface Scenario {
  tree: SampleTree;
  /** County k1, whose 2025 report the records make. */
  agencyId: string;
}

/** Builds the sample tree under `prefix` and the 2025 records of its county k1. */
export async function buildScenario(ctx: ServiceContext, prefix: string): Promise<Scenario> {
  const tree = await createSampleTree(ctx, prefix);
  const agencyId = tree.id(".k1");
  const system = tree.system;
  const docs: [string, string | null][] = [
    ["2023-03-01", null],
    ["2025-04-01", null],
    ["2024-06-01", "2025-09-01"],
    ["2025-02-01", "2026-01-05"],
  ];
  for (const [issuedOn, abolishedOn] of docs) {
    await createNormativeDocument(ctx, system, {
      agencyId,
      kind: "normative_document",
      title: `规范性文件（${issuedOn}）`,
      issuedOn,
      abolishedOn,
    });
  }
  for (const [kind, count] of [
    ["permit", 120],
    ["penalty", 35],
    ["enforcement", 4],
  ] as const) {
    await setRegisterCount(ctx, system, { agencyId, year: 2025, kind, count });
  }
  await setFeeIncome(ctx, system, { agencyId, year: 2025, amountFen: 1_234_500 });
  const cases = [
    ["reconsideration", "2024-11-01", "upheld", "2025-01-20"],
    ["reconsideration", "2025-03-01", "corrected", "2025-05-01"],
    ["reconsideration", "2025-10-01", "pending", null],
    ["direct_suit", "2025-06-01", "upheld", "2026-02-01"],
    ["suit_after_reconsideration", "2024-05-01", "other", "2024-12-01"],
    ["direct_suit", "2024-02-01", "other", "2025-03-03"],
  ] as const;
  let n = 0;
  for (const [kind, filedOn, result, resultOn] of cases) {
    await createRemedyCase(ctx, system, {
      agencyId,
      kind,
      caseNumber: `（${++n}）号`,
      filedOn,
      result,
      resultOn,
    });
  }
  const id = (app: string) => `${prefix}-${app}`;
  const rows = APPS.map(([app, applicantType, receivedOn, closedOn, outcome, replyDueOn], i) =>
    applicationRow(
      { id: id(app), agencyId, applicantType, receivedOn, closedOn, outcome, replyDueOn },
      serial(prefix, i),
    ),
  );
  rows.push(
    applicationRow(
      {
        id: id("B1"),
        agencyId: tree.id(".k2"),
        applicantType: "naturalPerson",
        receivedOn: "2025-05-05",
        closedOn: null,
        outcome: null,
      },
      serial(prefix, 99),
    ),
  );
  await insertApplicationRows(ctx.db, rows);
  for (const [app, , receivedOn, closedOn, , , replied] of APPS) {
    if (receivedOn === null) continue;
    const events: LedgerEvent[] = [{ type: "received", date: receivedOn, channel: "online" }];
    events.push(...(FEES[app] ?? []));
    if (replied && closedOn !== null) events.push({ type: "replied", date: closedOn });
    await insertEventRows(ctx.db, id(app), events);
  }
  return { tree, agencyId };
}

/** A serial unique per test prefix, so that application numbers never collide between scenarios. */
function serial(prefix: string, i: number): number {
  let h = 0;
  for (const c of prefix) h = (h * 31 + c.charCodeAt(0)) % 99_000;
  return h * 100 + i;
}

/** The suggestions with every 【请填写：…】 prompt answered, as staff would. */
export function filled(prose: Prose): Prose {
  const answer = (text: string) =>
    text.replace(/【请填写：[^】]*】/g, "政策解读的针对性有待增强，已逐项落实");
  return {
    preamble: answer(prose.preamble),
    sections: Object.fromEntries(
      Object.entries(prose.sections).map(([k, v]) => [k, answer(v)]),
    ) as Prose["sections"],
  };
}
