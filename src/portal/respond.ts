import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { documentHtml } from "./layout.tsx";

/**
 * Headers of every portal page: no script may run at all (the pages need none), forms post only
 * here, nothing frames the page. Styles may be inline only because the report's column widths are.
 */
const SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy":
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
};

export interface PageOptions {
  status?: ContentfulStatusCode;
  /** Pages with an applicant's data are never stored by the browser or a proxy. */
  privateData?: boolean;
}

/** A portal page as the response. */
export function htmlPage(c: Context, element: unknown, options: PageOptions = {}): Response {
  const response = c.html(documentHtml(element), options.status ?? 200);
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) response.headers.set(k, v);
  response.headers.set("cache-control", options.privateData ? "no-store" : "no-cache");
  return response;
}

/**
 * A file to save, never shown in the page: its Chinese name for browsers that read RFC 6266
 * `filename*`, a plain one for the rest; private (it may hold the applicant's data).
 */
export function fileDownload(file: { bytes: Uint8Array; mediaType: string; filename: string }): Response {
  const extension = file.filename.split(".").pop() ?? "bin";
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "content-type": file.mediaType,
      "content-length": String(file.bytes.length),
      "content-disposition": `attachment; filename="letter.${extension}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
