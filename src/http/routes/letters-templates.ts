import { createRoute, z } from "@hono/zod-openapi";
import {
  getLetterSettings,
  getLetterTemplate,
  listLetterTemplates,
  saveLetterTemplate,
  updateLetterSettings,
} from "../../services/letters/index.ts";
import { type RouteModule, serviceContext } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import { requireAuth } from "../session-middleware.ts";
import { staffOnly } from "./admin-guard.ts";
import {
  settingsInputSchema,
  settingsSchema,
  templateHistorySchema,
  templateInputSchema,
  templateViewSchema,
} from "./letters-schemas.ts";

const TAG = "文书模板与设置";
const json = <S extends z.ZodType>(schema: S) => ({ "application/json": { schema } });
const param = (name: string) => z.string().openapi({ param: { name, in: "path" } });
const agencyParams = z.object({ agencyId: param("agencyId") });
const kindParams = agencyParams.extend({
  kind: param("kind").openapi({ example: "reply.disclosed", description: "文书种类" }),
});

const listRoute = createRoute({
  method: "get",
  path: "/api/agencies/{agencyId}/letter-templates",
  tags: [TAG],
  summary: "本机关各类文书的现行文本",
  request: { params: agencyParams },
  responses: {
    200: { description: "各类文书", content: json(z.array(templateViewSchema)) },
    ...errorResponses,
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/agencies/{agencyId}/letter-templates/{kind}",
  tags: [TAG],
  summary: "某类文书的现行文本、默认文本和历史版本",
  request: { params: kindParams },
  responses: { 200: { description: "文书模板", content: json(templateHistorySchema) }, ...errorResponses },
});

const saveRoute = createRoute({
  method: "put",
  path: "/api/agencies/{agencyId}/letter-templates/{kind}",
  tags: [TAG],
  summary: "修改某类文书的文本（机关管理员）",
  description:
    "保存为新版本。文本必须保留该类文书的全部必需变量（如救济途径、期限、法律依据），缺少时返回 400 并指明缺少的变量；恢复默认文本即以默认文本保存。",
  request: { params: kindParams, body: { required: true, content: json(templateInputSchema) } },
  responses: { 200: { description: "已保存", content: json(templateViewSchema) }, ...errorResponses },
});

const getSettingsRoute = createRoute({
  method: "get",
  path: "/api/agencies/{agencyId}/letter-settings",
  tags: [TAG],
  summary: "文书设置（文号格式、缴费方式、落款）",
  request: { params: agencyParams },
  responses: { 200: { description: "文书设置", content: json(settingsSchema) }, ...errorResponses },
});

const saveSettingsRoute = createRoute({
  method: "put",
  path: "/api/agencies/{agencyId}/letter-settings",
  tags: [TAG],
  summary: "修改文书设置（机关管理员）",
  request: { params: agencyParams, body: { required: true, content: json(settingsInputSchema) } },
  responses: { 200: { description: "已保存", content: json(settingsSchema) }, ...errorResponses },
});

/** Each agency's wording of its letters and its letter settings. */
export const letterTemplateRoutes: RouteModule = (api, deps) => {
  const ctx = serviceContext(deps);
  staffOnly(api, "/api/agencies/:agencyId/letter-templates", "/api/agencies/:agencyId/letter-templates/*");
  staffOnly(api, "/api/agencies/:agencyId/letter-settings");

  api.openapi(listRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(await listLetterTemplates(ctx, actor, c.req.valid("param").agencyId), 200);
  });

  api.openapi(getRoute, async (c) => {
    const { actor } = requireAuth(c);
    const { agencyId, kind } = c.req.valid("param");
    return c.json(await getLetterTemplate(ctx, actor, agencyId, kind), 200);
  });

  api.openapi(saveRoute, async (c) => {
    const { actor } = requireAuth(c);
    const { agencyId, kind } = c.req.valid("param");
    return c.json(await saveLetterTemplate(ctx, actor, agencyId, kind, c.req.valid("json")), 200);
  });

  api.openapi(getSettingsRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(await getLetterSettings(ctx, actor, c.req.valid("param").agencyId), 200);
  });

  api.openapi(saveSettingsRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(
      await updateLetterSettings(ctx, actor, c.req.valid("param").agencyId, c.req.valid("json")),
      200,
    );
  });
};
