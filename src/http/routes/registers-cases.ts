import { createRoute, z } from "@hono/zod-openapi";
import { REMEDY_KIND_LABELS } from "../../services/registers/register-labels.ts";
import {
  createRemedyCase,
  deleteRemedyCase,
  getRemedyCase,
  listRemedyCases,
  updateRemedyCase,
} from "../../services/registers/remedy-cases.ts";
import { oneOf } from "../../services/validation.ts";
import { type RouteModule, serviceContext } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import { requireAuth } from "../session-middleware.ts";
import { staffOnly } from "./admin-guard.ts";
import {
  agencyParams,
  caseBody,
  casePatch,
  caseSchema,
  idParams,
  json,
  queryFlag,
  queryYear,
} from "./registers-schemas.ts";

const TAG = "复议诉讼登记";
const WHO = "本机关承办人、审核人、公开办负责人、机关管理员可修改；上级监督人员可查看所辖机关，不能修改。";

const listRoute = createRoute({
  method: "get",
  path: "/api/agencies/{agencyId}/remedy-cases",
  tags: [TAG],
  summary: "行政复议和行政诉讼案件登记",
  description: `年度报告表四按此登记计算：审理结果计入审结日期所在年度，尚未审结的计入立案后每一年度末。按立案日期从新到旧。${WHO}`,
  request: {
    params: agencyParams,
    query: z.object({
      kind: oneOf("案件类别", REMEDY_KIND_LABELS)
        .optional()
        .openapi({ description: "reconsideration、direct_suit 或 suit_after_reconsideration" }),
      year: queryYear("表四计入的年度（该年末前立案、且未在该年初前审结）"),
      applicationId: z.string().optional().openapi({ description: "只看与这件申请有关的案件" }),
      subtree: queryFlag("true：包括所有下级机关（仅上级监督人员）"),
    }),
  },
  responses: { 200: { description: "登记的案件", content: json(z.array(caseSchema)) }, ...errorResponses },
});

const createCaseRoute = createRoute({
  method: "post",
  path: "/api/agencies/{agencyId}/remedy-cases",
  tags: [TAG],
  summary: "登记复议或诉讼案件",
  description: `同一机关同一类别的案号不能重复（重复时返回 409）。有审理结果的须填写审结日期，尚未审结（pending）的不填。${WHO}`,
  request: { params: agencyParams, body: { required: true, content: json(caseBody) } },
  responses: { 201: { description: "已登记", content: json(caseSchema) }, ...errorResponses },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/remedy-cases/{id}",
  tags: [TAG],
  summary: "一件登记的案件",
  request: { params: idParams },
  responses: { 200: { description: "案件", content: json(caseSchema) }, ...errorResponses },
});

const patchRoute = createRoute({
  method: "patch",
  path: "/api/remedy-cases/{id}",
  tags: [TAG],
  summary: "修改案件或登记审理结果",
  description: `审结时提交 result（upheld 维持、corrected 纠正、other 其他）和 resultOn（审结日期）。只提交要修改的字段。${WHO}`,
  request: { params: idParams, body: { required: true, content: json(casePatch) } },
  responses: { 200: { description: "修改后的案件", content: json(caseSchema) }, ...errorResponses },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/api/remedy-cases/{id}",
  tags: [TAG],
  summary: "删除误登记的案件",
  request: { params: idParams },
  responses: { 204: { description: "已删除" }, ...errorResponses },
});

/** Staff routes of the register of reconsideration and lawsuit cases (tag 复议诉讼登记). */
export const registerCaseRoutes: RouteModule = (api, deps) => {
  const ctx = serviceContext(deps);
  staffOnly(api, "/api/agencies/:agencyId/remedy-cases", "/api/remedy-cases/*");

  api.openapi(listRoute, async (c) => {
    const { actor } = requireAuth(c);
    const q = c.req.valid("query");
    const cases = await listRemedyCases(ctx, actor, {
      agencyId: c.req.valid("param").agencyId,
      includeSubtree: q.subtree ?? false,
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.year ? { year: q.year } : {}),
      ...(q.applicationId ? { applicationId: q.applicationId } : {}),
    });
    return c.json(cases, 200);
  });

  api.openapi(createCaseRoute, async (c) => {
    const { actor } = requireAuth(c);
    const body = (await c.req.json()) as Record<string, unknown>;
    const created = await createRemedyCase(ctx, actor, {
      ...body,
      agencyId: c.req.valid("param").agencyId,
    } as never);
    return c.json(created, 201);
  });

  api.openapi(getRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(await getRemedyCase(ctx, actor, c.req.valid("param").id), 200);
  });

  api.openapi(patchRoute, async (c) => {
    const { actor } = requireAuth(c);
    const patch = (await c.req.json()) as Record<string, unknown>;
    return c.json(await updateRemedyCase(ctx, actor, c.req.valid("param").id, patch), 200);
  });

  api.openapi(deleteRoute, async (c) => {
    const { actor } = requireAuth(c);
    await deleteRemedyCase(ctx, actor, c.req.valid("param").id);
    return c.body(null, 204);
  });
};
