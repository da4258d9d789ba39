import type { z } from "zod";
import type { ClockView, ExplainedDay, LedgerEvent } from "../../../domain/applications/index.ts";
import type {
  applicationLettersSchema,
  letterDetailSchema,
  letterSummarySchema,
  previewSchema,
} from "../../../http/routes/letters-schemas.ts";
import type { ApplicationPage } from "../../api/types.ts";

/** The shapes of the application screens, inferred from the server's schemas (types only). */
export type { ClockView, ExplainedDay, LedgerEvent };
export type ListItem = ApplicationPage["items"][number];
export type ApplicationLetters = z.infer<typeof applicationLettersSchema>;
export type LetterDue = ApplicationLetters["due"][number];
export type LetterSummary = z.infer<typeof letterSummarySchema>;
export type LetterDetail = z.infer<typeof letterDetailSchema>;
export type LetterPreview = z.infer<typeof previewSchema>;
