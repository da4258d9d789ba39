import { type ExpressionBuilder, sql } from "kysely";
import { z } from "zod";
import { subtreeRange } from "../../db/agency-tree.ts";
import { containsText } from "../../db/like.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../domain/app-error.ts";
import {
  APPLICANT_TYPES,
  type ApplicantType,
  applicantTypeLabel,
  CHANNEL_RULES,
  DEFAULT_CLOCK_POLICY,
  OUTCOME_INFO,
  type ReceiptChannel,
} from "../../domain/applications/index.ts";
import { assertCanRead, assertCanReadSubtree } from "../access.ts";
import type { Actor } from "../actor.ts";
import type { ServiceContext } from "../context.ts";
import { oneOf, optionalIsoDate, optionalText, parseInput } from "../validation.ts";
import {
  APPLICATION_PHASE_LABELS,
  type ApplicationSummary,
  seesInFull,
  toSummary,
} from "./application-view.ts";
import { applicationCalendar } from "./calendar-in-force.ts";
import { chinaDate } from "./china-date.ts";
import { type DueStanding, dueStanding } from "./due-standing.ts";

const typeLabels = Object.fromEntries(APPLICANT_TYPES.map((t) => [t, applicantTypeLabel(t)])) as Record<
  ApplicantType,
  string
>;
const outcomeLabels = Object.fromEntries(Object.values(OUTCOME_INFO).map((o) => [o.key, o.label])) as Record<
  keyof typeof OUTCOME_INFO,
  string
>;
const channelLabels = Object.fromEntries(
  Object.entries(CHANNEL_RULES).map(([k, v]) => [k, v.label]),
) as Record<ReceiptChannel, string>;

export const listQuerySchema = z.object({
  /** The agency whose applications to list; default the actor's own. */
  agencyId: optionalText("机关", 64),
  /** Also every agency below it (supervisors only). */
  subtree: z.boolean({ error: "subtree 应为 true 或 false" }).default(false),
  phase: z.array(oneOf("办理阶段", APPLICATION_PHASE_LABELS)).optional(),
  /** true: not closed; false: closed. */
  open: z.boolean({ error: "open 应为 true 或 false" }).optional(),
  /** Open and due within the due-soon window (5 working days), or open and past the reply deadline. */
  due: oneOf("期限筛选", { soon: "临近期限", overdue: "已超期" }).optional(),
  /** Closed with one of these outcomes (table 三's result rows). */
  outcome: z.array(oneOf("答复结果", outcomeLabels)).optional(),
  /** Only applications whose reply deadline is provisional (its year's schedule not loaded), or only exact ones. */
  provisional: z.boolean({ error: "provisional 应为 true 或 false" }).optional(),
  applicantType: oneOf("申请人类型", typeLabels).optional(),
  channel: oneOf("提交渠道", channelLabels).optional(),
  receivedFrom: optionalIsoDate("收到日期（起）"),
  receivedTo: optionalIsoDate("收到日期（止）"),
  /** Searches the number, the description, and — in the actor's own agency only — the applicant's name. */
  q: optionalText("搜索内容", 100),
  /** due: reply deadline first (none last); received: newest first. */
  sort: oneOf("排序方式", { due: "按答复期限", received: "按收到日期" }).default("due"),
  page: z.number({ error: "页码应为数字" }).int().min(1, { error: "页码从 1 开始" }).default(1),
  pageSize: z
    .number({ error: "每页条数应为数字" })
    .int()
    .min(1, { error: "每页至少 1 条" })
    .max(100, { error: "每页最多 100 条" })
    .default(20),
});
export type ApplicationListQuery = z.input<typeof listQuerySchema>;

export interface ApplicationPage {
  /** Each row with its reply deadline's standing today (null when closed or none runs). */
  items: (ApplicationSummary & { agencyName: string; due: DueStanding | null })[];
  /** Every matching application, across pages. */
  total: number;
  page: number;
  pageSize: number;
}

type AppWhere = ExpressionBuilder<Database, "applications">;

/**
 * The applications of one agency — or of a supervisor's whole subtree — filtered, sorted and paged
 * on the server. Personal data is masked on every row the actor's agency does not handle, and
 * applicants' names are searched only there (a supervisor cannot probe who applied below).
 * @throws AppError VALIDATION, FORBIDDEN (another agency; a subtree without the supervisor role).
 */
