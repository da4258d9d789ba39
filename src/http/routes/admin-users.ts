import { createRoute, z } from "@hono/zod-openapi";
import { AppError } from "../../domain/app-error.ts";
import { ROLE_LABELS } from "../../services/actor.ts";
import { changePassword } from "../../services/auth/credentials.ts";
import { createSession } from "../../services/auth/sessions.ts";
import { generatePassword, passwordSchema } from "../../services/users/passwords.ts";
import type { User } from "../../services/users/user-input.ts";
import { addUser, listUsers, updateUser } from "../../services/users/users.ts";
import { type RouteModule, serviceContext } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import { requireAuth, setSessionCookie } from "../session-middleware.ts";
import { staffOnly } from "./admin-guard.ts";
import {
  agencyPath,
  json,
  newUserBody,
  passwordShown,
  pathId,
  userPatchBody,
  userSchema,
} from "./admin-schemas.ts";

const TAG = "机构与账号";
const MANAGERS =
  "限本机关的机关管理员，或所属上级机关的系统管理员；上级监督人员、系统管理员角色只能由系统管理员授予。";

const listRoute = createRoute({
  method: "get",
  path: "/api/agencies/{agencyId}/users",
  tags: [TAG],
  summary: "机关的账号",
  description: "按用户名排序。本机关工作人员、管理这些账号的管理员和上级监督人员可查看。",
  request: { params: agencyPath },
  responses: { 200: { description: "账号", content: json(z.array(userSchema)) }, ...errorResponses },
});

const createUserRoute = createRoute({
  method: "post",
  path: "/api/agencies/{agencyId}/users",
  tags: [TAG],
  summary: "新建账号",
  description: `不填密码时由系统生成一个 16 位密码，只在本次返回中显示一次。${MANAGERS}`,
  request: { params: agencyPath, body: { required: true, content: json(newUserBody) } },
  responses: {
    201: { description: "已创建", content: json(z.object({ user: userSchema }).merge(passwordShown)) },
    ...errorResponses,
  },
});

const patchRoute = createRoute({
  method: "patch",
  path: "/api/users/{id}",
  tags: [TAG],
  summary: "修改姓名、角色或停用账号",
  description: `停用后该账号的会话立即失效。不能停用自己或修改自己的角色。${MANAGERS}`,
  request: { params: pathId("账号编号"), body: { required: true, content: json(userPatchBody) } },
  responses: { 200: { description: "修改后的账号", content: json(userSchema) }, ...errorResponses },
});

const resetRoute = createRoute({
  method: "post",
  path: "/api/users/{id}/password",
  tags: [TAG],
  summary: "重置他人密码",
  description: `不填密码时由系统生成，只显示这一次。该账号的所有会话随即失效。修改自己的密码请用 /api/account/password。${MANAGERS}`,
  request: {
    params: pathId("账号编号"),
    body: {
      required: false,
      content: json(z.object({ password: passwordSchema.optional() })),
    },
  },
  responses: { 200: { description: "已重置", content: json(passwordShown) }, ...errorResponses },
});

const ownPasswordRoute = createRoute({
  method: "post",
  path: "/api/account/password",
  tags: [TAG],
  summary: "修改本人密码",
  description:
    "须填写当前密码。修改后本账号在其他地方的会话全部失效；本次请求换发新的会话，返回新的 CSRF 令牌，之后的修改类请求请改用它。",
  request: {
    body: {
      required: true,
      content: json(
        z.object({
          currentPassword: z.string({ error: "请填写当前密码" }).min(1, { error: "请填写当前密码" }),
          newPassword: passwordSchema,
        }),
      ),
    },
  },
  responses: {
    200: {
      description: "已修改",
      content: json(z.object({ csrfToken: z.string(), expiresAt: z.string() }).openapi("SessionRenewed")),
    },
    ...errorResponses,
  },
});

const view = (u: User) => ({ ...u, roleLabels: u.roles.map((r) => ROLE_LABELS[r]) });

/** Staff accounts of an agency, and the signed-in user's own password (tag 机构与账号). */
export const adminUserRoutes: RouteModule = (api, deps) => {
  const ctx = serviceContext(deps);
  staffOnly(api, "/api/agencies/:agencyId/users", "/api/users/*", "/api/account/*");

  api.openapi(listRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json((await listUsers(ctx, actor, c.req.valid("param").agencyId)).map(view), 200);
  });

  api.openapi(createUserRoute, async (c) => {
    const { actor } = requireAuth(c);
    const body = c.req.valid("json");
    const generated = body.password === undefined ? generatePassword() : null;
    const user = await addUser(ctx, actor, {
      ...(await c.req.json()),
      agencyId: c.req.valid("param").agencyId,
      password: generated ?? body.password ?? "",
    });
    return c.json({ user: view(user), generatedPassword: generated }, 201);
  });

  api.openapi(patchRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(view(await updateUser(ctx, actor, c.req.valid("param").id, await c.req.json())), 200);
  });

  api.openapi(resetRoute, async (c) => {
    const auth = requireAuth(c);
    const userId = c.req.valid("param").id;
    if (userId === auth.user.id) {
      const message = "修改自己的密码请使用“修改本人密码”（须填写当前密码）";
      throw new AppError("VALIDATION", message, { issues: [{ path: ["id"], message }] });
    }
    const body = c.req.header("content-type")?.includes("json") ? c.req.valid("json") : {};
    const generated = body.password === undefined ? generatePassword() : null;
    await changePassword(ctx, auth.actor, { userId, newPassword: generated ?? body.password ?? "" });
    return c.json({ generatedPassword: generated }, 200);
  });

  api.openapi(ownPasswordRoute, async (c) => {
    const auth = requireAuth(c);
    const { currentPassword, newPassword } = c.req.valid("json");
    await changePassword(ctx, auth.actor, { userId: auth.user.id, currentPassword, newPassword });
    // Every session of the account has ended, this one too: open a new one for this browser.
    const session = await createSession(ctx, auth.user.id);
    setSessionCookie(c, session);
    return c.json({ csrfToken: session.csrfToken, expiresAt: session.expiresAt }, 200);
  });
};
