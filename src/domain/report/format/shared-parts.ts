import type { ApplicantColumnDef, LitigationColumnDef, ReportFormat } from "./types.ts";

/** Parts that the 2021 format kept unchanged from the 2019 trial format. */

export const APPLICANT_COLUMNS: ApplicantColumnDef[] = [
  { key: "naturalPerson", label: "自然人", organisation: false },
  { key: "commercial", label: "商业企业", organisation: true },
  { key: "research", label: "科研机构", organisation: true },
  { key: "publicInterest", label: "社会公益组织", organisation: true },
  { key: "legalService", label: "法律服务机构", organisation: true },
  { key: "otherOrganisation", label: "其他", organisation: true },
  { key: "total", label: "总计", organisation: false },
];

const RESULTS = [
  ["upheld", "结果维持"],
  ["corrected", "结果纠正"],
  ["other", "其他结果"],
  ["pending", "尚未审结"],
  ["total", "总计"],
] as const;

const GROUPS = ["reconsideration", "directSuit", "suitAfterReconsideration"] as const;

export const LITIGATION: ReportFormat["litigation"] = {
  groupLabels: {
    reconsideration: "行政复议",
    directSuit: "未经复议直接起诉",
    suitAfterReconsideration: "复议后起诉",
  },
  suitHeader: "行政诉讼",
  columns: GROUPS.flatMap((group) =>
    RESULTS.map(
      ([result, label]): LitigationColumnDef => ({ key: `${group}.${result}`, group, result, label }),
    ),
  ),
};

export const APPLICATIONS_HEADERS = {
  corner: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
  applicantHeader: "申请人情况",
  organisationHeader: "法人或其他组织",
  resultsHeader: "三、本年度办理结果",
};
