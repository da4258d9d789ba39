import { OpenAPIHono } from "@hono/zod-openapi";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/schema.ts";
import { AppError } from "../domain/app-error.ts";
import type { SessionLookup } from "../services/auth/sessions.ts";
import type { ServiceContext } from "../services/context.ts";
import { renderApiDocsPage } from "./api-docs-page.ts";
import { errorResponse, validationError } from "./error-funnel.ts";
import { sessionMiddleware } from "./session-middleware.ts";

z.config(z.locales.zhCN());

/** What every route needs from the outside world; the server entry and the tests build it. */
export interface AppDeps {
  db: Kysely<Database>;
  /** The current instant; injected so that tests and replays control time. */
  clock: () => Date;
  /** Where unexpected errors go (the client only ever sees a plain sentence). */
  logError: (err: unknown) => void;
}

export type AppEnv = {
  Variables: {
    /** The signed-in staff member of this request, or null (set by the session middleware). */
    auth: SessionLookup | null;
  };
};
export type Api = OpenAPIHono<AppEnv>;

/** The service context of a request. */
export function serviceContext(deps: AppDeps): ServiceContext {
  return { db: deps.db, clock: deps.clock };
}

/** A route module adds its routes to the API. */
export type RouteModule = (api: Api, deps: AppDeps) => void;

export const API_INFO = {
  title: "公开 Gongkai",
  version: "0.1.0",
  description:
    "政府信息公开工作平台接口。公开接口无需登录；工作人员接口使用会话 Cookie，并在修改类请求中携带 X-CSRF-Token。",
};

/**
 * The HTTP application: one error funnel (Chinese messages, field paths, no stack traces), the
 * OpenAPI document at /api/openapi.json and a readable page at /api/docs.
 */
export function createApp(deps: AppDeps, modules: RouteModule[] = []): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
  app.onError((err, c) => errorResponse(err, c, deps.logError));
  app.notFound((c) =>
    errorResponse(new AppError("NOT_FOUND", `没有这个地址：${c.req.path}`), c, deps.logError),
  );

  app.use("*", sessionMiddleware(deps));
  app.get("/api/health", (c) => c.json({ ok: true, at: deps.clock().toISOString() }));
  for (const mount of modules) mount(app, deps);

  const document = () => app.getOpenAPIDocument({ openapi: "3.0.3", info: API_INFO });
  app.get("/api/openapi.json", (c) => c.json(document()));
  app.get("/api/docs", (c) => c.html(renderApiDocsPage(document())));
  return app;
}
