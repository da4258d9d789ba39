import type {
  NormativeDocumentKind,
  RegisterCountKind,
  RemedyCaseKind,
  RemedyCaseResult,
} from "../../db/schema.ts";

/**
 * The registers' kinds and results as people read them. No runtime imports: the workspace bundles
 * these tables too, so the Chinese names are defined once.
 */

export const NORMATIVE_KIND_LABELS: Record<NormativeDocumentKind, string> = {
  regulation: "规章",
  normative_document: "行政规范性文件",
};

export const COUNT_KIND_LABELS: Record<RegisterCountKind, string> = {
  permit: "行政许可",
  penalty: "行政处罚",
  enforcement: "行政强制",
};

export const REMEDY_KIND_LABELS: Record<RemedyCaseKind, string> = {
  reconsideration: "行政复议",
  direct_suit: "未经复议直接起诉",
  suit_after_reconsideration: "复议后起诉",
};

export const REMEDY_RESULT_LABELS: Record<RemedyCaseResult, string> = {
  upheld: "结果维持",
  corrected: "结果纠正",
  other: "其他结果",
  pending: "尚未审结",
};
