import type { MiddlewareHandler } from "hono";
import type { Api, AppEnv } from "../app.ts";
import { requireAuth } from "../session-middleware.ts";

/** Refuses an anonymous request (401) before its query or body is even validated. */
const signedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireAuth(c);
  await next();
};

/** Puts every path given (Hono patterns, e.g. `/api/audit`, `/api/users/*`) behind sign-in. */
export function staffOnly(api: Api, ...paths: string[]): void {
  for (const path of paths) api.use(path, signedIn);
}
