import type { Hono } from "hono";
import type { AppEnv } from "../http/app.ts";
import type { RateLimiter } from "../http/rate-limit.ts";
import type { PublicLimits } from "../http/routes/applications-limits.ts";
import type { ServiceContext } from "../services/context.ts";
import type { CookieSealer } from "./sealed-cookie.ts";

/** The portal's sub-application: its own error pages, mounted at the root of the server. */
export type Portal = Hono<AppEnv>;

/** What the portal's routes share. */
export interface PortalDeps {
  ctx: ServiceContext;
  /** The same limits as the public API: the pages are no way around them. */
  limits: PublicLimits;
  /** Reading published reports: stops a runaway client, as the API's report routes do. */
  reads: RateLimiter;
  sealer: CookieSealer;
  /** Milliseconds now, from the app's clock (cookie expiry follows the same time as everything else). */
  now: () => number;
}
