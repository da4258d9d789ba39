import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { ledgerEventSchema } from "../../domain/applications/index.ts";
import {
  type ApplicationListQuery,
  confirmReceipt,
  getApplication,
  getApplicationClock,
  listApplications,
  openApplicationsAtYearEnd,
  recordStep,
  registerApplication,
  registrationSchema,
} from "../../services/applications/index.ts";
import { type AppEnv, type RouteModule, serviceContext } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import { requireAuth } from "../session-middleware.ts";
import {
  carryOverSchema,
  clockExplainedSchema,
  detailSchema,
  pageSchema,
  stepRecordedSchema,
  summarySchema,
} from "./applications-schemas.ts";

const TAG = "申请办理";
const json = <S extends z.ZodType>(schema: S) => ({ "application/json": { schema } });
const idParam = z.object({ id: z.string().openapi({ param: { name: "id", in: "path" } }) });
const text = (description: string) => z.string().optional().openapi({ description });

const listRoute = createRoute({
  method: "get",
  path: "/api/applications",
  tags: [TAG],
  summary: "申请列表（筛选、排序、分页）",
  description:
    "默认列出本机关的申请，按答复期限排序。上级监督人员可用 agencyId 与 subtree=true 查看所辖机关（个人信息脱敏）。",
  request: {
    query: z.object({
      agencyId: text("机关编号，默认本机关"),
      subtree: text("true：包括所有下级机关（仅上级监督人员）"),
      phase: text("办理阶段，多个用逗号分隔：submitted,processing,awaitingCorrection,decided,replied,…"),
      open: text("true：未办结；false：已办结"),
      due: text("soon：临近答复期限；overdue：已超过答复期限"),
      outcome: text("答复结果，多个用逗号分隔：disclosed,unableNotHeld,…（见 /api/vocabulary/applications）"),
      provisional: text(
        "true：只列答复期限为暂定的申请（所在年度节假日安排尚未载入）；false：只列期限确定的",
      ),
      applicantType: text("申请人类型"),
      channel: text("提交渠道"),
      receivedFrom: text("收到日期起，YYYY-MM-DD"),
      receivedTo: text("收到日期止，YYYY-MM-DD"),
      q: text("搜索申请编号、所需信息描述、申请人姓名（姓名仅限本机关）"),
      sort: text("due：按答复期限（默认）；received：按收到日期，新的在前"),
      page: text("页码，从 1 开始"),
      pageSize: text("每页条数，1–100，默认 20"),
    }),
  },
  responses: { 200: { description: "一页申请", content: json(pageSchema) }, ...errorResponses },
});

