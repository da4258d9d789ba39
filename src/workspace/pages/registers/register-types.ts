import type { z } from "zod";
import type {
  caseSchema,
  documentSchema,
  yearRegisterSchema,
} from "../../../http/routes/registers-schemas.ts";

/** The register routes' answers as the workspace sees them (types only). */
export type NormativeDocument = z.infer<typeof documentSchema>;
export type RemedyCase = z.infer<typeof caseSchema>;
export type YearRegisters = z.infer<typeof yearRegisterSchema>;

export const DOCUMENT_KINDS: Record<NormativeDocument["kind"], string> = {
  regulation: "规章",
  normative_document: "行政规范性文件",
};

export const CASE_KINDS: Record<RemedyCase["kind"], string> = {
  reconsideration: "行政复议",
  direct_suit: "未经复议直接起诉",
  suit_after_reconsideration: "复议后起诉",
};

export const CASE_RESULTS: Record<RemedyCase["result"], string> = {
  upheld: "结果维持",
  corrected: "结果纠正",
  other: "其他结果",
  pending: "尚未审结",
};

/** `{value, label}` options of a label table, for a Select. */
export function options<K extends string>(labels: Record<K, string>) {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}

/** The years a register screen offers: this year and the nine before it. */
export function recentYears(today: string | null): number[] {
  const year = Number((today ?? new Date().toISOString()).slice(0, 4));
  return Array.from({ length: 10 }, (_, i) => year - i);
}
