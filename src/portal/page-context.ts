import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { TEXT_SIZE_COOKIE } from "./text-size.ts";

/** What every page needs from the request: the reader's text size and where the page is. */
export interface PageContext {
  large: boolean;
  /** Path and query of this page, to come back to after switching the text size. */
  path: string;
}

export function pageContext(c: Context): PageContext {
  const url = new URL(c.req.url);
  return { large: getCookie(c, TEXT_SIZE_COOKIE) === "large", path: `${url.pathname}${url.search}` };
}
