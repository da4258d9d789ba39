import { createRoute, z } from "@hono/zod-openapi";
import {
  createNormativeDocument,
  deleteNormativeDocument,
  getNormativeDocument,
  listNormativeDocuments,
  updateNormativeDocument,
} from "../../services/registers/normative-documents.ts";
import { NORMATIVE_KIND_LABELS } from "../../services/registers/register-labels.ts";
import { isoDate, oneOf } from "../../services/validation.ts";
import { type RouteModule, serviceContext } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import { requireAuth } from "../session-middleware.ts";
import { staffOnly } from "./admin-guard.ts";
import {
  agencyParams,
  documentBody,
  documentPatch,
  documentSchema,
  idParams,
  json,
  queryDay,
  queryFlag,
  queryYear,
} from "./registers-schemas.ts";

const TAG = "主动公开登记";
const WHO = "本机关承办人、审核人、公开办负责人、机关管理员可修改；上级监督人员可查看所辖机关，不能修改。";

const listRoute = createRoute({
  method: "get",
  path: "/api/agencies/{agencyId}/normative-documents",
  tags: [TAG],
  summary: "规章和规范性文件登记（筛选、搜索）",
  description: `年度报告表二（一）按此登记计算。默认按发布日期从新到旧。${WHO}`,
  request: {
    params: agencyParams,
    query: z.object({
      kind: oneOf("文件类别", NORMATIVE_KIND_LABELS)
        .optional()
        .openapi({ description: "regulation（规章）或 normative_document（行政规范性文件）" }),
      inForceOn: queryDay("在该日现行有效"),
      issuedYear: queryYear("发布年度"),
      abolishedYear: queryYear("废止年度"),
      year: queryYear("表二计入的年度（该年末前发布、且未在该年初前废止）"),
      q: z
        .string()
        .max(100, { error: "搜索内容不能超过 100 个字" })
        .optional()
        .openapi({ description: "在标题和文号中搜索" }),
      subtree: queryFlag("true：包括所有下级机关（仅上级监督人员）"),
    }),
  },
  responses: {
    200: { description: "登记的文件", content: json(z.array(documentSchema)) },
    ...errorResponses,
  },
});

const createDocumentRoute = createRoute({
  method: "post",
  path: "/api/agencies/{agencyId}/normative-documents",
  tags: [TAG],
  summary: "登记规章或规范性文件",
  description: `废止日期不能早于发布日期。${WHO}`,
  request: { params: agencyParams, body: { required: true, content: json(documentBody) } },
  responses: { 201: { description: "已登记", content: json(documentSchema) }, ...errorResponses },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/normative-documents/{id}",
  tags: [TAG],
  summary: "一件登记的文件",
  request: { params: idParams },
  responses: { 200: { description: "文件", content: json(documentSchema) }, ...errorResponses },
});

const patchRoute = createRoute({
  method: "patch",
  path: "/api/normative-documents/{id}",
  tags: [TAG],
  summary: "修改登记",
  description: `只提交要修改的字段；所属机关不能修改（登记错了机关请删除后重新登记）。${WHO}`,
  request: { params: idParams, body: { required: true, content: json(documentPatch) } },
  responses: { 200: { description: "修改后的登记", content: json(documentSchema) }, ...errorResponses },
});

const abolishRoute = createRoute({
  method: "post",
  path: "/api/normative-documents/{id}/abolish",
  tags: [TAG],
  summary: "登记文件废止",
  description: `文件废止后不要删除登记：废止件数和现行有效件数都按废止日期计算。${WHO}`,
  request: {
    params: idParams,
    body: {
      required: true,
      content: json(z.object({ abolishedOn: isoDate("废止日期").openapi({ example: "2025-12-31" }) })),
    },
  },
  responses: { 200: { description: "已登记废止", content: json(documentSchema) }, ...errorResponses },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/api/normative-documents/{id}",
  tags: [TAG],
  summary: "删除误登记的文件",
  description: `只用于更正登记错误；文件废止请用“登记文件废止”。${WHO}`,
  request: { params: idParams },
  responses: { 204: { description: "已删除" }, ...errorResponses },
});

/** Staff routes of the register of rules and normative documents (tag 主动公开登记). */
export const registerDocumentRoutes: RouteModule = (api, deps) => {
  const ctx = serviceContext(deps);
  staffOnly(api, "/api/agencies/:agencyId/normative-documents", "/api/normative-documents/*");

  api.openapi(listRoute, async (c) => {
    const { actor } = requireAuth(c);
    const { agencyId } = c.req.valid("param");
    const q = c.req.valid("query");
    const docs = await listNormativeDocuments(ctx, actor, {
      agencyId,
      includeSubtree: q.subtree ?? false,
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.inForceOn ? { inForceOn: q.inForceOn } : {}),
      ...(q.issuedYear ? { issuedIn: q.issuedYear } : {}),
      ...(q.abolishedYear ? { abolishedIn: q.abolishedYear } : {}),
      ...(q.year ? { year: q.year } : {}),
      ...(q.q ? { search: q.q } : {}),
    });
    return c.json(docs, 200);
  });

  api.openapi(createDocumentRoute, async (c) => {
    const { actor } = requireAuth(c);
    const body = (await c.req.json()) as Record<string, unknown>;
    const doc = await createNormativeDocument(ctx, actor, {
      ...body,
      agencyId: c.req.valid("param").agencyId,
    } as never);
    return c.json(doc, 201);
  });

  api.openapi(getRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(await getNormativeDocument(ctx, actor, c.req.valid("param").id), 200);
  });

  api.openapi(patchRoute, async (c) => {
    const { actor } = requireAuth(c);
    const patch = (await c.req.json()) as Record<string, unknown>;
    return c.json(await updateNormativeDocument(ctx, actor, c.req.valid("param").id, patch), 200);
  });

  api.openapi(abolishRoute, async (c) => {
    const { actor } = requireAuth(c);
    const { abolishedOn } = c.req.valid("json");
    return c.json(await updateNormativeDocument(ctx, actor, c.req.valid("param").id, { abolishedOn }), 200);
  });

  api.openapi(deleteRoute, async (c) => {
    const { actor } = requireAuth(c);
    await deleteNormativeDocument(ctx, actor, c.req.valid("param").id);
    return c.body(null, 204);
  });
};
