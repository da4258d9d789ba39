/** @jsxImportSource hono/jsx */
import type { Context } from "hono";
import { Hono } from "hono";
import { AppError } from "../domain/app-error.ts";
import { type AppEnv, type RouteModule, serviceContext } from "../http/app.ts";
import { errorResponse } from "../http/error-funnel.ts";
import { RateLimiter } from "../http/rate-limit.ts";
import type { PublicLimits } from "../http/routes/applications-limits.ts";
import { mountStylesheet } from "./assets/stylesheet.ts";
import { pageContext } from "./page-context.ts";
import { INTERNAL_PROBLEM, NotFoundPage, ProblemPage } from "./pages/error-pages.tsx";
import type { PortalDeps } from "./portal-deps.ts";
import { htmlPage } from "./respond.ts";
import { applyRoutes } from "./routes/apply-routes.tsx";
import { catalogueRoutes } from "./routes/catalogue-routes.tsx";
import { directoryRoutes } from "./routes/directory-routes.tsx";
import { reportRoutes } from "./routes/report-routes.tsx";
import { statusRoutes } from "./routes/status-routes.tsx";
import { CookieSealer } from "./sealed-cookie.ts";
import { mountTextSize } from "./text-size.ts";

export interface PortalOptions {
  /** The same limits object the public API routes use (`applicationPublicRoutes(limits)`). */
  limits: PublicLimits;
  /** Key material for the sealed cookies; random per process when absent. */
  cookieSecret?: string | Uint8Array;
}

/** Published reports read per client address and minute, as the public report API allows. */
const READS_PER_MINUTE = 300;

/** A portal page for any error: 404 and 400 say what was wrong, anything unexpected is logged. */
function errorPage(err: unknown, c: Context, log: (err: unknown) => void): Response {
  const page = pageContext(c);
  if (err instanceof AppError) {
    if (err.code === "NOT_FOUND")
      return htmlPage(c, <NotFoundPage page={page} message={err.message} />, { status: 404 });
    if (err.code === "RATE_LIMITED") {
      const response = htmlPage(c, <ProblemPage page={page} title="操作过于频繁" message={err.message} />, {
        status: 429,
      });
      const retry = err.details.retryAfterSeconds;
      if (typeof retry === "number") response.headers.set("retry-after", String(retry));
      return response;
    }
    if (err.code === "VALIDATION") {
      return htmlPage(c, <ProblemPage page={page} title="请求的内容有误" message={err.message} />, {
        status: 400,
      });
    }
  }
  log(err);
  return htmlPage(c, <ProblemPage page={page} {...INTERNAL_PROBLEM} />, { status: 500 });
}

/**
 * The portal as a route module. Its pages live in a sub-application with its own error pages; an
 * address that nothing serves gets the portal's 404 page, except under /api, which keeps the JSON
 * error of the API (this module replaces the app's not-found handler to do so).
 */
export function portalRoutes(options: PortalOptions): RouteModule {
  const sealer = new CookieSealer(options.cookieSecret);
  return (api, appDeps) => {
    const now = () => appDeps.clock().getTime();
    const deps: PortalDeps = {
      ctx: serviceContext(appDeps),
      limits: options.limits,
      reads: new RateLimiter(READS_PER_MINUTE, 60_000, now),
      sealer,
      now,
    };
    const portal = new Hono<AppEnv>();
    portal.onError((err, c) => errorPage(err, c, appDeps.logError));
    mountStylesheet(portal);
    mountTextSize(portal);
    directoryRoutes(portal, deps);
    applyRoutes(portal, deps);
    statusRoutes(portal, deps);
    reportRoutes(portal, deps);
    catalogueRoutes(portal, deps);
    api.route("/", portal);

    api.notFound((c) => {
      if (c.req.path === "/api" || c.req.path.startsWith("/api/")) {
        return errorResponse(new AppError("NOT_FOUND", `没有这个地址：${c.req.path}`), c, appDeps.logError);
      }
      return htmlPage(c, <NotFoundPage page={pageContext(c)} />, { status: 404 });
    });
  };
}
