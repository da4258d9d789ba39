import { createRoute, z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../../domain/app-error.ts";
import {
  MAX_ATTACHMENT_BYTES,
  MAX_CORRECTION_FILES,
  onlineSubmissionSchema,
  publicStatus,
  submitCorrection,
  submitOnline,
} from "../../services/applications/index.ts";
import { type RouteModule, serviceContext } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import {
  clientAddress,
  createPublicLimits,
  guardCodeAttempt,
  type PublicLimits,
} from "./applications-limits.ts";
import {
  APPLICANT_READ,
  credentialHeaders,
  credentialsFromHeaders,
  credentialsSchema,
  fileSchema,
  publicStatusSchema,
  submissionReceiptSchema,
} from "./applications-schemas.ts";
import { uploadedFiles } from "./applications-uploads.ts";

const TAG = "公众申请";
const tooMany = { 429: { description: "操作过于频繁", content: errorResponses[400].content } } as const;

const submitRoute = createRoute({
  method: "post",
  path: "/api/public/applications",
  tags: [TAG],
  summary: "提交政府信息公开申请",
  description:
    "无需登录。成功后返回申请编号和查询码（查询码只显示这一次）。网上申请以双方确认之日为收到申请之日（第三十一条），受理机关确认后开始计算答复期限。同一地址每小时最多提交 10 件。",
  request: {
    body: { required: true, content: { "application/json": { schema: onlineSubmissionSchema } } },
  },
  responses: {
    201: { description: "已提交", content: { "application/json": { schema: submissionReceiptSchema } } },
    ...errorResponses,
    ...tooMany,
  },
});

const statusRoute = createRoute({
  method: "get",
  path: "/api/public/applications/status",
  tags: [TAG],
  summary: "凭申请编号和查询码查询办理情况",
  description:
    "编号和查询码放在请求头 X-Application-Number 和 X-Query-Code 中，不出现在网址里。编号不存在与查询码错误的回答完全相同；查询码错误次数过多时暂时拒绝查询（429）。",
  parameters: credentialHeaders,
  responses: {
    200: { description: "办理情况", content: { "application/json": { schema: publicStatusSchema } } },
    ...errorResponses,
    ...tooMany,
  },
});

const correctionRoute = createRoute({
  method: "post",
  path: "/api/public/applications/correction",
  tags: [TAG],
  summary: "申请人提交补正",
  description: `受理机关告知补正后、申请人补正前可用。补正内容必填；附件最多 ${MAX_CORRECTION_FILES} 个，每个不超过 10 MB，限 PDF、JPG、PNG、OFD、DOC、DOCX、TXT（按文件内容识别）。收到补正之日起重新计算答复期限。`,
  request: {
    body: {
      required: true,
      content: {
        "multipart/form-data": {
          schema: z.object({
            ...credentialsSchema,
            text: z.string().openapi({ description: "补正内容" }),
            attachments: z.union([fileSchema, z.array(fileSchema)]).optional(),
          }),
        },
      },
    },
  },
  responses: {
    200: { description: "已收到补正", content: { "application/json": { schema: publicStatusSchema } } },
    ...errorResponses,
    ...tooMany,
  },
});

/** The public application routes (no session), with their own rate limits unless given shared ones. */
export function applicationPublicRoutes(limits: PublicLimits = createPublicLimits()): RouteModule {
  return (api, deps) => {
    const ctx = serviceContext(deps);

    api.openapi(submitRoute, async (c) => {
      limits.submissions.hit(clientAddress(c));
      return c.json(await submitOnline(ctx, await c.req.json()), 201);
    });

    api.openapi(statusRoute, async (c) => {
      const credentials = credentialsFromHeaders(c);
      const status = await guardCodeAttempt(limits, clientAddress(c), credentials.number, () =>
        publicStatus(ctx, credentials),
      );
      return c.json(status, 200, APPLICANT_READ);
    });

    api.use(
      correctionRoute.path,
      bodyLimit({
        maxSize: MAX_CORRECTION_FILES * MAX_ATTACHMENT_BYTES + 1024 * 1024,
        onError: () => {
          throw new AppError(
            "VALIDATION",
            `上传内容过大：一次补正最多 ${MAX_CORRECTION_FILES} 个附件，每个不超过 10 MB`,
          );
        },
      }),
    );
    api.openapi(correctionRoute, async (c) => {
      const form = c.req.valid("form");
      const attachments = await uploadedFiles(form.attachments);
      const status = await guardCodeAttempt(limits, clientAddress(c), form.number, () =>
        submitCorrection(ctx, { number: form.number, code: form.code, text: form.text, attachments }),
      );
      return c.json(status, 200);
    });
  };
}
