import { createRoute, z } from "@hono/zod-openapi";
import {
  createAgency,
  getAgency,
  listAgencySubtree,
  updateAgency,
} from "../../services/agencies/agencies.ts";
import { AGENCY_LEVEL_LABELS, type Agency } from "../../services/agencies/agency-input.ts";
import { type RouteModule, serviceContext } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import { requireAuth } from "../session-middleware.ts";
import { staffOnly } from "./admin-guard.ts";
import {
  agencyPatchBody,
  agencySchema,
  json,
  newAgencyBody,
  pathId,
  type TreeNode,
  treeNodeSchema,
} from "./admin-schemas.ts";

const TAG = "机构与账号";

const treeRoute = createRoute({
  method: "get",
  path: "/api/agencies/tree",
  tags: [TAG],
  summary: "机构树",
  description:
    "从 root（默认本机关）起的机构树。depth 限制返回的层数（0 只含 root 本身），超出的节点以 childCount 提示，可用该节点再次请求以逐级展开。机构名称和层级是公开信息，登录后均可查看。",
  request: {
    query: z.object({
      root: z.string().optional().openapi({ description: "从哪个机关起，默认本机关" }),
      depth: z
        .string()
        .regex(/^\d{1,2}$/, { error: "depth 应为 0–99 的整数" })
        .transform(Number)
        .optional()
        .openapi({ description: "返回的层数，默认全部" }),
    }),
  },
  responses: { 200: { description: "机构树", content: json(treeNodeSchema) }, ...errorResponses },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/agencies/{id}",
  tags: [TAG],
  summary: "机关详情（含告知书使用的联系信息）",
  request: { params: pathId("机关编号") },
  responses: { 200: { description: "机关", content: json(agencySchema) }, ...errorResponses },
});

const createAgencyRoute = createRoute({
  method: "post",
  path: "/api/agencies",
  tags: [TAG],
  summary: "新建下级机关",
  description:
    "parentId 为上级机关编号；id 可自定（字母、数字、点、下划线、连字符），不填则自动生成。限上级机关（所辖范围内）的系统管理员；最上级机关只能通过命令行创建。",
  request: { body: { required: true, content: json(newAgencyBody) } },
  responses: { 201: { description: "已创建", content: json(agencySchema) }, ...errorResponses },
});

const patchRoute = createRoute({
  method: "patch",
  path: "/api/agencies/{id}",
  tags: [TAG],
  summary: "修改机关名称、层级或联系信息",
  description:
    "只提交要修改的字段；通讯地址、邮编、电话、行政复议机关、管辖法院用于答复告知书。限本机关的机关管理员，或所属上级机关的系统管理员。",
  request: { params: pathId("机关编号"), body: { required: true, content: json(agencyPatchBody) } },
  responses: { 200: { description: "修改后的机关", content: json(agencySchema) }, ...errorResponses },
});

const withLabel = (a: Agency) => ({ ...a, levelLabel: AGENCY_LEVEL_LABELS[a.level] });

/** Nests agencies listed in tree order under the first one, down to `depth` levels. */
function nest(agencies: Agency[], depth: number): TreeNode {
  const nodes = new Map<string, TreeNode & { depth: number }>();
  let root: (TreeNode & { depth: number }) | undefined;
  for (const a of agencies) {
    const parent = a.parentId === null ? undefined : nodes.get(a.parentId);
    const node = {
      id: a.id,
      name: a.name,
      shortName: a.shortName,
      level: a.level,
      levelLabel: AGENCY_LEVEL_LABELS[a.level],
      parentId: a.parentId,
      childCount: 0,
      depth: parent ? parent.depth + 1 : 0,
    };
    nodes.set(a.id, node);
    if (!root) root = node;
    if (!parent) continue;
    parent.childCount += 1;
    if (node.depth > depth) continue;
    parent.children ??= [];
    parent.children.push(node);
  }
  if (!root) throw new Error("an agency subtree holds at least its root");
  const strip = ({ depth: _, ...n }: TreeNode & { depth?: number }): TreeNode =>
    n.children ? { ...n, children: n.children.map(strip) } : n;
  return strip(root);
}

/** Agencies: the tree, one agency, creation and changes (tag 机构与账号). */
export const adminAgencyRoutes: RouteModule = (api, deps) => {
  const ctx = serviceContext(deps);
  staffOnly(api, "/api/agencies", "/api/agencies/*");

  api.openapi(treeRoute, async (c) => {
    const auth = requireAuth(c);
    const { root, depth } = c.req.valid("query");
    const agencies = await listAgencySubtree(ctx, root ?? auth.user.agencyId);
    return c.json(nest(agencies, depth ?? Number.POSITIVE_INFINITY), 200);
  });

  api.openapi(getRoute, async (c) => {
    requireAuth(c);
    return c.json(withLabel(await getAgency(ctx, c.req.valid("param").id)), 200);
  });

  api.openapi(createAgencyRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(withLabel(await createAgency(ctx, actor, await c.req.json())), 201);
  });

  api.openapi(patchRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(
      withLabel(await updateAgency(ctx, actor, c.req.valid("param").id, await c.req.json())),
      200,
    );
  });
};
