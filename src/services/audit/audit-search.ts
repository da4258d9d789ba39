import { z } from "zod";
import { subtreeAgencyIds } from "../../db/agency-tree.ts";
import type { LedgerEvent } from "../../domain/applications/index.ts";
import { assertCanRead, assertCanReadSubtree } from "../access.ts";
import type { Actor } from "../actor.ts";
import { maskedLedgerEvent, seesInFull } from "../applications/application-view.ts";
import type { ServiceContext } from "../context.ts";
import { maskFileName } from "../privacy/mask.ts";
import { optionalIsoDate, optionalText, parseInput, requiredText } from "../validation.ts";
import type { AuditRecord } from "./audit-log.ts";

/**
 * The audit log as people browse it: filtered by agency (or a supervisor's whole subtree), entity,
 * user and China-time date range, newest first, paged by a cursor (the id to continue below), so
 * that the next page costs the same however deep the log is. Rows carry the names of the user and
 * the agency for display.
 */

export const auditSearchSchema = z
  .object({
    agencyId: requiredText("机关编号", 64),
    /** Also every agency below (supervisors). */
    subtree: z.boolean({ error: "subtree 应为 true 或 false" }).default(false),
    entity: optionalText("对象类型", 64),
    entityId: optionalText("对象编号", 200),
    userId: optionalText("操作人", 64),
    action: optionalText("操作", 64),
    /** First day (China time), inclusive. */
    from: optionalIsoDate("起始日期"),
    /** Last day (China time), inclusive. */
    to: optionalIsoDate("截止日期"),
    /** Continue below this entry id (the `nextBefore` of the previous page). */
    before: z.number({ error: "before 应为数字" }).int().min(1, { error: "before 应为正整数" }).optional(),
    limit: z
      .number({ error: "每页条数应为数字" })
      .int({ error: "每页条数应为整数" })
      .min(1, { error: "每页至少 1 条" })
      .max(200, { error: "每页最多 200 条" })
      .default(50),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.to < q.from) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `截止日期（${q.to}）不能早于起始日期（${q.from}）`,
      });
    }
  });
export type AuditSearchInput = z.input<typeof auditSearchSchema>;

export interface AuditView extends AuditRecord {
  agencyName: string | null;
  /** The acting user's name; null for the system (command line, jobs). */
  userName: string | null;
}

export interface AuditPage {
  items: AuditView[];
  /** Pass as `before` for the next (older) page; null when this page is the last. */
  nextBefore: number | null;
}

/** The first instant (ISO, UTC) of a China calendar day. */
function chinaDayStart(day: string): string {
  return new Date(`${day}T00:00:00+08:00`).toISOString();
}

function nextChinaDayStart(day: string): string {
  return new Date(new Date(`${day}T00:00:00+08:00`).getTime() + 86_400_000).toISOString();
}

/**
 * An entry's before or after state as this reader may see it: outside the agency that handles an
 * application, its steps' free text and its attachments' file names (张三身份证.jpg) are masked,
 * as on the application itself.
 */
function stateFor(
  actor: Actor,
  entry: { entity: string; agency_id: string | null },
  json: string | null,
): Record<string, unknown> | null {
  if (json === null) return null;
  const state = JSON.parse(json) as Record<string, unknown>;
  if (entry.entity !== "application" || (entry.agency_id && seesInFull(actor, entry.agency_id))) return state;
  return {
    ...state,
    ...(state.event ? { event: maskedLedgerEvent(state.event as LedgerEvent) } : {}),
    ...(typeof state.filename === "string" ? { filename: maskFileName(state.filename) } : {}),
  };
}

/**
 * A page of the audit log of one agency — for whoever may read its data — or of a supervisor's
 * subtree. Platform entries (no agency: calendar years) are not included.
 * @throws AppError VALIDATION (with paths), NOT_FOUND, FORBIDDEN.
 */
export async function searchAudit(
  ctx: ServiceContext,
  actor: Actor,
  input: AuditSearchInput,
): Promise<AuditPage> {
  const f = parseInput(auditSearchSchema, input, "审计日志查询条件");
  let q = ctx.db
    .selectFrom("audit_log as l")
    .leftJoin("users as u", "u.id", "l.user_id")
    .leftJoin("agencies as g", "g.id", "l.agency_id")
    .selectAll("l")
    .select(["u.display_name as user_name", "g.name as agency_name"]);
  if (f.subtree) {
    const root = await assertCanReadSubtree(ctx.db, actor, f.agencyId);
    q = q.where("l.agency_id", "in", subtreeAgencyIds(ctx.db, root.path));
  } else {
    await assertCanRead(ctx.db, actor, f.agencyId);
    q = q.where("l.agency_id", "=", f.agencyId);
  }
  if (f.entity) q = q.where("l.entity", "=", f.entity);
  if (f.entityId) q = q.where("l.entity_id", "=", f.entityId);
  if (f.userId) q = q.where("l.user_id", "=", f.userId);
  if (f.action) q = q.where("l.action", "=", f.action);
  if (f.from) q = q.where("l.at", ">=", chinaDayStart(f.from));
  if (f.to) q = q.where("l.at", "<", nextChinaDayStart(f.to));
  if (f.before !== undefined) q = q.where("l.id", "<", f.before);
  const rows = await q
    .orderBy("l.id", "desc")
    .limit(f.limit + 1)
    .execute();
  const page = rows.slice(0, f.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      at: r.at,
      userId: r.user_id,
      userName: r.user_name,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: stateFor(actor, r, r.before),
      after: stateFor(actor, r, r.after),
    })),
    nextBefore: rows.length > f.limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
