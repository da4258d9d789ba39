import { z } from "zod";
import { FORMATS } from "../report/format/index.ts";

/**
 * Every way an application can end, one per result row of report table 三 (2021 format). The keys
 * are the format's row keys, so counting outcomes is filling the table.
 */
export const OUTCOMES = [
  "disclosed",
  "partiallyDisclosed",
  "refusedStateSecret",
  "refusedProhibitedByLaw",
  "refusedThreeSecurities",
  "refusedThirdParty",
  "refusedInternalAffairs",
  "refusedProcessInfo",
  "refusedEnforcementFiles",
  "refusedInquiry",
  "unableNotHeld",
  "unableNeedsCreation",
  "unableStillUnclear",
  "notProcessedPetition",
  "notProcessedRepeat",
  "notProcessedPublication",
  "notProcessedMassRepeat",
  "notProcessedConfirm",
  "otherNoCorrection",
  "otherFeeUnpaid",
  "otherOther",
] as const;

export type Outcome = (typeof OUTCOMES)[number];

export const outcomeSchema = z.enum(OUTCOMES, {
  error: () => `答复结果无效：应为以下之一：${OUTCOMES.join("、")}`,
});

/** What a reply letter must or may say, beyond the outcome itself. */
export type ReplyItem =
  /** The outcome and the articles it rests on: every reply. */
  | "decisionAndBasis"
  /** Why information is withheld or the request is not met (第36条(三)(五), 第37条, 第39条). */
  | "reasons"
  /** Where, how and when to get the information (第36条(一)(二)). */
  | "howToObtain"
  /** Name and contact of the agency responsible for the information (第36条(五)). */
  | "holderAgency"
  /** That the matter goes through the procedure of a special law (第36条(七)). */
  | "specialProcedure"
  /** The proper channel for a petition, complaint or report (第39条第一款). */
  | "otherChannel"
  /** Administrative reconsideration within 60 days or a lawsuit within 6 months. */
  | "remedies";

/** "always": the reply must contain it; "ifHolderKnown": when the responsible agency can be determined; "may": allowed, not required. */
export type ReplyRequirement = "always" | "ifHolderKnown" | "may";

export interface OutcomeInfo {
  key: Outcome;
  /** Table 三 row label of the 2021 format, verbatim. */
  label: string;
  /** Result group of table 三 (（三）–（六）), or null for （一） and （二）. */
  group: "refused" | "unable" | "notProcessed" | "otherHandling" | null;
  /** Legal basis as cited in a reply letter. */
  basis: string[];
  /** Whether the outcome releases information: such a decision needs a confidentiality review first. */
  releases: boolean;
  reply: Partial<Record<ReplyItem, ReplyRequirement>>;
}

/** The regulation every article number below belongs to, as cited in letters. */
export const REGULATION = "《中华人民共和国政府信息公开条例》";
const FEE_RULES = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）";

type Row = [Outcome, OutcomeInfo["group"], string[], Partial<Record<ReplyItem, ReplyRequirement>>];

const A = "always" as const;
const REFUSED = { reasons: A } as const;

// Basis per 条例 第14–16条, 第30条, 第35–39条, 第42条 and 109号; see docs/procedure.md for the
// two rows the regulation has no article of its own for.
const ROWS: Row[] = [
  ["disclosed", null, ["第三十六条第（一）项", "第三十六条第（二）项"], { howToObtain: A }],
  ["partiallyDisclosed", null, ["第三十七条"], { reasons: A, howToObtain: A }],
  ["refusedStateSecret", "refused", ["第十四条", "第三十六条第（三）项"], REFUSED],
  ["refusedProhibitedByLaw", "refused", ["第十四条", "第三十六条第（三）项"], REFUSED],
  ["refusedThreeSecurities", "refused", ["第十四条", "第三十六条第（三）项"], REFUSED],
  ["refusedThirdParty", "refused", ["第十五条", "第三十二条", "第三十六条第（三）项"], REFUSED],
  ["refusedInternalAffairs", "refused", ["第十六条第一款", "第三十六条第（三）项"], REFUSED],
  ["refusedProcessInfo", "refused", ["第十六条第二款", "第三十六条第（三）项"], REFUSED],
  ["refusedEnforcementFiles", "refused", ["第十六条第二款", "第三十六条第（三）项"], REFUSED],
  ["refusedInquiry", "refused", ["第三十六条第（七）项"], { specialProcedure: A }],
  [
    "unableNotHeld",
    "unable",
    ["第三十六条第（四）项", "第三十六条第（五）项"],
    { reasons: A, holderAgency: "ifHolderKnown" },
  ],
  ["unableNeedsCreation", "unable", ["第三十八条"], { reasons: A }],
  ["unableStillUnclear", "unable", ["第三十条"], { reasons: A }],
  ["notProcessedPetition", "notProcessed", ["第三十九条第一款"], { reasons: A, otherChannel: "may" }],
  ["notProcessedRepeat", "notProcessed", ["第三十六条第（六）项"], { reasons: A }],
  ["notProcessedPublication", "notProcessed", ["第三十九条第二款"], { reasons: A, howToObtain: "may" }],
  ["notProcessedMassRepeat", "notProcessed", ["第三十五条"], { reasons: A }],
  ["notProcessedConfirm", "notProcessed", ["国办公开办函〔2021〕30号所列情形"], { reasons: A }],
  ["otherNoCorrection", "otherHandling", ["第三十条"], { reasons: A }],
  ["otherFeeUnpaid", "otherHandling", ["第四十二条", FEE_RULES], { reasons: A }],
  ["otherOther", "otherHandling", [], { reasons: A }],
];

const LABELS = new Map(FORMATS["2021"].applications.rows.map((r) => [r.key, r.label]));

/** Facts about every outcome, keyed by outcome. Every reply also states decision, basis and remedies. */
export const OUTCOME_INFO: Readonly<Record<Outcome, OutcomeInfo>> = Object.fromEntries(
  ROWS.map(([key, group, basis, reply]): [Outcome, OutcomeInfo] => [
    key,
    {
      key,
      label: LABELS.get(key) ?? key,
      group,
      basis,
      releases: key === "disclosed" || key === "partiallyDisclosed",
      reply: { decisionAndBasis: A, ...reply, remedies: A },
    },
  ]),
) as Record<Outcome, OutcomeInfo>;

/** Whether a decision with this outcome releases information (予以公开, 部分公开). */
export function releasesInformation(outcome: Outcome): boolean {
  return OUTCOME_INFO[outcome].releases;
}
