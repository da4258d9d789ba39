import { createRoute, z } from "@hono/zod-openapi";
import {
  computeReport,
  detailOfVersion,
  editProse,
  editProseSchema,
  getDraft,
  getVersion,
  listVersions,
  prosePatchSchema,
  publishReport,
  publishSchema,
  RENDER_TARGETS,
  renderReport,
  reportStatus,
  validateDraft,
} from "../../services/reports/index.ts";
import { type RouteModule, serviceContext } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import { requireAuth } from "../session-middleware.ts";
import { reportFileResponse } from "./reports-files.ts";
import {
  draftSchema,
  fileContent,
  json,
  reportParams,
  statusRowSchema,
  validationResultSchema,
  versionDetailSchema,
  versionSummarySchema,
} from "./reports-schemas.ts";

const TAG = "年度报告";
const base = "/api/reports/{agencyId}/{year}";

const draftRoute = createRoute({
  method: "get",
  path: `${base}/draft`,
  tags: [TAG],
  summary: "年度报告草稿（表格按记录实时计算）",
  description:
    "表二取自登记簿，表三取自申请记录，表四取自复议诉讼案件，均按当前记录实时计算；正文为已保存的草稿，尚未保存时为系统生成的建议稿。附核查结果、各部分的建议稿，以及与最近发布版本的差异。本机关工作人员和上级监督人员可查看。",
  request: { params: reportParams },
  responses: { 200: { description: "草稿", content: json(draftSchema) }, ...errorResponses },
});

const editRoute = createRoute({
  method: "patch",
  path: `${base}/draft`,
  tags: [TAG],
  summary: "修改报告正文",
  description:
    "只提交要修改的部分；expectedVersion 为所编辑草稿的版本号（尚未保存过为 0）。他人已先修改时返回 409，请刷新后重新修改。本机关工作人员可用。",
  request: { params: reportParams, body: { required: true, content: json(editProseSchema) } },
  responses: { 200: { description: "修改后的草稿", content: json(draftSchema) }, ...errorResponses },
});

const validateRoute = createRoute({
  method: "post",
  path: `${base}/validate`,
  tags: [TAG],
  summary: "核查报告（可附尚未保存的正文）",
  description: "按全部核查规则检查报告；请求体可带尚未保存的正文，不会保存。",
  request: { params: reportParams, body: { required: false, content: json(prosePatchSchema) } },
  responses: { 200: { description: "核查结果", content: json(validationResultSchema) }, ...errorResponses },
});

const renderRoute = createRoute({
  method: "get",
  path: `${base}/render`,
  tags: [TAG],
  summary: "导出草稿（Markdown、网页或 Word）",
  request: {
    params: reportParams,
    query: z.object({
      to: z.enum(RENDER_TARGETS).default("docx").openapi({ description: "md、html 或 docx" }),
    }),
  },
  responses: { 200: fileContent("报告文件（附件下载，中文文件名）"), ...errorResponses },
});

const publishRoute = createRoute({
  method: "post",
  path: `${base}/publish`,
  tags: [TAG],
  summary: "发布年度报告",
  description:
    "以今天的日期发布当前报告并冻结为一个版本；之后记录或正文的变化不会改变已发布的版本，再次发布生成新版本（须填写修订说明），旧版本仍可查看。正文中还有“【请填写……】”时不能发布；报告仍有错误时，须在 acknowledgeErrors 中逐项确认这些错误的规则编号才能发布，确认记录随版本保存。限公开办负责人或机关管理员。",
  request: { params: reportParams, body: { required: true, content: json(publishSchema) } },
  responses: { 201: { description: "已发布的版本", content: json(versionDetailSchema) }, ...errorResponses },
});

const versionsRoute = createRoute({
  method: "get",
  path: `${base}/versions`,
  tags: [TAG],
  summary: "已发布的版本列表",
  request: { params: reportParams },
  responses: {
    200: { description: "各版本，最早的在前", content: json(z.array(versionSummarySchema)) },
    ...errorResponses,
  },
});

const versionRoute = createRoute({
  method: "get",
  path: `${base}/versions/{version}`,
  tags: [TAG],
  summary: "某一已发布版本（发布时的原样）",
  request: {
    params: reportParams.extend({
      version: z.coerce
        .number()
        .int()
        .min(1)
        .openapi({ param: { name: "version", in: "path" } }),
    }),
  },
  responses: {
    200: { description: "发布时的报告与核查结果", content: json(versionDetailSchema) },
    ...errorResponses,
  },
});

const statusRoute = createRoute({
  method: "get",
  path: "/api/reports/status",
  tags: [TAG],
  summary: "所辖机关年度报告情况（上级监督人员）",
  description:
    "所辖各机关某年度报告的状态：未开始、草稿、已发布（首次发布日期），按本级机关发布期限判断是否按时，以及错误和提醒数量（已发布的为发布时的核查结果，草稿为当前核查结果）。",
  request: {
    query: z.object({
      year: z.coerce.number().int().openapi({ description: "报告年度" }),
      agencyId: z.string().optional().openapi({ description: "从哪个机关起（默认本机关）" }),
    }),
  },
  responses: {
    200: { description: "各机关，按机构树顺序", content: json(z.array(statusRowSchema)) },
    ...errorResponses,
  },
});

/** Staff and supervisor routes of the annual report (tag 年度报告). */
export const reportRoutes: RouteModule = (api, deps) => {
  const ctx = serviceContext(deps);

  api.openapi(draftRoute, async (c) => {
    const { actor } = requireAuth(c);
    const { agencyId, year } = c.req.valid("param");
    return c.json(await getDraft(ctx, actor, agencyId, year), 200);
  });

  api.openapi(editRoute, async (c) => {
    const { actor } = requireAuth(c);
    const { agencyId, year } = c.req.valid("param");
    return c.json(await editProse(ctx, actor, agencyId, year, c.req.valid("json")), 200);
  });

  api.openapi(validateRoute, async (c) => {
    const { actor } = requireAuth(c);
    const { agencyId, year } = c.req.valid("param");
    const body = c.req.header("content-type")?.includes("json") ? c.req.valid("json") : {};
    return c.json(await validateDraft(ctx, actor, agencyId, year, body ?? {}), 200);
  });

  api.openapi(renderRoute, async (c) => {
    const { actor } = requireAuth(c);
    const { agencyId, year } = c.req.valid("param");
    const report = await computeReport(ctx, actor, agencyId, year);
    return reportFileResponse(
      await renderReport(report, c.req.valid("query").to, "（草稿）"),
      "attachment",
      "private",
    );
  });

  api.openapi(publishRoute, async (c) => {
    const { actor } = requireAuth(c);
    const { agencyId, year } = c.req.valid("param");
    return c.json(detailOfVersion(await publishReport(ctx, actor, agencyId, year, c.req.valid("json"))), 201);
  });

  api.openapi(versionsRoute, async (c) => {
    const { actor } = requireAuth(c);
    const { agencyId, year } = c.req.valid("param");
    return c.json(await listVersions(ctx, actor, agencyId, year), 200);
  });

  api.openapi(versionRoute, async (c) => {
    const { actor } = requireAuth(c);
    const { agencyId, year, version } = c.req.valid("param");
    return c.json(detailOfVersion(await getVersion(ctx, actor, agencyId, year, version)), 200);
  });

  api.openapi(statusRoute, async (c) => {
    const auth = requireAuth(c);
    const { year, agencyId } = c.req.valid("query");
    return c.json(await reportStatus(ctx, auth.actor, agencyId ?? auth.user.agencyId, year), 200);
  });
};
