import { createRoute, z } from "@hono/zod-openapi";
import { escapeHtml, renderHtml } from "../../render/report/index.ts";
import { getPublishedReport, listPublishedReports, renderReport } from "../../services/reports/index.ts";
import { type RouteModule, serviceContext } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import { RateLimiter } from "../rate-limit.ts";
import { clientAddress } from "./applications-limits.ts";
import { reportFileResponse } from "./reports-files.ts";
import { fileContent, json, publicListSchema, publicReportSchema, reportParams } from "./reports-schemas.ts";

const TAG = "年度报告";
/** Reading published reports is cheap and public; the limit only stops a runaway client. */
const READS_PER_MINUTE = 300;

const text = (description: string) => z.string().optional().openapi({ description });

const listRoute = createRoute({
  method: "get",
  path: "/api/public/reports",
  tags: [TAG],
  summary: "已发布的年度报告（公众）",
  description:
    "无需登录。只列出已发布的报告，不含草稿；每份报告列出全部版本及其发布日期和修订说明，发布后的任何修改都可查。新的年度在前，同一年度按机构树顺序。",
  request: {
    query: z.object({
      agencyId: text("只看这个机关"),
      under: text("这个机关及其所有下级机关"),
      year: z.coerce.number().int().optional().openapi({ description: "报告年度" }),
      limit: z.coerce.number().int().optional().openapi({ description: "每页条数，1–500，默认 100" }),
      offset: z.coerce.number().int().optional().openapi({ description: "跳过条数，默认 0" }),
    }),
  },
  responses: { 200: { description: "报告列表", content: json(publicListSchema) }, ...errorResponses },
});

const reportRoute = createRoute({
  method: "get",
  path: "/api/public/reports/{agencyId}/{year}",
  tags: [TAG],
  summary: "一份已发布的年度报告（公众）",
  description:
    "无需登录。默认为最新版本，version 指定历史版本。to=json（默认）返回报告数据；to=html 返回可嵌入页面的 HTML 片段（官方表格样式，需配合报告样式表）；to=docx 下载 Word 文件。",
  request: {
    params: reportParams,
    query: z.object({
      version: z.coerce.number().int().min(1).optional().openapi({ description: "版本号，默认最新" }),
      to: z.enum(["json", "html", "docx"]).default("json").openapi({ description: "json、html 或 docx" }),
    }),
  },
  responses: {
    200: {
      description: "报告",
      content: { ...json(publicReportSchema), ...fileContent("报告文件").content },
    },
    ...errorResponses,
  },
});

/** Public routes of published annual reports: the list and one report as JSON, an HTML fragment or Word. */
export const publicReportRoutes: RouteModule = (api, deps) => {
  const ctx = serviceContext(deps);
  const limiter = new RateLimiter(READS_PER_MINUTE, 60_000, () => deps.clock().getTime());

  api.openapi(listRoute, async (c) => {
    limiter.hit(clientAddress(c));
    const q = c.req.valid("query");
    const result = await listPublishedReports(ctx, {
      ...(q.agencyId ? { agencyId: q.agencyId } : {}),
      ...(q.under ? { under: q.under } : {}),
      year: q.year,
      limit: q.limit,
      offset: q.offset,
    });
    return c.json(result, 200);
  });

  api.openapi(reportRoute, async (c) => {
    limiter.hit(clientAddress(c));
    const { agencyId, year } = c.req.valid("param");
    const { version, to } = c.req.valid("query");
    const published = await getPublishedReport(ctx, agencyId, year, version);
    if (to === "json") return c.json(published, 200);
    if (to === "html") {
      const note =
        published.versions.length > 1
          ? `<p class="gk-version">第 ${published.version} 版，发布于 ${escapeHtml(published.publishDate)}${
              published.revisionNote ? `（修订说明：${escapeHtml(published.revisionNote)}）` : ""
            }</p>\n`
          : "";
      const fragment = `${note}${renderHtml(published.report, { standalone: false })}`;
      return reportFileResponse(
        { bytes: new TextEncoder().encode(fragment), contentType: "text/html; charset=utf-8", filename: "" },
        "inline",
        "public",
      );
    }
    return reportFileResponse(await renderReport(published.report, "docx"), "attachment", "public");
  });
};
