import { z } from "@hono/zod-openapi";

/** The error body every route may answer with (see error-funnel.ts). */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum([
        "VALIDATION",
        "NOT_FOUND",
        "FORBIDDEN",
        "UNAUTHENTICATED",
        "CONFLICT",
        "CALENDAR_MISSING",
        "RATE_LIMITED",
        "INTERNAL",
      ]),
      message: z.string().openapi({ description: "给用户看的中文说明" }),
      issues: z
        .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }))
        .optional()
        .openapi({ description: "逐个字段的问题（表单校验）" }),
    }),
  })
  .openapi("Error");

const errorContent = { "application/json": { schema: errorSchema } };

/** The error responses to list on every route's OpenAPI entry. */
export const errorResponses = {
  400: { description: "输入有误（逐字段说明）", content: errorContent },
  401: { description: "未登录", content: errorContent },
  403: { description: "无权操作", content: errorContent },
  404: { description: "不存在", content: errorContent },
  409: { description: "冲突（如他人已修改）", content: errorContent },
} as const;
