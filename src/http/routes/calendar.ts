import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AppError } from "../../domain/app-error.ts";
import { calendarStatus } from "../../services/calendar/calendar-status.ts";
import {
  getCalendarYear,
  listCalendarYears,
  loadCalendarYear,
} from "../../services/calendar/calendar-years.ts";
import { type RouteModule, serviceContext } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import { requireAuth } from "../session-middleware.ts";
import { staffOnly } from "./admin-guard.ts";
import {
  calendarStatusSchema,
  calendarYearInputSchema,
  calendarYearLoadedSchema,
  calendarYearSchema,
  calendarYearSummarySchema,
  json,
} from "./calendar-schemas.ts";

const TAG = "节假日安排";
const yearParams = z.object({
  year: z.coerce
    .number({ error: "年份应为数字" })
    .int({ error: "年份应为整数" })
    .openapi({ param: { name: "year", in: "path" }, example: 2027 }),
});

const listRoute = createRoute({
  method: "get",
  path: "/api/calendar/years",
  tags: [TAG],
  summary: "已有的节假日安排年份",
  description: "内置年份和管理员载入的年份（载入的优先），含来源、放假日和调休补班日的天数。",
  responses: {
    200: { description: "各年份，从早到晚", content: json(z.array(calendarYearSummarySchema)) },
    ...errorResponses,
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/calendar/years/{year}",
  tags: [TAG],
  summary: "某年的放假日和调休补班日",
  request: { params: yearParams },
  responses: { 200: { description: "该年安排", content: json(calendarYearSchema) }, ...errorResponses },
});

const loadRoute = createRoute({
  method: "put",
  path: "/api/calendar/years/{year}",
  tags: [TAG],
  summary: "载入或更正某年的节假日安排",
  description:
    "请求体为管理员按国务院办公厅通知编写的 JSON（格式见 docs/calendar.md），其中 year 须与地址中的年份一致。文件有误时返回 400，issues 逐条列出每处问题及其位置（如 restDays[3].date）。载入后，期限为暂定或可能受该年影响的申请立即按正式安排重新计算，deadlines.updated 为期限有变化的申请件数。限最上级机关的系统管理员。",
  request: { params: yearParams, body: { required: true, content: json(calendarYearInputSchema) } },
  responses: { 200: { description: "已载入", content: json(calendarYearLoadedSchema) }, ...errorResponses },
});

const statusRoute = createRoute({
  method: "get",
  path: "/api/calendar/status",
  tags: [TAG],
  summary: "节假日安排是否齐备（工作台提示条）",
  description:
    "从每年 11 月起，如尚未载入下一年的安排，banner.show 为 true，工作台在每个页面顶部显示 banner.message；本年安排缺失时也显示。附本机关（上级监督人员和系统管理员另附所辖机关）期限为暂定的在办申请件数，以及当前用户能否载入。",
  request: {
    query: z.object({ at: z.string().optional().openapi({ description: "查询日期 YYYY-MM-DD，默认今天" }) }),
  },
  responses: { 200: { description: "状态", content: json(calendarStatusSchema) }, ...errorResponses },
});

/** The request body as JSON, or VALIDATION saying where the JSON is broken. */
async function jsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = `节假日安排不是有效的 JSON：${(err as Error).message}。请检查括号、引号和逗号后重新载入`;
    throw new AppError("VALIDATION", message, { issues: [{ path: [], message }] });
  }
}

/** Staff routes of the official holiday schedule (tag 节假日安排). */
export const calendarRoutes: RouteModule = (api, deps) => {
  const ctx = serviceContext(deps);
  staffOnly(api, "/api/calendar/*");

  api.openapi(listRoute, async (c) => {
    requireAuth(c);
    return c.json(await listCalendarYears(deps.db), 200);
  });

  api.openapi(getRoute, async (c) => {
    requireAuth(c);
    const { year } = c.req.valid("param");
    const found = await getCalendarYear(deps.db, year);
    if (!found) {
      throw new AppError("NOT_FOUND", `尚未载入 ${year} 年的法定节假日安排，请由系统管理员载入`, { year });
    }
    const { summary, ...days } = found;
    return c.json({ ...summary, restDays: days.restDays, workDays: days.workDays }, 200);
  });

  api.openapi(loadRoute, async (c) => {
    const { actor } = requireAuth(c);
    const { year } = c.req.valid("param");
    const input = await jsonBody(c);
    const given = (input as { year?: unknown } | null)?.year;
    if (given !== undefined && given !== year) {
      const message = `文件中的年份（${String(given)}）与要载入的年份（${year}）不一致，请核对`;
      throw new AppError("VALIDATION", message, { issues: [{ path: ["year"], message }] });
    }
    return c.json(await loadCalendarYear(ctx, actor, input), 200);
  });

  api.openapi(statusRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(await calendarStatus(ctx, actor, c.req.valid("query").at), 200);
  });
};
