import { z } from "zod";
import { AppError } from "../../domain/app-error.ts";
import type { Actor } from "../actor.ts";
import { optionalText, parseInput, reportYear } from "../validation.ts";

/** What the supervisor's view is asked for: a year, the subtree's root (default the user's agency), how deep to list. */
export const supervisionQuerySchema = z.object({
  year: reportYear("年度").optional(),
  agencyId: optionalText("机关编号", 64),
  /** Rows down to this many levels below the root (figures always cover the whole subtree). */
  depth: z
    .number({ error: "层级数应为数字" })
    .int({ error: "层级数应为整数" })
    .min(0, { error: "层级数不能为负数" })
    .max(20, { error: "层级数最多为 20" })
    .optional(),
});
export type SupervisionQuery = z.input<typeof supervisionQuerySchema>;

/** The parsed query with its defaults: this year (China time) and the actor's own agency. */
export function parseSupervisionQuery(actor: Actor, query: SupervisionQuery, today: string) {
  const q = parseInput(supervisionQuerySchema, query, "查询条件");
  const agencyId = q.agencyId ?? (actor.kind === "user" ? actor.agencyId : null);
  if (agencyId === null) {
    const message = "请指定机关编号（agencyId）";
    throw new AppError("VALIDATION", message, { issues: [{ path: ["agencyId"], message }] });
  }
  return { year: q.year ?? Number(today.slice(0, 4)), agencyId, depth: q.depth ?? Number.POSITIVE_INFINITY };
}
