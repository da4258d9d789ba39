import { portalRoutes } from "../../portal/index.ts";
import type { RouteModule } from "../app.ts";
import { adminAgencyRoutes } from "./admin-agencies.ts";
import { adminAuditRoutes } from "./admin-audit.ts";
import { adminUserRoutes } from "./admin-users.ts";
import { applicationAttachmentRoutes } from "./applications-attachments.ts";
import { createPublicLimits } from "./applications-limits.ts";
import { applicationPublicRoutes } from "./applications-public.ts";
import { applicationStaffRoutes } from "./applications-staff.ts";
import { applicationVocabularyRoutes } from "./applications-vocabulary.ts";
import { authRoutes } from "./auth.ts";
import { calendarRoutes } from "./calendar.ts";
import { checkRoutes } from "./check.ts";
import { letterPublicRoutes } from "./letters-public.ts";
import { letterStaffRoutes } from "./letters-staff.ts";
import { letterTemplateRoutes } from "./letters-templates.ts";
import { registerCaseRoutes } from "./registers-cases.ts";
import { registerDocumentRoutes } from "./registers-documents.ts";
import { registerFigureRoutes } from "./registers-figures.ts";
import { publicRegisterRoutes } from "./registers-public.ts";
import { reportRoutes } from "./reports.ts";
import { publicReportRoutes } from "./reports-public.ts";
import { supervisionRoutes } from "./supervision.ts";

/** One set of public limits: the portal's forms count against the same budget as the API. */
const publicLimits = createPublicLimits();

/** Every route module of the API, in the order they are mounted. */
export const API_ROUTES: RouteModule[] = [
  authRoutes,
  applicationPublicRoutes(publicLimits),
  applicationStaffRoutes,
  applicationAttachmentRoutes,
  applicationVocabularyRoutes,
  reportRoutes,
  publicReportRoutes,
  checkRoutes,
  // Agencies first: /api/agencies/tree before /api/agencies/{id}.
  adminAgencyRoutes,
  adminUserRoutes,
  adminAuditRoutes,
  registerDocumentRoutes,
  registerCaseRoutes,
  registerFigureRoutes,
  publicRegisterRoutes,
  calendarRoutes,
  supervisionRoutes,
  letterPublicRoutes(publicLimits),
  letterStaffRoutes,
  letterTemplateRoutes,
  // Last: the public portal's pages, and its 404 page for any other address outside /api.
  portalRoutes({ limits: publicLimits }),
];
