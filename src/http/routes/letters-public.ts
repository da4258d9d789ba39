import { createRoute, z } from "@hono/zod-openapi";
import { LETTER_CSS } from "../../render/letters/index.ts";
import { publicLetterDocx, publicLetters } from "../../services/letters/index.ts";
import { type RouteModule, serviceContext } from "../app.ts";
import { errorResponses } from "../openapi-common.ts";
import {
  clientAddress,
  createPublicLimits,
  guardCodeAttempt,
  type PublicLimits,
} from "./applications-limits.ts";
import { APPLICANT_READ, credentialHeaders, credentialsFromHeaders } from "./applications-schemas.ts";
import { letterFileContent, letterFileResponse, publicLettersSchema } from "./letters-schemas.ts";

const TAG = "公众申请";
const tooMany = { 429: { description: "操作过于频繁", content: errorResponses[400].content } } as const;

const listRoute = createRoute({
  method: "get",
  path: "/api/public/letters",
  tags: [TAG],
  summary: "凭申请编号和查询码查看收到的告知书和答复书",
  description:
    "返回寄给申请人的各份文书（网页片段与样式表），不含寄给第三方或其他机关的文书。编号和查询码放在请求头 X-Application-Number 和 X-Query-Code 中。",
  parameters: credentialHeaders,
  responses: {
    200: { description: "文书", content: { "application/json": { schema: publicLettersSchema } } },
    ...errorResponses,
    ...tooMany,
  },
});

const docxRoute = createRoute({
  method: "get",
  path: "/api/public/letters/{letterId}/docx",
  tags: [TAG],
  summary: "凭申请编号和查询码下载文书的 Word 文件",
  parameters: credentialHeaders,
  request: {
    params: z.object({ letterId: z.string().openapi({ param: { name: "letterId", in: "path" } }) }),
  },
  responses: { 200: letterFileContent("Word 文件"), ...errorResponses, ...tooMany },
});

/** The applicant's letters by number and code, with the same limits on wrong codes as the status page. */
export function letterPublicRoutes(limits: PublicLimits = createPublicLimits()): RouteModule {
  return (api, deps) => {
    const ctx = serviceContext(deps);

    api.openapi(listRoute, async (c) => {
      const credentials = credentialsFromHeaders(c);
      const letters = await guardCodeAttempt(limits, clientAddress(c), credentials.number, () =>
        publicLetters(ctx, credentials),
      );
      return c.json({ letters, css: LETTER_CSS }, 200, APPLICANT_READ);
    });

    api.openapi(docxRoute, async (c) => {
      const credentials = credentialsFromHeaders(c);
      const file = await guardCodeAttempt(limits, clientAddress(c), credentials.number, () =>
        publicLetterDocx(ctx, credentials, c.req.valid("param").letterId),
      );
      return letterFileResponse(file);
    });
  };
}
