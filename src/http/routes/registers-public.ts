import { createRoute, z } from "@hono/zod-openapi";
import { chinaDate } from "../../services/applications/china-date.ts";
import { publicCatalogue } from "../../services/registers/public-catalogue.ts";
import { type RouteModule, serviceContext } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import { RateLimiter } from "../rate-limit.ts";
import { clientAddress } from "./applications-limits.ts";
import { catalogueSchema, json, queryDay } from "./registers-schemas.ts";

/** Reading the catalogue is cheap and public; the limit only stops a runaway client. */
const READS_PER_MINUTE = 300;

const catalogueRoute = createRoute({
  method: "get",
  path: "/api/public/agencies/{id}/normative-documents",
  tags: ["主动公开登记"],
  summary: "现行有效的规章和规范性文件目录（公众）",
  description:
    "无需登录。某机关在某日（默认今天）现行有效的规章和行政规范性文件：该日前已发布、且未在该日或之前废止。规章在前，同类按发布日期从新到旧。",
  request: {
    params: z.object({
      id: z.string().openapi({ param: { name: "id", in: "path" }, description: "机关编号" }),
    }),
    query: z.object({ at: queryDay("查询日期") }),
  },
  responses: { 200: { description: "文件目录", content: json(catalogueSchema) }, ...errorResponses },
});

/** The public catalogue of normative documents in force, for the portal. */
export const publicRegisterRoutes: RouteModule = (api, deps) => {
  const ctx = serviceContext(deps);
  const limiter = new RateLimiter(READS_PER_MINUTE, 60_000, () => deps.clock().getTime());

  api.openapi(catalogueRoute, async (c) => {
    limiter.hit(clientAddress(c));
    const on = c.req.valid("query").at ?? chinaDate(deps.clock());
    const catalogue = await publicCatalogue(ctx, c.req.valid("param").id, on);
    c.header("cache-control", "public, max-age=300");
    return c.json(catalogue, 200);
  });
};