const registerRoute = createRoute({
  method: "post",
  path: "/api/applications",
  tags: [TAG],
  summary: "登记申请（当面、邮寄、传真等）",
  description:
    "按提交渠道填写确定法定收到申请之日的事实（第三十一条）。返回的查询码只显示这一次，请交给申请人。",
  request: { body: { required: true, content: json(registrationSchema) } },
  responses: {
    201: {
      description: "已登记",
      content: json(z.object({ application: summarySchema, queryCode: z.string() }).openapi("Registered")),
    },
    ...errorResponses,
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/applications/{id}",
  tags: [TAG],
  summary: "申请详情（台账、期限、附件）",
  request: { params: idParam },
  responses: { 200: { description: "申请详情", content: json(detailSchema) }, ...errorResponses },
});

const stepRoute = createRoute({
  method: "post",
  path: "/api/applications/{id}/events",
  tags: [TAG],
  summary: "登记办理步骤",
  description:
    "expectedVersion 为您看到的申请版本号；他人已先行办理时返回 409，请刷新后重试。不合法的步骤返回 400 或 409，并用中文说明原因。",
  request: {
    params: idParam,
    body: {
      required: true,
      content: json(z.object({ expectedVersion: z.number().int().min(1), event: ledgerEventSchema })),
    },
  },
  responses: { 200: { description: "已登记", content: json(stepRecordedSchema) }, ...errorResponses },
});

const receiptRoute = createRoute({
  method: "post",
  path: "/api/applications/{id}/receipt",
  tags: [TAG],
  summary: "确认收到网上申请",
  description: "网上申请以双方确认之日为收到申请之日（第三十一条），各项期限自此起算。",
  request: {
    params: idParam,
    body: {
      required: true,
      content: json(z.object({ expectedVersion: z.number().int().min(1), confirmedOn: z.string() })),
    },
  },
  responses: { 200: { description: "已确认", content: json(stepRecordedSchema) }, ...errorResponses },
});

const clockRoute = createRoute({
  method: "get",
  path: "/api/applications/{id}/clock",
  tags: [TAG],
  summary: "期限推导与逐日说明",
  request: { params: idParam, query: z.object({ at: text("查询日期，默认今天") }) },
  responses: {
    200: { description: "期限与逐日说明", content: json(clockExplainedSchema) },
    ...errorResponses,
  },
});

const carryOverRoute = createRoute({
  method: "get",
  path: "/api/applications/carry-over/{year}",
  tags: [TAG],
  summary: "年末结转的申请",
  description: "截至当年 12 月 31 日已收到、尚未办结的申请：即年度报告表三“四、结转下年度继续办理”。",
  request: {
    params: z.object({ year: z.string().openapi({ param: { name: "year", in: "path" }, example: "2026" }) }),
    query: z.object({ agencyId: text("机关编号，默认本机关") }),
  },
  responses: { 200: { description: "结转清单", content: json(carryOverSchema) }, ...errorResponses },
});

/**
 * The query string as the list service's input: flags and numbers converted; a value that is
 * neither stays as typed, so that the service refuses it with a message naming the field.
 */
function listQuery(q: Record<string, string | undefined>): ApplicationListQuery {
  const flag = (v?: string) => (v === "true" || v === "1" ? true : v === "false" || v === "0" ? false : v);
  const int = (v?: string) => (v === undefined || v === "" ? undefined : Number(v));
  return {
    ...q,
    subtree: flag(q.subtree),
    open: flag(q.open),
    provisional: flag(q.provisional),
    phase: q.phase?.split(",").filter((p) => p !== ""),
    outcome: q.outcome?.split(",").filter((o) => o !== ""),
    page: int(q.page),
    pageSize: int(q.pageSize),
  } as ApplicationListQuery;
}

/** Refuses an anonymous request before its body is even read. */
const signedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireAuth(c);
  await next();
};

export const applicationStaffRoutes: RouteModule = (api, deps) => {
  const ctx = serviceContext(deps);
  api.use("/api/applications", signedIn);
  api.use("/api/applications/*", signedIn);

  api.openapi(listRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(await listApplications(ctx, actor, listQuery(c.req.valid("query"))), 200);
  });

  api.openapi(registerRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(await registerApplication(ctx, actor, await c.req.json()), 201);
  });

  api.openapi(carryOverRoute, async (c) => {
    const { actor } = requireAuth(c);
    const agencyId = c.req.valid("query").agencyId ?? (actor.kind === "user" ? actor.agencyId : "");
    const year = Number(c.req.valid("param").year);
    return c.json(await openApplicationsAtYearEnd(ctx, actor, agencyId, year), 200);
  });

  api.openapi(getRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(await getApplication(ctx, actor, c.req.valid("param").id), 200);
  });

  api.openapi(stepRoute, async (c) => {
    const { actor } = requireAuth(c);
    const { expectedVersion, event } = c.req.valid("json");
    return c.json(await recordStep(ctx, actor, c.req.valid("param").id, expectedVersion, event), 200);
  });

  api.openapi(receiptRoute, async (c) => {
    const { actor } = requireAuth(c);
    const { expectedVersion, confirmedOn } = c.req.valid("json");
    return c.json(
      await confirmReceipt(ctx, actor, c.req.valid("param").id, expectedVersion, confirmedOn),
      200,
    );
  });

  api.openapi(clockRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(
      await getApplicationClock(ctx, actor, c.req.valid("param").id, c.req.valid("query").at),
      200,
    );
  });
};
