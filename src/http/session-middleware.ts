import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { AppError } from "../domain/app-error.ts";
import { hasRole, type Role } from "../services/actor.ts";
import {
  lookupSession,
  type NewSession,
  type SessionLookup,
  verifyCsrfToken,
} from "../services/auth/sessions.ts";
import type { AppDeps, AppEnv } from "./app.ts";

/** The cookie that carries the session token: http-only, SameSite=Lax, never readable by scripts. */
export const SESSION_COOKIE = "gk_session";
/** Header that state-changing staff requests carry, echoing the session's CSRF token. */
export const CSRF_HEADER = "X-CSRF-Token";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Looks up the session of the request's cookie, if any, and puts it in `c.var.auth`. */
export function sessionMiddleware(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set("auth", token ? await lookupSession({ db: deps.db, clock: deps.clock }, token) : null);
    await next();
  };
}

/**
 * The signed-in staff member, or UNAUTHENTICATED. A request that changes something must also carry
 * the session's CSRF token in the X-CSRF-Token header (a form on another site cannot read it).
 */
export function requireAuth(c: Context<AppEnv>, ...roles: Role[]): SessionLookup {
  const auth = c.get("auth");
  if (!auth) throw new AppError("UNAUTHENTICATED", "请先登录");
  if (!SAFE_METHODS.has(c.req.method) && !verifyCsrfToken(auth.session, c.req.header(CSRF_HEADER))) {
    throw new AppError("FORBIDDEN", "请求缺少有效的安全令牌（X-CSRF-Token），请刷新页面后重试");
  }
  if (roles.length > 0 && !hasRole(auth.actor, ...roles)) {
    throw new AppError("FORBIDDEN", "您的账号没有进行此操作的权限");
  }
  return auth;
}

export function setSessionCookie(c: Context, session: NewSession): void {
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    secure: new URL(c.req.url).protocol === "https:",
    expires: new Date(session.expiresAt),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
}

export function sessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}
