import { createHash } from "node:crypto";
import { LETTER_CSS } from "../../render/letters/index.ts";
import { REPORT_CSS } from "../../render/report/index.ts";
import type { Portal } from "../portal-deps.ts";
import { PORTAL_CSS } from "./portal-css.ts";

/**
 * The portal's one stylesheet: its own rules plus the official layouts of the annual report and of
 * letters (scoped to `.gk-report` and `.gk-letter`), so every page shares one cached file. The URL
 * carries a hash of the content: a changed stylesheet gets a new URL, so the old one may be cached
 * for a year.
 */
export const STYLESHEET = `${PORTAL_CSS.trim()}\n${REPORT_CSS.trim()}\n${LETTER_CSS.trim()}\n`;

const HASH = createHash("sha256").update(STYLESHEET).digest("hex").slice(0, 12);

/** Where pages link the stylesheet. */
export const STYLESHEET_URL = `/assets/portal.${HASH}.css`;

const BYTES = new TextEncoder().encode(STYLESHEET);

/** Serves the stylesheet at its hashed URL, cacheable for a year. */
export function mountStylesheet(portal: Portal): void {
  portal.get(STYLESHEET_URL, () => {
    return new Response(BYTES, {
      headers: {
        "content-type": "text/css; charset=utf-8",
        "cache-control": "public, max-age=31536000, immutable",
        "x-content-type-options": "nosniff",
      },
    });
  });
}
