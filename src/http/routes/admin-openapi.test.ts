import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connect.ts";
import { openTestDatabase } from "../../test-support/dialects.ts";
import { createApp } from "../app.ts";
import { adminAgencyRoutes } from "./admin-agencies.ts";
import { adminAuditRoutes } from "./admin-audit.ts";
import { adminUserRoutes } from "./admin-users.ts";
import { calendarRoutes } from "./calendar.ts";
import { registerCaseRoutes } from "./registers-cases.ts";
import { registerDocumentRoutes } from "./registers-documents.ts";
import { registerFigureRoutes } from "./registers-figures.ts";
import { publicRegisterRoutes } from "./registers-public.ts";
import { supervisionRoutes } from "./supervision.ts";

let opened: Db;
beforeAll(async () => {
  opened = await openTestDatabase("sqlite");
});
afterAll(() => opened.close());

describe("the registers, calendar, administration and supervision routes in the OpenAPI document", () => {
  it("lists every route with its tag, a Chinese summary and its error responses, and renders the docs page", async () => {
    const app = createApp({ db: opened.db, clock: () => new Date(), logError: () => {} }, [
      adminAgencyRoutes,
      adminUserRoutes,
      adminAuditRoutes,
      registerDocumentRoutes,
      registerCaseRoutes,
      registerFigureRoutes,
      publicRegisterRoutes,
      calendarRoutes,
      supervisionRoutes,
    ]);
    const res = await app.request("/api/openapi.json");
    expect(res.status).toBe(200);
    const doc = await res.json();
    type Op = { tags: string[]; summary: string; responses: Record<string, unknown> };
    const ops = Object.entries(doc.paths as Record<string, Record<string, Op>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })),
    );
    expect(ops.map(({ route, op }) => [route, op.tags[0]])).toEqual([
      ["GET /api/agencies/tree", "机构与账号"],
      ["GET /api/agencies/{id}", "机构与账号"],
      ["PATCH /api/agencies/{id}", "机构与账号"],
      ["POST /api/agencies", "机构与账号"],
      ["GET /api/agencies/{agencyId}/users", "机构与账号"],
      ["POST /api/agencies/{agencyId}/users", "机构与账号"],
      ["PATCH /api/users/{id}", "机构与账号"],
      ["POST /api/users/{id}/password", "机构与账号"],
      ["POST /api/account/password", "机构与账号"],
      ["GET /api/audit", "机构与账号"],
      ["GET /api/agencies/{agencyId}/normative-documents", "主动公开登记"],
      ["POST /api/agencies/{agencyId}/normative-documents", "主动公开登记"],
      ["GET /api/normative-documents/{id}", "主动公开登记"],
      ["PATCH /api/normative-documents/{id}", "主动公开登记"],
      ["DELETE /api/normative-documents/{id}", "主动公开登记"],
      ["POST /api/normative-documents/{id}/abolish", "主动公开登记"],
      ["GET /api/agencies/{agencyId}/remedy-cases", "复议诉讼登记"],
      ["POST /api/agencies/{agencyId}/remedy-cases", "复议诉讼登记"],
      ["GET /api/remedy-cases/{id}", "复议诉讼登记"],
      ["PATCH /api/remedy-cases/{id}", "复议诉讼登记"],
      ["DELETE /api/remedy-cases/{id}", "复议诉讼登记"],
      ["GET /api/agencies/{agencyId}/registers/{year}", "主动公开登记"],
      ["PUT /api/agencies/{agencyId}/register-counts/{year}", "主动公开登记"],
      ["PUT /api/agencies/{agencyId}/fee-income/{year}", "主动公开登记"],
      ["GET /api/public/agencies/{id}/normative-documents", "主动公开登记"],
      ["GET /api/calendar/years", "节假日安排"],
      ["GET /api/calendar/years/{year}", "节假日安排"],
      ["PUT /api/calendar/years/{year}", "节假日安排"],
      ["GET /api/calendar/status", "节假日安排"],
      ["GET /api/supervision/overview", "监督"],
      ["GET /api/supervision/charts", "监督"],
    ]);
    for (const { route, op } of ops) {
      expect(op.summary, route).toMatch(/[\u4e00-\u9fff]/);
      expect(Object.keys(op.responses), route).toEqual(expect.arrayContaining(["400", "401", "403", "404"]));
    }
    const load = doc.paths["/api/calendar/years/{year}"].put;
    expect(load.requestBody.content["application/json"].schema.required).toEqual([
      "year",
      "source",
      "restDays",
      "workDays",
    ]);
    const page = await app.request("/api/docs");
    expect(await page.text()).toContain("所辖机关一览（在办、临期、超期、年度报告）");
  });
});
