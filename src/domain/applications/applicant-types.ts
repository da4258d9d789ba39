import { z } from "zod";
import { APPLICANT_COLUMNS } from "../report/format/shared-parts.ts";
import type { ApplicantColumnKey } from "../report/format/types.ts";

/**
 * The six kinds of applicant, one per numeric column of report table 三 (自然人 and the five kinds of
 * 法人或其他组织). The keys are the format's column keys, so a count by applicant type is already a
 * row of the table.
 */
export const APPLICANT_TYPES = [
  "naturalPerson",
  "commercial",
  "research",
  "publicInterest",
  "legalService",
  "otherOrganisation",
] as const satisfies readonly Exclude<ApplicantColumnKey, "total">[];

export type ApplicantType = (typeof APPLICANT_TYPES)[number];

export const applicantTypeSchema = z.enum(APPLICANT_TYPES, {
  error: () =>
    "申请人类型无效：应为 naturalPerson（自然人）、commercial（商业企业）、research（科研机构）、publicInterest（社会公益组织）、legalService（法律服务机构）或 otherOrganisation（其他组织）",
});

/** The column label printed in table 三 (自然人, 商业企业, …, 其他). */
export function applicantTypeLabel(type: ApplicantType): string {
  const column = APPLICANT_COLUMNS.find((c) => c.key === type);
  // APPLICANT_TYPES is checked against the format's column keys at compile time.
  return column ? column.label : type;
}

/** Index of the applicant type's column in a table 三 row (0–5; the total is column 6). */
export function applicantColumnIndex(type: ApplicantType): number {
  return APPLICANT_TYPES.indexOf(type);
}
