import type { RouteModule } from "../app.ts";
import { applicationAttachmentRoutes } from "./applications-attachments.ts";
import { applicationPublicRoutes } from "./applications-public.ts";
import { applicationStaffRoutes } from "./applications-staff.ts";
import { authRoutes } from "./auth.ts";
import { reportRoutes } from "./reports.ts";
import { publicReportRoutes } from "./reports-public.ts";

/** Every route module of the API, in the order they are mounted. */
export const API_ROUTES: RouteModule[] = [
  authRoutes,
  applicationPublicRoutes(),
  applicationStaffRoutes,
  applicationAttachmentRoutes,
  reportRoutes,
  publicReportRoutes,
];
