import { setCookie } from "hono/cookie";
import type { Portal } from "./portal-deps.ts";

/**
 * The larger-text option for older readers, without JavaScript: a link sets a cookie and sends the
 * reader back to the page they were on, which is then drawn at 125 %.
 */
export const TEXT_SIZE_COOKIE = "gk_text";
const PATH = "/text-size";

/** The link that switches to `size` and comes back to `back`. */
export function textSizeHref(size: "large" | "normal", back: string): string {
  return `${PATH}?to=${size}&back=${encodeURIComponent(back)}`;
}

/** Only a path of this site: never `//host` or `/\host`, which browsers would take for another site. */
export function safeBackPath(back: string | undefined): string {
  return back && /^\/(?![/\\])/.test(back) && !/[\r\n]/.test(back) ? back : "/";
}

export function mountTextSize(portal: Portal): void {
  portal.get(PATH, (c) => {
    const large = c.req.query("to") === "large";
    setCookie(c, TEXT_SIZE_COOKIE, large ? "large" : "normal", {
      path: "/",
      sameSite: "Lax",
      httpOnly: true,
      maxAge: 365 * 24 * 3600,
    });
    return c.redirect(safeBackPath(c.req.query("back")), 303);
  });
}
