import type { z } from "zod";
import type {
  draftSchema,
  validationResultSchema,
  versionDetailSchema,
  versionSummarySchema,
} from "../../../http/routes/reports-schemas.ts";

/** The annual report API's shapes, inferred from the server's schemas (type imports only). */
export type ReportDraft = z.infer<typeof draftSchema>;
export type ReportValidation = z.infer<typeof validationResultSchema>;
export type VersionSummary = z.infer<typeof versionSummarySchema>;
export type VersionDetail = z.infer<typeof versionDetailSchema>;
export type Prose = ReportDraft["suggestions"];

/** `/api/reports/{agency}/{year}` */
export const reportBase = (agencyId: string, year: number) =>
  `/api/reports/${encodeURIComponent(agencyId)}/${year}`;
