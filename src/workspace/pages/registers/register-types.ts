import type { z } from "zod";
import type {
  caseSchema,
  documentSchema,
  yearRegisterSchema,
} from "../../../http/routes/registers-schemas.ts";
import {
  NORMATIVE_KIND_LABELS,
  REMEDY_KIND_LABELS,
  REMEDY_RESULT_LABELS,
} from "../../../services/registers/register-labels.ts";

/** The register routes' answers as the workspace sees them (types only). */
export type NormativeDocument = z.infer<typeof documentSchema>;
export type RemedyCase = z.infer<typeof caseSchema>;
export type YearRegisters = z.infer<typeof yearRegisterSchema>;

/** The registers' Chinese names, defined once beside the server's input schemas. */
export const DOCUMENT_KINDS: Record<NormativeDocument["kind"], string> = NORMATIVE_KIND_LABELS;
export const CASE_KINDS: Record<RemedyCase["kind"], string> = REMEDY_KIND_LABELS;
export const CASE_RESULTS: Record<RemedyCase["result"], string> = REMEDY_RESULT_LABELS;

/** `{value, label}` options of a label table, for a Select. */
export function options<K extends string>(labels: Record<K, string>) {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}

/** The years a register screen offers: this year and the nine before it. */
export function recentYears(today: string | null): number[] {
  const year = Number((today ?? new Date().toISOString()).slice(0, 4));
  return Array.from({ length: 10 }, (_, i) => year - i);
}
