import { createRoute, z } from "@hono/zod-openapi";
import { ROLE_LABELS, ROLES } from "../../services/actor.ts";
import { getAgency } from "../../services/agencies/agencies.ts";
import { deleteSession, login } from "../../services/auth/sessions.ts";
import { type RouteModule, serviceContext } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import { clearSessionCookie, requireAuth, sessionToken, setSessionCookie } from "../session-middleware.ts";

export const meSchema = z
  .object({
    user: z.object({
      id: z.string(),
      username: z.string(),
      displayName: z.string(),
      roles: z.array(z.enum(ROLES)),
      roleLabels: z.array(z.string()),
    }),
    agency: z.object({ id: z.string(), name: z.string(), level: z.string() }),
    csrfToken: z.string().openapi({ description: "修改类请求须在 X-CSRF-Token 请求头中携带此值" }),
    expiresAt: z.string(),
  })
  .openapi("Me");

const loginRoute = createRoute({
  method: "post",
  path: "/api/auth/login",
  tags: ["登录"],
  summary: "工作人员登录",
  description: "成功后设置仅限 HTTP 的会话 Cookie，并返回当前用户与 CSRF 令牌。",
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z.object({
            username: z.string().min(1, "请填写用户名"),
            password: z.string().min(1, "请填写密码"),
          }),
        },
      },
    },
  },
  responses: {
    200: { description: "已登录", content: { "application/json": { schema: meSchema } } },
    ...errorResponses,
  },
});

const meRoute = createRoute({
  method: "get",
  path: "/api/auth/me",
  tags: ["登录"],
  summary: "当前登录的工作人员",
  responses: {
    200: { description: "当前用户", content: { "application/json": { schema: meSchema } } },
    ...errorResponses,
  },
});

const logoutRoute = createRoute({
  method: "post",
  path: "/api/auth/logout",
  tags: ["登录"],
  summary: "退出登录",
  responses: { 204: { description: "已退出" }, ...errorResponses },
});

export const authRoutes: RouteModule = (api, deps) => {
  const ctx = serviceContext(deps);
  const describeMe = async (
    user: {
      id: string;
      username: string;
      displayName: string;
      roles: (typeof ROLES)[number][];
      agencyId: string;
    },
    session: { csrfToken: string; expiresAt: string },
  ) => {
    const agency = await getAgency(ctx, user.agencyId);
    return {
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        roles: user.roles,
        roleLabels: user.roles.map((r) => ROLE_LABELS[r]),
      },
      agency: { id: agency.id, name: agency.name, level: agency.level },
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    };
  };

  api.openapi(loginRoute, async (c) => {
    const created = await login(ctx, c.req.valid("json"));
    setSessionCookie(c, created);
    return c.json(await describeMe(created.user, created), 200);
  });

  api.openapi(meRoute, async (c) => {
    const auth = requireAuth(c);
    return c.json(await describeMe(auth.user, auth.session), 200);
  });

  api.openapi(logoutRoute, async (c) => {
    requireAuth(c);
    const token = sessionToken(c);
    if (token) await deleteSession(ctx, token);
    clearSessionCookie(c);
    return c.body(null, 204);
  });
};
