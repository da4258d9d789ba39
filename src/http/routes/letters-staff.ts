import { createRoute, z } from "@hono/zod-openapi";
import { letterRequestSchema } from "../../domain/letters/index.ts";
import {
  getLetter,
  issueLetter,
  letterDocx,
  letterPdfFile,
  listApplicationLetters,
  previewLetter,
  recordDelivery,
} from "../../services/letters/index.ts";
import { type RouteModule, serviceContext } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import { requireAuth } from "../session-middleware.ts";
import { staffOnly } from "./admin-guard.ts";
import {
  applicationLettersSchema,
  deliveryInputSchema,
  deliveryRecordedSchema,
  letterDetailSchema,
  letterFileContent,
  letterFileResponse,
  previewSchema,
} from "./letters-schemas.ts";

const TAG = "告知书与答复书";
const json = <S extends z.ZodType>(schema: S) => ({ "application/json": { schema } });
const param = (name: string) => z.string().openapi({ param: { name, in: "path" } });
const appParams = z.object({ id: param("id") });
const letterParams = z.object({ letterId: param("letterId") });
const REQUEST_HELP =
  "请求体 kind 为 receipt（登记回执）、correction（补正告知书，items 逐项列出补正内容）、extension（延期答复告知书，reason）、consultation（征求意见书，ref）、publicInterestNotice（告知第三方公开决定，reasons）、feeNotice（收费通知书，paymentMethod 可选）、reasonsRequest（说明理由告知书）、longerDeadline（延迟答复告知书，reasons）或 reply（答复书：reasons、howToObtain、publishedAt、holder、procedure、channel 按答复结果填写）。文书依据办理台账生成，须先登记对应的办理步骤。";

const listRoute = createRoute({
  method: "get",
  path: "/api/applications/{id}/letters",
  tags: [TAG],
  summary: "申请的文书：已出具的和各办理步骤应出具的",
  request: { params: appParams },
  responses: { 200: { description: "文书目录", content: json(applicationLettersSchema) }, ...errorResponses },
});

const previewRoute = createRoute({
  method: "post",
  path: "/api/applications/{id}/letters/preview",
  tags: [TAG],
  summary: "预览文书（不编号、不保存）",
  description: REQUEST_HELP,
  request: { params: appParams, body: { required: true, content: json(letterRequestSchema) } },
  responses: { 200: { description: "文书预览", content: json(previewSchema) }, ...errorResponses },
});

const issueRoute = createRoute({
  method: "post",
  path: "/api/applications/{id}/letters",
  tags: [TAG],
  summary: "出具文书（编号并按原样保存）",
  description: `${REQUEST_HELP}文号按本机关、文书系列和年度连续编号；同一步骤的同种文书只能出具一次（409）；日期涉及尚未载入节假日安排的年度时不能出具（422）。`,
  request: { params: appParams, body: { required: true, content: json(letterRequestSchema) } },
  responses: { 201: { description: "已出具的文书", content: json(letterDetailSchema) }, ...errorResponses },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/letters/{letterId}",
  tags: [TAG],
  summary: "文书全文（出具时的原样）与送达情况",
  description: "文书载有申请人个人信息，仅办理机关的工作人员可以查看。",
  request: { params: letterParams },
  responses: { 200: { description: "文书", content: json(letterDetailSchema) }, ...errorResponses },
});

const docxRoute = createRoute({
  method: "get",
  path: "/api/letters/{letterId}/docx",
  tags: [TAG],
  summary: "下载 Word 文件",
  request: { params: letterParams },
  responses: { 200: letterFileContent("Word 文件（出具时的原样）"), ...errorResponses },
});

const pdfRoute = createRoute({
  method: "get",
  path: "/api/letters/{letterId}/pdf",
  tags: [TAG],
  summary: "下载 PDF 文件",
  description: "由本机安装的 LibreOffice（或 Chromium）转换；未安装时返回 409 并说明如何处理。",
  request: { params: letterParams },
  responses: { 200: letterFileContent("PDF 文件"), ...errorResponses },
});

const deliveryRoute = createRoute({
  method: "post",
  path: "/api/letters/{letterId}/delivery",
  tags: [TAG],
  summary: "登记送达",
  description:
    "登记送达方式和收件人收到之日。补正告知书、收费通知书、征求意见书的期限自收到之日起算，送达日期同时记入办理台账，补正期限、缴费期限或征求意见期限随之调整。",
  request: { params: letterParams, body: { required: true, content: json(deliveryInputSchema) } },
  responses: { 200: { description: "已登记", content: json(deliveryRecordedSchema) }, ...errorResponses },
});

/** Staff routes of letters: list, preview, issue, read, download, record delivery. */
export const letterStaffRoutes: RouteModule = (api, deps) => {
  const ctx = serviceContext(deps);
  staffOnly(api, "/api/letters/*", "/api/applications/:id/letters", "/api/applications/:id/letters/*");

  api.openapi(listRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(await listApplicationLetters(ctx, actor, c.req.valid("param").id), 200);
  });

  api.openapi(previewRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(await previewLetter(ctx, actor, c.req.valid("param").id, c.req.valid("json")), 200);
  });

  api.openapi(issueRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(await issueLetter(ctx, actor, c.req.valid("param").id, c.req.valid("json")), 201);
  });

  api.openapi(getRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(await getLetter(ctx, actor, c.req.valid("param").letterId), 200);
  });

  api.openapi(docxRoute, async (c) => {
    const { actor } = requireAuth(c);
    return letterFileResponse(await letterDocx(ctx, actor, c.req.valid("param").letterId));
  });

  api.openapi(pdfRoute, async (c) => {
    const { actor } = requireAuth(c);
    return letterFileResponse(await letterPdfFile(ctx, actor, c.req.valid("param").letterId));
  });

  api.openapi(deliveryRoute, async (c) => {
    const { actor } = requireAuth(c);
    return c.json(await recordDelivery(ctx, actor, c.req.valid("param").letterId, c.req.valid("json")), 200);
  });
};
