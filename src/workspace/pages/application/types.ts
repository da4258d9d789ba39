import type { z } from "zod";
import type { ClockView, ExplainedDay, LedgerEvent } from "../../../domain/applications/index.ts";
import type { pageSchema } from "../../../http/routes/applications-schemas.ts";
import type {
  applicationLettersSchema,
  letterDetailSchema,
  letterSummarySchema,
  previewSchema,
} from "../../../http/routes/letters-schemas.ts";

/** The shapes of the application screens, inferred from the server's schemas (types only). */
export type { ClockView, ExplainedDay, LedgerEvent };
export type ListItem = z.infer<typeof pageSchema>["items"][number];
export type DueStanding = ListItem["due"];
export type ApplicationLetters = z.infer<typeof applicationLettersSchema>;
export type LetterDue = ApplicationLetters["due"][number];
export type LetterSummary = z.infer<typeof letterSummarySchema>;
export type LetterDetail = z.infer<typeof letterDetailSchema>;
export type LetterPreview = z.infer<typeof previewSchema>;
