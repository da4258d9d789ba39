import { createRoute, z } from "@hono/zod-openapi";
import { supervisionCharts, supervisionOverview } from "../../services/supervision/index.ts";
import { type RouteModule, serviceContext } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import { requireAuth } from "../session-middleware.ts";
import { staffOnly } from "./admin-guard.ts";
import { chartsSchema, json, overviewSchema } from "./supervision-schemas.ts";

const TAG = "监督";
const WHO = "限本级或上级机关的上级监督人员和系统管理员；只有件数，不含任何申请人个人信息。";

const query = z.object({
  year: z.string().optional().openapi({ description: "年度，默认今年" }),
  agencyId: z.string().optional().openapi({ description: "从哪个机关起，默认本机关" }),
});
const number = (v: string | undefined) => (v === undefined || v === "" ? undefined : Number(v));

const overviewRoute = createRoute({
  method: "get",
  path: "/api/supervision/overview",
  tags: [TAG],
  summary: "所辖机关一览（在办、临期、超期、年度报告）",
  description: `所辖每个机关一行（按机构树顺序）：当前在办、5 个工作日内到期、已超期件数；year 年度收到、办结、超期和按时答复率；year 与 year−1 两个年度报告的状态、是否按时、发布版本的错误和提醒数。own 为本机关自身，subtree 为含全部下级的合计。depth 限制返回的层数（合计仍含全部下级）。${WHO}`,
  request: {
    query: query.extend({
      depth: z.string().optional().openapi({ description: "返回的层数（root 为 0），默认全部" }),
    }),
  },
  responses: { 200: { description: "一览表", content: json(overviewSchema) }, ...errorResponses },
});

const chartsRoute = createRoute({
  method: "get",
  path: "/api/supervision/charts",
  tags: [TAG],
  summary: "图表数据（每月收件、办理结果构成、超期趋势、同比）",
  description: `按 root 本级和每个直属下级机关（含其全部下级）分组：最近 24 个月每月收到的申请；year 年度办结申请的结果构成（表三（一）至（六）及 21 种结果）；最近 24 个月每月末（本月为今天）在办且已超期的件数；year 与上年的收到、办结、超期件数对比（本年未结束时另给上年同期）。${WHO}`,
  request: { query },
  responses: { 200: { description: "图表数据", content: json(chartsSchema) }, ...errorResponses },
});

/** The supervisor's view over a subtree (tag 监督). */
export const supervisionRoutes: RouteModule = (api, deps) => {
  const ctx = serviceContext(deps);
  staffOnly(api, "/api/supervision/*");

  api.openapi(overviewRoute, async (c) => {
    const { actor } = requireAuth(c);
    const q = c.req.valid("query");
    const overview = await supervisionOverview(ctx, actor, {
      year: number(q.year),
      agencyId: q.agencyId,
      depth: number(q.depth),
    });
    return c.json(overview, 200);
  });

  api.openapi(chartsRoute, async (c) => {
    const { actor } = requireAuth(c);
    const q = c.req.valid("query");
    return c.json(await supervisionCharts(ctx, actor, { year: number(q.year), agencyId: q.agencyId }), 200);
  });
};
