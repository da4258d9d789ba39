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
