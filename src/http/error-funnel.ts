import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";
import { AppError, type ErrorCode, type FieldIssue } from "../domain/app-error.ts";

/** The one table from error codes to HTTP statuses. */
export const STATUS_OF: Record<ErrorCode, ContentfulStatusCode> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  CALENDAR_MISSING: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** Body of every error response: `{ error: { code, message, issues? } }`, messages in Chinese. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: FieldIssue[] };
}

export function validationError(error: ZodError): AppError {
  const issues = error.issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== "symbol"),
    message: i.message,
  }));
  const first = issues[0];
  const where = first && first.path.length > 0 ? `“${first.path.join(".")}”：` : "";
  return new AppError("VALIDATION", `提交的内容有误，${where}${first?.message ?? "请检查后重试"}`, {
    issues,
  });
}

/** The VALIDATION error of a request body that could not be read (malformed JSON, wrong content type). */
function bodyRefused(status: 400 | 415): AppError {
  const message =
    status === 415
      ? "请求内容的格式不受支持：请以 JSON 提交（请求头 Content-Type: application/json），上传文件的接口以 multipart/form-data 提交"
      : "请求内容无法读取：不是有效的 JSON（或表单），请检查括号、引号和逗号后重试";
  return new AppError("VALIDATION", message, { issues: [{ path: [], message }] });
}

/**
 * Turns any thrown value into a response. Known errors keep their message; anything else is logged
 * with its stack on the server and reaches the client as a plain Chinese sentence, never a trace.
 */
export function errorResponse(err: unknown, c: Context, log: (err: unknown) => void): Response {
  if (err instanceof HTTPException && (err.status === 400 || err.status === 415)) {
    // Hono's request validators refuse a body before any route sees it: say so in Chinese.
    return errorResponse(bodyRefused(err.status), c, log);
  }
  if (err instanceof AppError) {
    const body: ErrorBody = { error: { code: err.code, message: err.message } };
    if (err.details.issues) body.error.issues = err.details.issues;
    const response = c.json(body, STATUS_OF[err.code]);
    const retryAfter = err.details.retryAfterSeconds;
    if (typeof retryAfter === "number") response.headers.set("Retry-After", String(retryAfter));
    return response;
  }
  log(err);
  const body: ErrorBody = {
    error: { code: "INTERNAL", message: "服务器内部错误，请稍后重试；如反复出现请联系系统管理员。" },
  };
  return c.json(body, 500);
}
