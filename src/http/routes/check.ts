import { createRoute } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../../domain/app-error.ts";
import type { RouteModule } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import { requireAuth } from "../session-middleware.ts";
import { checkFormSchema, checkResultSchema } from "./check-schemas.ts";
import { checkInWorker } from "./check-thread.ts";
import type { Upload } from "./check-upload.ts";
import { json } from "./reports-schemas.ts";

/** Largest file checked over HTTP: a published report is a few hundred KB, a scanned PDF a few MB. */
export const MAX_CHECK_BYTES = 20 * 1024 * 1024;
const LIMIT_MB = MAX_CHECK_BYTES / 1024 / 1024;

const tooLarge = (field: string, label: string) =>
  new AppError("VALIDATION", `${label}过大：每个文件不超过 ${LIMIT_MB} MB`, {
    issues: [{ path: [field], message: `文件超过 ${LIMIT_MB} MB 的上限，请只上传年度报告本身` }],
  });

const checkRoute = createRoute({
  method: "post",
  path: "/api/check",
  tags: ["报告核查"],
  summary: "核查任一已发布的年度报告（上传文件）",
  description: `上传报告文件（txt、md、html、docx、pdf，按内容识别，每个不超过 ${LIMIT_MB} MB），按全部核查规则检查，与 gongkai check 结果相同；可同时上传上一年度的报告，做跨年核对。文件无法读取时返回 200 和 read.failed 核查问题（说明原因），不会报服务器错误。限已登录的工作人员。`,
  request: {
    body: { required: true, content: { "multipart/form-data": { schema: checkFormSchema } } },
  },
  responses: {
    200: { description: "读出的报告、核查问题及标记了问题单元格的网页", content: json(checkResultSchema) },
    ...errorResponses,
  },
});

async function upload(file: File): Promise<Upload> {
  return { name: file.name || "报告", bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * POST /api/check: the report checker of the workspace. Files are read in a worker thread
 * (check-thread.ts) so that a PDF does not hold up every other request.
 */
export const checkRoutes: RouteModule = (api) => {
  api.on(
    "POST",
    checkRoute.path,
    // Signed in (with the CSRF token) before a byte of the body is read: no anonymous 40 MB uploads.
    async (c, next) => {
      requireAuth(c);
      await next();
    },
    bodyLimit({
      maxSize: 2 * MAX_CHECK_BYTES + 1024 * 1024,
      onError: () => {
        throw tooLarge("file", "上传内容");
      },
    }),
  );
  api.openapi(checkRoute, async (c) => {
    requireAuth(c);
    const form = c.req.valid("form");
    if (form.file.size > MAX_CHECK_BYTES) throw tooLarge("file", "报告文件");
    if (form.previous && form.previous.size > MAX_CHECK_BYTES) throw tooLarge("previous", "上年报告文件");
    const previous = form.previous ? await upload(form.previous) : null;
    return c.json(await checkInWorker(await upload(form.file), previous), 200);
  });
};