export async function listApplications(
  ctx: ServiceContext,
  actor: Actor,
  query: ApplicationListQuery = {},
): Promise<ApplicationPage> {
  const f = parseInput(listQuerySchema, query, "查询条件");
  const agencyId = f.agencyId ?? (actor.kind === "user" ? actor.agencyId : null);
  if (agencyId === null) {
    throw new AppError("VALIDATION", "请指定机关", {
      issues: [{ path: ["agencyId"], message: "请指定机关" }],
    });
  }
  const scope = f.subtree
    ? await assertCanReadSubtree(ctx.db, actor, agencyId)
    : await assertCanRead(ctx.db, actor, agencyId);
  const today = chinaDate(ctx.clock());
  const calendar = await applicationCalendar(ctx.db);
  const soonUntil =
    f.due === "soon" ? calendar.addWorkingDays(today, DEFAULT_CLOCK_POLICY.dueSoonDays) : null;
  const own = actor.kind === "user" ? actor.agencyId : null;

  let q = ctx.db.selectFrom("applications");
  if (f.subtree) {
    // A range on the application's own copy of the agency path: see migration 0007.
    const { from, to } = subtreeRange(scope.path);
    q = q.where("agency_path", ">=", from).where("agency_path", "<", to);
  } else q = q.where("agency_id", "=", agencyId);
  if (f.phase && f.phase.length > 0) q = q.where("phase", "in", f.phase);
  if (f.open !== undefined) q = q.where("closed_on", f.open ? "is" : "is not", null);
  // On open applications due_sort is the reply deadline (or a date after every real one), and it is
  // what the indexes hold: the deadline filters are ranges on it.
  if (f.due === "overdue") q = q.where("closed_on", "is", null).where("due_sort", "<", today);
  if (soonUntil !== null) {
    q = q.where("closed_on", "is", null).where("due_sort", ">=", today).where("due_sort", "<=", soonUntil);
  }
  if (f.outcome && f.outcome.length > 0) q = q.where("outcome", "in", f.outcome);
  if (f.provisional !== undefined) q = q.where("due_provisional", "=", f.provisional ? 1 : 0);
  if (f.applicantType) q = q.where("applicant_type", "=", f.applicantType);
  if (f.channel) q = q.where("channel", "=", f.channel);
  if (f.receivedFrom) q = q.where("received_on", ">=", f.receivedFrom);
  if (f.receivedTo) q = q.where("received_on", "<=", f.receivedTo);
  if (f.q) q = q.where(textSearch(f.q, own));

  const counted = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const sorted =
    f.sort === "due"
      ? q.orderBy("due_sort").orderBy("id")
      : q.orderBy(sql`coalesce(received_on, arrived_on)`, "desc").orderBy("id", "desc");
  // The page's ids first — the indexes hold them, so a sort never drags whole rows along — then
  // those rows alone.
  const ids = (
    await sorted
      .select("id")
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute()
  ).map((r) => r.id);
  const byId = new Map(
    ids.length === 0
      ? []
      : (
          await ctx.db
            .selectFrom("applications")
            .innerJoin("agencies", "agencies.id", "applications.agency_id")
            .selectAll("applications")
            .select("agencies.name as agency_name")
            .where("applications.id", "in", ids)
            .execute()
        ).map((r) => [r.id, r]),
  );
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  return {
    items: rows.map((r) => {
      const summary = toSummary(r, !seesInFull(actor, r.agency_id));
      return { ...summary, agencyName: r.agency_name, due: dueStanding(calendar, today, summary) };
    }),
    total: Number(counted.n),
    page: f.page,
    pageSize: f.pageSize,
  };
}

function textSearch(text: string, ownAgency: string | null) {
  const like = (column: "number" | "description" | "applicant_name") => containsText(column, text);
  // A number typed without its hyphens (or with spaces) still finds the application.
  const digits = text.replace(/[\s\-－—]/g, "");
  const byDigits = /^\d{4,}$/.test(digits)
    ? [sql<boolean>`replace(number, '-', '') like ${`%${digits}%`}`]
    : [];
  return (eb: AppWhere) =>
    eb.or([
      like("number"),
      ...byDigits,
      like("description"),
      ownAgency === null
        ? like("applicant_name")
        : eb.and([eb("agency_id", "=", ownAgency), like("applicant_name")]),
    ]);
}
