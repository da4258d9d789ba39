import { createRoute } from "@hono/zod-openapi";
import { setFeeIncome } from "../../services/registers/fee-income.ts";
import { setRegisterCounts, yearRegisters } from "../../services/registers/year-registers.ts";
import { type RouteModule, serviceContext } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import { requireAuth } from "../session-middleware.ts";
import { staffOnly } from "./admin-guard.ts";
import {
  agencyParams,
  countsBody,
  feeBody,
  json,
  yearParam,
  yearRegisterSchema,
} from "./registers-schemas.ts";

const TAG = "主动公开登记";
const params = agencyParams.extend({ year: yearParam });

const yearRoute = createRoute({
  method: "get",
  path: "/api/agencies/{agencyId}/registers/{year}",
  tags: [TAG],
  summary: "某年度的登记数字（表二、表四）",
  description:
    "本年填写的行政许可、处罚、强制决定数量和收费金额，以及年度报告将按登记簿计算出的表二和表四数字。本机关工作人员和上级监督人员可查看。",
  request: { params },
  responses: { 200: { description: "年度登记", content: json(yearRegisterSchema) }, ...errorResponses },
});

const countsRoute = createRoute({
  method: "put",
  path: "/api/agencies/{agencyId}/register-counts/{year}",
  tags: [TAG],
  summary: "填写本年行政许可、处罚、强制决定数量",
  description:
    "只提交要填写的项目，每项为本年作出的决定总数（覆盖原数字）；一次提交的各项一并保存。本机关承办人、审核人、公开办负责人、机关管理员可填写。",
  request: { params, body: { required: true, content: json(countsBody) } },
  responses: {
    200: { description: "保存后的年度登记", content: json(yearRegisterSchema) },
    ...errorResponses,
  },
});

const feeRoute = createRoute({
  method: "put",
  path: "/api/agencies/{agencyId}/fee-income/{year}",
  tags: [TAG],
  summary: "填写本年行政事业性收费金额",
  description: "金额以分为单位（报告中换算为万元）。本机关承办人、审核人、公开办负责人、机关管理员可填写。",
  request: { params, body: { required: true, content: json(feeBody) } },
  responses: {
    200: { description: "保存后的年度登记", content: json(yearRegisterSchema) },
    ...errorResponses,
  },
});

/** Yearly figures of the registers: decision counts, fee income, and tables 二 and 四 as counted. */
export const registerFigureRoutes: RouteModule = (api, deps) => {
  const ctx = serviceContext(deps);
  staffOnly(
    api,
    "/api/agencies/:agencyId/registers/*",
    "/api/agencies/:agencyId/register-counts/*",
    "/api/agencies/:agencyId/fee-income/*",
  );

  api.openapi(yearRoute, async (c) => {
    const { actor } = requireAuth(c);
    const { agencyId, year } = c.req.valid("param");
    return c.json(await yearRegisters(ctx, actor, agencyId, year), 200);
  });

  api.openapi(countsRoute, async (c) => {
    const { actor } = requireAuth(c);
    const { agencyId, year } = c.req.valid("param");
    await setRegisterCounts(ctx, actor, agencyId, year, c.req.valid("json"));
    return c.json(await yearRegisters(ctx, actor, agencyId, year), 200);
  });

  api.openapi(feeRoute, async (c) => {
    const { actor } = requireAuth(c);
    const { agencyId, year } = c.req.valid("param");
    await setFeeIncome(ctx, actor, { agencyId, year, amountFen: c.req.valid("json").amountFen });
    return c.json(await yearRegisters(ctx, actor, agencyId, year), 200);
  });
};
