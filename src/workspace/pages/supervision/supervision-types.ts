import type { z } from "zod";
import type { chartsSchema, overviewSchema } from "../../../http/routes/supervision-schemas.ts";

/** The supervisor's routes' answers as the workspace sees them (types only). */
export type Overview = z.infer<typeof overviewSchema>;
export type OverviewRow = Overview["rows"][number];
export type ReportCell = OverviewRow["report"];
export type Charts = z.infer<typeof chartsSchema>;
