import type { z } from "zod";
import type {
  attachmentSchema,
  clockExplainedSchema,
  detailSchema,
  pageSchema,
  stepRecordedSchema,
  summarySchema,
} from "../../http/routes/applications-schemas.ts";
import type { meSchema } from "../../http/routes/auth.ts";
import type { calendarStatusSchema } from "../../http/routes/calendar-schemas.ts";

/**
 * The API's shapes as the workspace sees them: inferred from the server's zod schemas through type
 * imports only (erased at build time, so no server code reaches the bundle). Pages add their own
 * `import type` lines from src/http/routes/*-schemas.ts beside their code; this file holds the shell's.
 */

export type Me = z.infer<typeof meSchema>;
export type Role = Me["user"]["roles"][number];
export type CalendarStatus = z.infer<typeof calendarStatusSchema>;
export type ApplicationSummary = z.infer<typeof summarySchema>;
export type ApplicationPage = z.infer<typeof pageSchema>;
/** A list row's reply deadline as it stands today (null when closed or none runs). */
export type DueStanding = ApplicationPage["items"][number]["due"];
export type ApplicationDetail = z.infer<typeof detailSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;
export type ClockExplained = z.infer<typeof clockExplainedSchema>;
export type StepRecorded = z.infer<typeof stepRecordedSchema>;
