import { z } from "@hono/zod-openapi";

/** OpenAPI schemas of the supervisor's view (the service defines the shapes). */

export const json = <S extends z.ZodType>(schema: S) => ({ "application/json": { schema } });
const count = z.number().int();

const figuresSchema = z
  .object({
    open: count.openapi({ description: "在办（未办结）" }),
    dueSoon: count.openapi({ description: "在办且 5 个工作日内到期（与申请列表 due=soon 一致）" }),
    overdue: count.openapi({ description: "在办且已超过答复期限（与申请列表 due=overdue 一致）" }),
    provisional: count.openapi({ description: "在办且答复期限为暂定（所在年度的节假日安排尚未载入）" }),
    received: count.openapi({ description: "本年度收到（本年度尚未结束时截至今天）" }),
    closed: count.openapi({ description: "本年度办结" }),
    missed: count.openapi({ description: "答复期限在本年度且已过、到期时仍未办结的件数（超期件数）" }),
    replied: count.openapi({ description: "本年度以答复办结、且有答复期限的件数（不含撤回、视为放弃）" }),
    repliedOnTime: count.openapi({ description: "其中在答复期限内办结的件数" }),
    onTimeRate: z
      .number()
      .nullable()
      .openapi({ description: "按时答复率 repliedOnTime / replied（0–1）；无答复时为 null" }),
  })
  .openapi("SupervisionFigures");

const reportCellSchema = z
  .object({
    state: z.enum(["none", "draft", "published"]),
    deadline: z.string().openapi({ description: "本级机关的发布期限" }),
    timeliness: z.enum(["onTime", "late", "pending", "overdue"]).openapi({
      description: "onTime 按时发布；late 逾期发布；pending 未发布、未到期限；overdue 未发布、已过期限",
    }),
    firstPublished: z.string().nullable(),
    latestPublished: z.string().nullable(),
    versions: count,
    errors: count
      .nullable()
      .openapi({ description: "最新发布版本的错误数；未发布为 null（草稿的实时核查见年度报告接口）" }),
    warnings: count.nullable(),
  })
  .nullable()
  .openapi("SupervisionReportCell");

const tallySchema = z
  .object({
    agencies: count,
    published: count,
    drafts: count,
    onTime: count,
    late: count,
    pending: count,
    overdue: count,
    withErrors: count.openapi({ description: "已发布但最新版本仍有错误的机关数" }),
  })
  .nullable()
  .openapi("SupervisionReportTally");

export const overviewSchema = z
  .object({
    root: z.object({ id: z.string(), name: z.string() }),
    year: count,
    previousYear: count,
    today: z.string(),
    dueSoonUntil: z.string(),
    agencies: count.openapi({ description: "所辖机关总数（含本机关）" }),
    rows: z.array(
      z.object({
        agencyId: z.string(),
        name: z.string(),
        level: z.string(),
        parentId: z.string().nullable(),
        depth: count.openapi({ description: "距 root 的层数，root 为 0" }),
        childCount: count,
        own: figuresSchema.openapi({ description: "本机关自身" }),
        subtree: figuresSchema.openapi({ description: "本机关及其所有下级机关合计" }),
        report: reportCellSchema.openapi({ description: "本机关 year 年度报告（次年发布）" }),
        previousReport: reportCellSchema.openapi({
          description: "本机关 year−1 年度报告（今年 1 月或 3 月到期）",
        }),
        reports: z.object({ year: tallySchema, previousYear: tallySchema }),
      }),
    ),
  })
  .openapi("SupervisionOverview");

const period = z.object({ received: count, closed: count, missed: count });
const yearOnYear = z.object({ current: period, previous: period, previousToDate: period });

export const chartsSchema = z
  .object({
    root: z.object({ id: z.string(), name: z.string() }),
    year: count,
    today: z.string(),
    units: z.array(z.object({ agencyId: z.string(), name: z.string(), own: z.boolean() })).openapi({
      description: "图表的系列：第一个为 root 本级（own=true），其后每个直属下级机关（含其全部下级）",
    }),
    monthly: z.object({
      months: z.array(z.string()).openapi({ description: "最近 24 个月 YYYY-MM，含本月" }),
      total: z.array(count),
      byUnit: z.array(z.array(count)).openapi({ description: "与 units 一一对应" }),
    }),
    outcomes: z.object({
      categories: z.array(z.object({ key: z.string(), label: z.string() })),
      total: z.record(z.string(), count),
      byUnit: z.array(
        z.object({
          categories: z.record(z.string(), count),
          outcomes: z.record(z.string(), count),
          closed: count,
        }),
      ),
    }),
    overdueTrend: z.object({
      days: z.array(z.string()).openapi({ description: "每月最后一天，本月为今天" }),
      total: z.array(count),
      byUnit: z.array(z.array(count)),
    }),
    yearOnYear: z.object({
      year: count,
      previousYear: count,
      toDate: z
        .boolean()
        .openapi({ description: "本年度尚未结束：previousToDate 为上年同期（截至去年今日）" }),
      total: yearOnYear,
      byUnit: z.array(yearOnYear),
    }),
  })
  .openapi("SupervisionCharts");
