import type { z } from "zod";
import type {
  agencySchema,
  auditPageSchema,
  passwordShown,
  TreeNode,
  userSchema,
} from "../../../http/routes/admin-schemas.ts";
import type {
  settingsSchema,
  templateHistorySchema,
  templateViewSchema,
} from "../../../http/routes/letters-schemas.ts";
import { ROLE_LABELS, ROLES } from "../../../services/actor.ts";
import type { Role } from "../../api/types.ts";

/** The administration routes' answers as the workspace sees them (types only). */
export type Agency = z.infer<typeof agencySchema>;
export type AgencyNode = TreeNode;
export type User = z.infer<typeof userSchema>;
export type NewUserAnswer = { user: User } & z.infer<typeof passwordShown>;
export type PasswordShown = z.infer<typeof passwordShown>;
export type AuditPage = z.infer<typeof auditPageSchema>;
export type AuditEntry = AuditPage["items"][number];
export type LetterSettings = z.infer<typeof settingsSchema>;
export type LetterTemplate = z.infer<typeof templateViewSchema>;
export type LetterTemplateHistory = z.infer<typeof templateHistorySchema>;

/** The roles as a form offers them, named as the server names them (services/actor.ts has no imports). */
export const ROLE_OPTIONS: { value: Role; label: string }[] = ROLES.map((value) => ({
  value,
  label: ROLE_LABELS[value],
}));

/** The letter number series as the settings name them (文号格式 per series). */
export const SERIES_LABELS: Record<string, string> = {
  receipt: "登记回执",
  correction: "补正告知",
  extension: "延期答复告知",
  consultation: "征求意见",
  fee: "收费通知",
  notice: "其他告知",
  reply: "答复",
};
