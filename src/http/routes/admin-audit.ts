import { createRoute, z } from "@hono/zod-openapi";
import { searchAudit } from "../../services/audit/audit-search.ts";
import { type RouteModule, serviceContext } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import { requireAuth } from "../session-middleware.ts";
import { staffOnly } from "./admin-guard.ts";
import { auditPageSchema, json } from "./admin-schemas.ts";
import { queryFlag } from "./registers-schemas.ts";

const text = (description: string) => z.string().optional().openapi({ description });
const number = (v: string | undefined) => (v === undefined || v === "" ? undefined : Number(v));

const auditRoute = createRoute({
  method: "get",
  path: "/api/audit",
  tags: ["机构与账号"],
  summary: "审计日志",
  description:
    "谁在何时修改了什么（修改前后的内容），新的在前，每页 limit 条（默认 50，最多 200）；下一页以上一页的 nextBefore 作为 before。本机关工作人员可查看本机关的记录；上级监督人员可用 subtree=true 查看所辖全部机关。",
  request: {
    query: z.object({
      agencyId: text("机关编号，默认本机关"),
      subtree: queryFlag("true：包括所有下级机关（仅上级监督人员）"),
      entity: text(
        "对象类型：agency、user、application、normative_document、remedy_case、register_count、fee_income、annual_report",
      ),
      entityId: text("对象编号"),
      userId: text("操作人账号编号"),
      action: text("操作：create、update、delete、login、step……"),
      from: text("起始日期 YYYY-MM-DD（北京时间，含当日）"),
      to: text("截止日期 YYYY-MM-DD（北京时间，含当日）"),
      before: text("从这条记录编号之前继续（翻页）"),
      limit: text("每页条数，1–200，默认 50"),
    }),
  },
  responses: { 200: { description: "一页审计记录", content: json(auditPageSchema) }, ...errorResponses },
});

/** The audit log, filtered and paged (tag 机构与账号). */
export const adminAuditRoutes: RouteModule = (api, deps) => {
  const ctx = serviceContext(deps);
  staffOnly(api, "/api/audit");

  api.openapi(auditRoute, async (c) => {
    const auth = requireAuth(c);
    const q = c.req.valid("query");
    const page = await searchAudit(ctx, auth.actor, {
      agencyId: q.agencyId ?? auth.user.agencyId,
      subtree: q.subtree ?? false,
      entity: q.entity,
      entityId: q.entityId,
      userId: q.userId,
      action: q.action,
      from: q.from,
      to: q.to,
      before: number(q.before),
      limit: number(q.limit),
    });
    return c.json(page, 200);
  });
};
