import { createRoute, z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../../domain/app-error.ts";
import {
  addAttachment,
  listAttachments,
  MAX_ATTACHMENT_BYTES,
  readAttachment,
} from "../../services/applications/index.ts";
import { type RouteModule, serviceContext } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import { requireAuth } from "../session-middleware.ts";
import { attachmentSchema, fileSchema } from "./applications-schemas.ts";
import { uploadedFiles } from "./applications-uploads.ts";

const TAG = "申请办理";
const param = (name: string) => z.string().openapi({ param: { name, in: "path" } });

const listRoute = createRoute({
  method: "get",
  path: "/api/applications/{id}/attachments",
  tags: [TAG],
  summary: "附件列表",
  request: { params: z.object({ id: param("id") }) },
  responses: {
    200: {
      description: "附件（不含内容）",
      content: { "application/json": { schema: z.array(attachmentSchema) } },
    },
    ...errorResponses,
  },
});

const uploadRoute = createRoute({
  method: "post",
  path: "/api/applications/{id}/attachments",
  tags: [TAG],
  summary: "上传附件",
  description:
    "每个附件不超过 10 MB，每件申请最多 20 个；限 PDF、JPG、PNG、OFD、DOC、DOCX、TXT，按文件内容识别。",
  request: {
    params: z.object({ id: param("id") }),
    body: {
      required: true,
      content: {
        "multipart/form-data": {
          schema: z.object({
            file: fileSchema,
            note: z.string().optional().openapi({ description: "附件说明" }),
          }),
        },
      },
    },
  },
  responses: {
    201: { description: "已上传", content: { "application/json": { schema: attachmentSchema } } },
    ...errorResponses,
  },
});

const downloadRoute = createRoute({
  method: "get",
  path: "/api/applications/{id}/attachments/{attachmentId}",
  tags: [TAG],
  summary: "下载附件",
  description: "附件可能含有个人信息，仅受理机关的工作人员可以下载。",
  request: { params: z.object({ id: param("id"), attachmentId: param("attachmentId") }) },
  responses: {
    200: {
      description: "附件内容",
      content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) } },
    },
    ...errorResponses,
  },
});

export const applicationAttachmentRoutes: RouteModule = (api, deps) => {
  const ctx = serviceContext(deps);

  api.openapi(listRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(await listAttachments(ctx, actor, c.req.valid("param").id), 200);
  });

  api.on(
    "POST",
    uploadRoute.path.replace("{id}", ":id"),
    bodyLimit({
      maxSize: MAX_ATTACHMENT_BYTES + 1024 * 1024,
      onError: () => {
        throw new AppError("VALIDATION", "上传内容过大：每个附件不超过 10 MB", {
          issues: [{ path: ["file"], message: "附件超过 10 MB 的上限，请压缩或拆分后上传" }],
        });
      },
    }),
  );
  api.openapi(uploadRoute, async (c) => {
    const { actor } = requireAuth(c);
    const form = c.req.valid("form");
    const [file] = await uploadedFiles(form.file);
    if (!file)
      throw new AppError("VALIDATION", "请选择要上传的文件", {
        issues: [{ path: ["file"], message: "请选择文件" }],
      });
    return c.json(await addAttachment(ctx, actor, c.req.valid("param").id, file, form.note ?? null), 201);
  });

  api.openapi(downloadRoute, async (c) => {
    const { actor } = requireAuth(c);
    const { id, attachmentId } = c.req.valid("param");
    const { info, bytes } = await readAttachment(ctx, actor, id, attachmentId);
    return new Response(bytes, {
      status: 200,
      headers: {
        "content-type": info.mediaType,
        "content-length": String(info.size),
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(info.filename)}`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    });
  });
};
